import * as vscode from 'vscode';
import { buildModelCard } from '../../core/models/card';
import type { FoundConfig } from '../../core/models/detect';
import { fieldAt, fieldHover, lensTitle } from '../../core/models/explain';
import type { ReaderApi } from '../reader/register';
import type { Services } from '../services';
import { documentLabel, MODEL_SELECTOR, ModelIndex } from './modelIndex';

/** Commands a model hover may run. */
const HOVER_COMMANDS = ['llmPrimer.openModelCard', 'llmPrimer.open'];
const commandUri = (command: string, args: unknown[]) => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
const DEBOUNCE_MS = 300;

/**
 * Model configurations in the editor: a CodeLens above each (parameters, bf16 memory, KV cache,
 * or LoRA's trainable count), a hover on each field saying what its value does to this model,
 * one quiet diagnostic for a malformed config, and the model card in the reader.
 */
export function registerModels(s: Services, reader: ReaderApi): vscode.Disposable {
  const index = new ModelIndex(s.log);
  const lensesChanged = new vscode.EventEmitter<void>();
  const diagnostics = vscode.languages.createDiagnosticCollection('llmPrimer.models');

  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    async provideCodeLenses(doc, token) {
      const r = await index.get(doc);
      if (!r || token.isCancellationRequested) return [];
      return r.configs.map((c) => {
        const at = doc.positionAt(c.start);
        return new vscode.CodeLens(new vscode.Range(at, at), {
          title: `${lensTitle(c, vscode.l10n)} · ${vscode.l10n.t('Open model card')}`,
          tooltip: vscode.l10n.t('Open the model card: breakdown, memory, KV cache, FLOPs'),
          command: 'llmPrimer.openModelCard',
          arguments: [doc.uri.toString(), c.id],
        });
      });
    },
  };

  const hovers: vscode.HoverProvider = {
    async provideHover(doc, position, token) {
      if (!s.settings.current.hoverEnabled) return undefined;
      const r = await index.get(doc);
      if (!r || token.isCancellationRequested) return undefined;
      const hit = fieldAt(r.configs, doc.offsetAt(position));
      if (!hit) return undefined;
      const h = fieldHover(hit.config, hit.field);
      if (!h) return undefined;
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = { enabledCommands: HOVER_COMMANDS };
      md.appendMarkdown(h.text);
      const links = [`[$(graph-line) ${vscode.l10n.t('Open model card')}](${commandUri('llmPrimer.openModelCard', [doc.uri.toString(), hit.config.id])})`];
      if (h.concept) links.push(`[$(graph) ${vscode.l10n.t('Open concept')}](${commandUri('llmPrimer.open', [h.concept])})`);
      md.appendMarkdown(`\n\n${links.join(' · ')}`);
      const f = hit.field;
      const range = f.nameStart !== undefined && f.nameEnd !== undefined && f.end !== undefined
        ? new vscode.Range(doc.positionAt(f.nameStart), doc.positionAt(f.end)) : undefined;
      return new vscode.Hover(md, range);
    },
  };

  /** One quiet diagnostic per file for a malformed config; none for a good one. */
  const diagnose = (doc: vscode.TextDocument) => {
    const r = index.peek(doc);
    const p = r?.problems[0];
    if (!p) { diagnostics.delete(doc.uri); return; }
    const at = doc.positionAt(p.offset);
    const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Information);
    d.source = 'LLM Primer';
    diagnostics.set(doc.uri, [d]);
  };
  const matches = (doc: vscode.TextDocument) => vscode.languages.match(MODEL_SELECTOR, doc) > 0;

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (doc: vscode.TextDocument) => {
    if (!matches(doc)) return;
    const key = doc.uri.toString();
    const t = timers.get(key);
    if (t) clearTimeout(t);
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      diagnose(doc);
      lensesChanged.fire();
    }, DEBOUNCE_MS));
  };
  vscode.workspace.textDocuments.forEach((d) => { if (matches(d)) diagnose(d); });

  const cardFor = (doc: vscode.TextDocument, config: FoundConfig) => {
    const card = buildModelCard(config, documentLabel(doc));
    card.view.source = { uri: doc.uri.toString(), config: config.id };
    return card;
  };
  // After a window reload: the card again from its document (the configuration by id, else the first).
  reader.restoreCardsWith(async (uri, id) => {
    if (/^untitled:/.test(uri)) return undefined;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const config = (await index.find(doc, id, undefined)) ?? (await index.find(doc, undefined, undefined));
    return config ? cardFor(doc, config) : undefined;
  });

  const openCard = async (uriArg: unknown, idArg: unknown): Promise<boolean> => {
    let doc: vscode.TextDocument | undefined;
    let offset: number | undefined;
    if (typeof uriArg === 'string' && uriArg.length < 4000) {
      const uri = vscode.Uri.parse(uriArg);
      doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!doc) { try { doc = await vscode.workspace.openTextDocument(uri); } catch { doc = undefined; } }
    } else {
      const ed = vscode.window.activeTextEditor;
      doc = ed?.document;
      offset = ed ? doc?.offsetAt(ed.selection.active) : undefined;
    }
    const config = doc ? await index.find(doc, typeof idArg === 'string' ? idArg : undefined, offset) : undefined;
    if (!doc || !config) {
      void vscode.window.showInformationMessage(vscode.l10n.t('LLM Primer: no model or LoRA configuration found here (a config.json, a GPTConfig, ModelArgs, *Config(…) or LoraConfig(…)).'));
      return false;
    }
    return reader.openModelCard(cardFor(doc, config));
  };

  return vscode.Disposable.from(
    index, lensesChanged, diagnostics,
    vscode.languages.registerCodeLensProvider(MODEL_SELECTOR, lenses),
    vscode.languages.registerHoverProvider(MODEL_SELECTOR, hovers),
    vscode.commands.registerCommand('llmPrimer.openModelCard', openCard),
    vscode.workspace.onDidOpenTextDocument((d) => { if (matches(d)) diagnose(d); }),
    vscode.workspace.onDidChangeTextDocument((e) => { index.forgetSiblings(e.document); schedule(e.document); }),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.delete(d.uri)),
    index.onDidChange(() => lensesChanged.fire()),
    new vscode.Disposable(() => { timers.forEach((t) => clearTimeout(t)); timers.clear(); }),
  );
}
