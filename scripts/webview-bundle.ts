/**
 * The reader webview's script bundle: its esbuild options (shared by the build, the script-budget
 * test and the bench) and what a page loads from it. reader.js is an ES module; its static imports
 * load with it, and each concept diagram is a chunk that only a page showing that diagram imports.
 */
import type * as esbuild from 'esbuild';

/** Folder of dist/webview/ that holds the reader's chunks. */
export const READER_CHUNKS = 'chunks';

export function readerBuildOptions(production: boolean, outdir = 'dist/webview'): esbuild.BuildOptions {
  return {
    bundle: true, sourcemap: production ? false : 'linked', minify: production, logLevel: 'warning', target: 'es2022',
    entryPoints: { reader: 'webview/main.ts' }, outdir, platform: 'browser', format: 'esm',
    splitting: true, chunkNames: `${READER_CHUNKS}/[name]-[hash]`, metafile: true,
  };
}

export interface ScriptCost {
  /** Bytes a page without a diagram loads: reader.js and everything it imports statically. */
  noDiagram: number;
  noDiagramFiles: string[];
  /** Per diagram id: the bytes its page loads on top of `noDiagram`, and the files. */
  diagrams: Record<string, { extra: number; files: string[] }>;
  /** Source modules of webview/diagrams/<id>.ts found in the files a no-diagram page loads. */
  diagramsInEntry: string[];
  /** Per diagram id: other diagrams' modules its page would load too. */
  foreignModules: Record<string, string[]>;
}

const DIAGRAM_SOURCE = /^webview\/diagrams\/([a-z0-9-]+)\.ts$/;
/** Modules of the folder that are not diagrams: the loader and the drawing kit they share. */
const NOT_A_DIAGRAM = new Set(['index', 'kit']);

/**
 * Follows the static imports in an esbuild metafile (paths relative to the build's working
 * directory) from the reader entry, then from each diagram's chunk.
 */
export function scriptCost(meta: esbuild.Metafile): ScriptCost {
  const outputs = meta.outputs;
  const closure = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start) || !outputs[start]) return seen;
    seen.add(start);
    for (const i of outputs[start].imports) if (i.kind === 'import-statement') closure(i.path, seen);
    return seen;
  };
  const bytes = (files: Iterable<string>) => [...files].reduce((n, f) => n + outputs[f].bytes, 0);
  const diagramsIn = (files: Iterable<string>) => [...files].flatMap((f) => Object.keys(outputs[f].inputs))
    .map((m) => DIAGRAM_SOURCE.exec(m)?.[1]).filter((id): id is string => !!id && !NOT_A_DIAGRAM.has(id));

  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint === 'webview/main.ts');
  if (!entry) throw new Error('the metafile has no output for webview/main.ts');
  const base = closure(entry);
  const diagrams: ScriptCost['diagrams'] = {};
  const foreignModules: ScriptCost['foreignModules'] = {};
  for (const [file, o] of Object.entries(outputs)) {
    const id = o.entryPoint ? DIAGRAM_SOURCE.exec(o.entryPoint)?.[1] : undefined;
    if (!id || NOT_A_DIAGRAM.has(id)) continue;
    const extra = [...closure(file)].filter((f) => !base.has(f)).sort();
    diagrams[id] = { extra: bytes(extra), files: extra };
    const others = [...new Set(diagramsIn(extra))].filter((d) => d !== id);
    if (others.length) foreignModules[id] = others;
  }
  return { noDiagram: bytes(base), noDiagramFiles: [...base].sort(), diagrams, diagramsInEntry: [...new Set(diagramsIn(base))], foreignModules };
}
