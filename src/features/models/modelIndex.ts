import * as vscode from 'vscode';
import { selectorFor } from '../documentSelector';
import { attachLoraBase, detectConfigs, resolveLoraBase, type DetectResult, type FoundConfig, type ModelConfig } from '../../core/models/detect';

/** Documents the model features read: JSON (config.json and model-declaring buffers) and Python, in every scheme a workspace uses. */
export const MODEL_SELECTOR: vscode.DocumentSelector = selectorFor(['json', 'jsonc', 'python']);

const MAX_CHARS = 2_000_000;
const PY_MARKERS = /Config\s*\(|ModelArgs|@dataclass|for_model/;

/** Is this document worth parsing? A cheap text check before any parse. */
export function isCandidate(doc: vscode.TextDocument): boolean {
  if (doc.getText().length > MAX_CHARS) return false;
  if (doc.languageId === 'python') return PY_MARKERS.test(doc.getText());
  if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return false;
  const name = doc.uri.path.split('/').pop()?.toLowerCase() ?? '';
  return name === 'config.json' || name === 'params.json' || /"(model_type|architectures)"\s*:/.test(doc.getText());
}

/** A short name for a document: its workspace-relative path, the untitled name, or notebook + cell. */
export function documentLabel(doc: vscode.TextDocument): string {
  if (doc.uri.scheme === 'vscode-notebook-cell') {
    const nb = vscode.workspace.notebookDocuments.find((n) => n.getCells().some((c) => c.document === doc));
    const idx = nb?.getCells().findIndex((c) => c.document === doc) ?? -1;
    return nb ? `${vscode.workspace.asRelativePath(nb.uri, false)} · cell ${idx + 1}` : 'notebook cell';
  }
  if (doc.isUntitled) return doc.uri.path;
  return vscode.workspace.asRelativePath(doc.uri, false);
}

/**
 * The model configurations of open documents, computed once per document version, and the
 * workspace's config.json files (read through vscode.workspace.fs, so it works in vscode.dev)
 * as base-model candidates for LoRA configs that name none in their own file.
 */
export class ModelIndex implements vscode.Disposable {
  private readonly docs = new Map<string, { version: number; result: DetectResult; resolved: boolean }>();
  private workspace: Promise<{ path: string; config: ModelConfig }[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when workspace model configs change (LoRA counts may change with them). */
  readonly onDidChange = this.changed.event;
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{config,params}.json');
    const invalidate = () => { this.workspace = undefined; this.docs.clear(); this.changed.fire(); };
    this.subs.push(watcher, watcher.onDidChange(invalidate), watcher.onDidCreate(invalidate), watcher.onDidDelete(invalidate), this.changed,
      vscode.workspace.onDidCloseTextDocument((d) => this.docs.delete(d.uri.toString())),
      // Cells can be read before their notebook is known: count LoRA cells again once it is.
      vscode.workspace.onDidOpenNotebookDocument(() => this.changed.fire()));
  }

  /** A cell changed: the other cells of its notebook may take their LoRA base from it, so count them again. */
  forgetSiblings(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'vscode-notebook-cell') return;
    for (const key of [...this.docs.keys()]) {
      const u = vscode.Uri.parse(key);
      if (u.scheme === doc.uri.scheme && u.path === doc.uri.path && key !== doc.uri.toString()) this.docs.delete(key);
    }
  }

  /** Configurations of a document (synchronous: no base-model resolution from the workspace). */
  peek(doc: vscode.TextDocument): DetectResult | undefined {
    if (!isCandidate(doc)) return undefined;
    const key = doc.uri.toString();
    const hit = this.docs.get(key);
    if (hit && hit.version === doc.version) return hit.result;
    let result: DetectResult;
    try {
      result = detectConfigs(doc.getText(), doc.uri.path, doc.languageId, vscode.l10n);
    } catch (e) {
      // The core never throws on user data; if it ever does, log it quietly and show nothing.
      this.log.warn(`models: could not read ${doc.uri.toString(true)}: ${e instanceof Error ? e.message : String(e)}`);
      result = { configs: [], problems: [], modelRefs: [] };
    }
    this.docs.set(key, { version: doc.version, result, resolved: false });
    return result;
  }

  /** Configurations with LoRA base models resolved from notebook cells and the workspace. */
  async get(doc: vscode.TextDocument): Promise<DetectResult | undefined> {
    const result = this.peek(doc);
    if (!result) return undefined;
    const entry = this.docs.get(doc.uri.toString());
    const pending = result.configs.filter((c) => c.kind === 'lora' && !c.base);
    if (!pending.length || entry?.resolved) return result;
    // A cell whose notebook is not known yet: look again next time rather than cache a guess.
    if (doc.uri.scheme === 'vscode-notebook-cell' && !vscode.workspace.notebookDocuments.some((n) => n.getCells().some((c) => c.document === doc))) return result;
    // A notebook is one file: a model config in an earlier cell (else any cell) is the base, as in a .py file.
    const cells = this.cellModels(doc);
    const own = cells.filter((c) => c.before).pop() ?? cells[0];
    const candidates = own ? [] : (await this.workspaceModels()).filter((w) => w.path !== vscode.workspace.asRelativePath(doc.uri, false));
    for (const c of pending) {
      if (c.kind !== 'lora') continue;
      if (own) attachLoraBase(c, own.config, own.path, 'this notebook');
      else resolveLoraBase(c, [...result.modelRefs, ...this.cellRefs(doc)], candidates);
    }
    if (entry) entry.resolved = true;
    return result;
  }

  async find(doc: vscode.TextDocument, id: string | undefined, offset: number | undefined): Promise<FoundConfig | undefined> {
    const r = await this.get(doc);
    if (!r?.configs.length) return undefined;
    if (id) return r.configs.find((c) => c.id === id);
    if (offset !== undefined) return r.configs.find((c) => offset >= c.start && offset <= c.end) ?? r.configs[0];
    return r.configs[0];
  }

  /** Model configs in the other cells of the notebook a cell belongs to. */
  private cellModels(doc: vscode.TextDocument): { path: string; config: ModelConfig; before: boolean }[] {
    if (doc.uri.scheme !== 'vscode-notebook-cell') return [];
    const nb = vscode.workspace.notebookDocuments.find((n) => n.getCells().some((c) => c.document === doc));
    if (!nb) return [];
    const self = nb.getCells().findIndex((c) => c.document === doc);
    return nb.getCells().filter((c) => c.document !== doc && c.kind === vscode.NotebookCellKind.Code).flatMap((c) =>
      (this.peek(c.document)?.configs ?? []).filter((x): x is ModelConfig => x.kind === 'model')
        .map((config) => ({ path: `cell ${c.index + 1}`, config, before: c.index < self })));
  }

  /** from_pretrained("…") names in the other cells of the notebook (the model is often loaded in an earlier cell). */
  private cellRefs(doc: vscode.TextDocument): string[] {
    if (doc.uri.scheme !== 'vscode-notebook-cell') return [];
    const nb = vscode.workspace.notebookDocuments.find((n) => n.getCells().some((c) => c.document === doc));
    return nb ? nb.getCells().filter((c) => c.document !== doc).flatMap((c) => detectConfigs(c.document.getText(), 'cell.py', 'python').modelRefs) : [];
  }

  private workspaceModels(): Promise<{ path: string; config: ModelConfig }[]> {
    this.workspace ??= this.scan();
    return this.workspace;
  }

  private async scan(): Promise<{ path: string; config: ModelConfig }[]> {
    const out: { path: string; config: ModelConfig }[] = [];
    try {
      const files = await vscode.workspace.findFiles('**/{config,params}.json', '{**/node_modules/**,**/.git/**,**/.venv/**}', 200);
      const decoder = new TextDecoder();
      for (const uri of files) {
        try {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
          if (text.length > MAX_CHARS) continue;
          for (const c of detectConfigs(text, uri.path, 'json').configs) if (c.kind === 'model') out.push({ path: vscode.workspace.asRelativePath(uri, false), config: c });
        } catch (e) {
          this.log.info(`models: skipped ${uri.toString(true)}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    } catch (e) {
      this.log.info(`models: could not list config.json files: ${e instanceof Error ? e.message : String(e)}`);
    }
    return out;
  }

  dispose(): void {
    this.subs.forEach((d) => d.dispose());
    this.docs.clear();
  }
}
