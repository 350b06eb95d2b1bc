/**
 * Many files at once: detect the configurations of each, then give every LoRA config without a
 * base model in its own file a base from the others (see resolveLoraBase). Used by the bench
 * and by the editor (which passes the workspace's config.json files).
 */
import { detectConfigs, resolveLoraBase, type DetectResult, type ModelConfig } from './detect';

export interface FileInput {
  /** Path relative to the workspace or scanned folder, with forward slashes. */
  path: string;
  text: string;
  languageId?: string;
}

export interface FileAnalysis {
  path: string;
  result?: DetectResult;
  /** Set when the file could not be analysed at all (never thrown). */
  error?: string;
}

export function analyzeFiles(files: FileInput[]): FileAnalysis[] {
  const out: FileAnalysis[] = files.map((f) => {
    try {
      return { path: f.path, result: detectConfigs(f.text, f.path, f.languageId) };
    } catch (e) {
      return { path: f.path, error: e instanceof Error ? e.message : String(e) };
    }
  });
  const models = workspaceModels(out);
  for (const a of out) {
    for (const c of a.result?.configs ?? []) {
      if (c.kind === 'lora' && !c.base) resolveLoraBase(c, a.result?.modelRefs ?? [], models.filter((m) => m.path !== a.path));
    }
  }
  return out;
}

/** The model configs of analysed files, by path (candidates for a LoRA base). */
export function workspaceModels(files: FileAnalysis[]): { path: string; config: ModelConfig }[] {
  return files.flatMap((a) => (a.result?.configs ?? []).filter((c): c is ModelConfig => c.kind === 'model').map((config) => ({ path: a.path, config })));
}
