import * as vscode from 'vscode';
import { isReaderState, type DiagramPreset } from '../../core/protocol';
import type { ModelCard } from '../../core/models/card';
import type { Services } from '../services';
import { READER_VIEW_TYPE, ReaderPanel } from './readerPanel';

export interface ReaderApi {
  open(id: string, opts?: { toSide?: boolean; anchor?: string }): Promise<boolean>;
  /** The page in the main reader panel (for tests and "reveal in library"). */
  readonly currentPageId: string | undefined;
  readonly panelCount: number;
  /** Fires with the page id whenever the main reader shows a page. */
  readonly onDidShowPage: vscode.Event<string>;
  /** Show a model card in the main reader panel. */
  openModelCard(card: ModelCard): Promise<boolean>;
  /** The id of the model card in the main panel, if one is shown (for tests). */
  readonly currentCardId: string | undefined;
  /** How to build a model card again after a window reload (registered by the models feature). */
  restoreCardsWith(build: (uri: string, config: string) => Promise<ModelCard | undefined>): void;
}

/**
 * The reader: one main panel reused for every page, extra panels from "Open to the Side",
 * and a serializer so panels come back after a window reload at the same page and scroll.
 */
export function registerReader(s: Services): { disposable: vscode.Disposable; api: ReaderApi } {
  const panels = new Set<ReaderPanel>();
  let main: ReaderPanel | undefined;
  const shown = new vscode.EventEmitter<string>();
  let rebuildCard: ((uri: string, config: string) => Promise<ModelCard | undefined>) | undefined;

  const track = (p: ReaderPanel, isMain: boolean): ReaderPanel => {
    panels.add(p);
    if (isMain) main = p;
    p.onDidClose(() => { panels.delete(p); if (main === p) main = undefined; });
    return p;
  };
  const showIn = async (p: ReaderPanel, id: string, opts: { anchor?: string; scrollY?: number; preset?: DiagramPreset }) => {
    const ok = await p.show(id, opts);
    if (ok && p === main) shown.fire(id);
    return ok;
  };
  const navigate = (id: string, anchor: string | undefined, from: ReaderPanel, preset?: DiagramPreset) => void showIn(from, id, { anchor, preset });

  const create = (toSide: boolean): ReaderPanel => {
    const column = toSide || vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(READER_VIEW_TYPE, 'LLM Primer', { viewColumn: column, preserveFocus: false },
      { enableFindWidget: true, retainContextWhenHidden: false });
    return track(new ReaderPanel(panel, s, navigate), !toSide);
  };

  const api: ReaderApi = {
    async open(id, opts = {}) {
      const lib = await s.store.get();
      if (!lib?.has(id)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('LLM Primer: there is no page "{0}" in the library.', id));
        return false;
      }
      const target = opts.toSide || !main ? create(opts.toSide === true) : main;
      if (!opts.toSide) target.panel.reveal(undefined, false);
      return showIn(target, id, { anchor: opts.anchor });
    },
    get currentPageId() { return main?.pageId; },
    async openModelCard(card) {
      const target = main ?? create(false);
      target.panel.reveal(undefined, false);
      target.showCard(card);
      return true;
    },
    get currentCardId() { return main?.card?.view.id; },
    restoreCardsWith(build) { rebuildCard = build; },
    get panelCount() { return panels.size; },
    onDidShowPage: shown.event,
  };

  const serializer = vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, {
    async deserializeWebviewPanel(panel, state: unknown) {
      const p = track(new ReaderPanel(panel, s, navigate), !main);
      const lib = await s.store.get();
      const card = isReaderState(state) && state.card && rebuildCard ? await rebuildCard(state.card.uri, state.card.config).catch(() => undefined) : undefined;
      if (card) p.showCard(card);
      else if (isReaderState(state) && lib?.has(state.id)) await showIn(p, state.id, { scrollY: state.scrollY });
      else await showIn(p, lib?.roots[0] ?? 'vol-1', {});
    },
  });

  return {
    api,
    disposable: new vscode.Disposable(() => {
      serializer.dispose();
      shown.dispose();
      [...panels].forEach((p) => p.dispose());
    }),
  };
}
