import type { DiagramEnv, Mount } from './kit';

/**
 * Loads the diagram named in a concept page (`data-diagram="attention"` → ./attention.ts).
 * esbuild bundles every module that matches the pattern, so a new diagram needs no registry.
 */
export async function mountDiagram(id: string, root: HTMLElement, env: DiagramEnv): Promise<(() => void) | void> {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`bad diagram id "${id}"`);
  const mod = (await import(`./${id}.ts`)) as { mount?: Mount };
  if (typeof mod.mount !== 'function') throw new Error(`diagram "${id}" exports no mount()`);
  return mod.mount(root, env);
}
