import * as vscode from 'vscode';
import { isReaderState } from '../../core/protocol';
import type { ModelCard } from '../../core/models/card';
import { parseHistory, ReaderHistory, type HistoryState } from '../../core/reader/history';
import type { OutlineEntry } from '../../core/reader/outline';
import type { Services } from '../services';
import { registerReaderCommands } from './commands';
import { readerContext, setReaderContext } from './context';
import { READER_VIEW_TYPE, ReaderPanel, type PanelHost, type ShowOptions } from './readerPanel';

export interface OpenOptions {
  toSide?: boolean;
  anchor?: string;
  /** Move the keyboard focus into the reader; by default it stays where it was (the code, the tree). */
  focus?: boolean;
}

export interface ReaderApi {
  open(id: string, opts?: OpenOptions): Promise<boolean>;
  /** The page in the main reader panel (for tests and "reveal in library"). */
  readonly currentPageId: string | undefined;
  /** The page of the reader panel that is active, or was last (what the reader's commands act on). */
  readonly activePageId: string | undefined;
  /** Back and forward stacks of the active reader panel (for tests). */
  readonly activeHistory: HistoryState | undefined;
  /** Back or Forward in the active reader panel; false when there is nowhere to go. */
  go(direction: 'back' | 'forward'): Promise<boolean>;
  /** The previous or next page in reading order, in the active reader panel. */
  step(direction: 'previous' | 'next'): Promise<boolean>;
  readonly panelCount: number;
  /** Fires with the page id whenever the main reader shows a page. */
  readonly onDidShowPage: vscode.Event<string>;
  /** Show a model card in the main reader panel. */
  openModelCard(card: ModelCard): Promise<boolean>;
  /** The id of the model card in the main panel, if one is shown (for tests). */
  readonly currentCardId: string | undefined;
  /** How to build a model card again after a window reload (registered by the models feature). */
  restoreCardsWith(build: (uri: string, config: string) => Promise<ModelCard | undefined>): void;
  /**
   * Read pages' HTML through `read` (given the reader of the extension's files), or from the
   * files again with undefined: lets the tests show what a missing or unreadable page looks like.
   */
  readPagesWith(read: ((id: string, fromFiles: (id: string) => Promise<string | undefined>) => Promise<string | undefined>) | undefined): void;
  /** The headings of the active reader panel's page and the section being read there. */
  readonly activeOutline: { id: string; entries: readonly OutlineEntry[]; section?: string } | undefined;
  /** Fires when the active panel's page, or the section read in it, changes. */
  readonly onDidChangeOutline: vscode.Event<void>;
  /** Scroll the active reader panel to one of its page's headings; false when it has none such. */
  goToSection(anchor: string): boolean;
  /** Show a concept's diagram alone in the wide panel (the "Open wide" button). */
  openWide(id: string, diagram: string): Promise<boolean>;
  /** The wide panel's page and diagram, when it is open (for tests). */
  readonly wide: { id: string; diagram: string } | undefined;
}

/**
 * The reader: one main panel reused for every page, extra panels from "Open to the Side",
 * and a serializer so panels come back after a window reload at the same page, scroll and
 * history.
 */
export function registerReader(s: Services): { disposable: vscode.Disposable; api: ReaderApi } {
  const panels = new Set<ReaderPanel>();
  let main: ReaderPanel | undefined;
  /** The one "Open wide" panel, reused for every diagram popped out. */
  let wide: ReaderPanel | undefined;
  const outlineChanged = new vscode.EventEmitter<void>();
  let lastActive: ReaderPanel | undefined;
  const shown = new vscode.EventEmitter<string>();
  let rebuildCard: ((uri: string, config: string) => Promise<ModelCard | undefined>) | undefined;
  const fromFiles = (id: string) => s.store.html(id);
  let readHtml = fromFiles;

  /** The panel the reader's commands act on: the active one, else the last active, else the main one. */
  const target = (): ReaderPanel | undefined => [...panels].find((p) => p.panel.active) ?? (lastActive && panels.has(lastActive) ? lastActive : main);
  const updateContext = () => {
    const p = target();
    const page = p?.pageId && !p.card ? s.store.peek()?.page(p.pageId) : undefined;
    setReaderContext(readerContext(page, p?.history, s.progress.read));
    outlineChanged.fire();
  };

  const showIn = async (p: ReaderPanel, id: string, opts: ShowOptions) => {
    const ok = await p.show(id, opts);
    // Where Continue Reading picks up: the chapter the reader went to last, in any panel.
    if (ok) await s.progress.noteOpened(id);
    if (ok && p === main) shown.fire(id);
    return ok;
  };
  const host: PanelHost = {
    navigate: (from, id, opts) => showIn(from, id, opts),
    readHtml: (id) => readHtml(id),
    changed: (p) => { if (p === target()) updateContext(); },
    openLibrary: () => void vscode.commands.executeCommand('workbench.view.extension.llmPrimer'),
    openWide: async (id, diagram) => { await openWide(id, diagram); },
    sectionChanged: (p) => { if (p === target()) outlineChanged.fire(); },
  };

  const track = (p: ReaderPanel, isMain: boolean): ReaderPanel => {
    panels.add(p);
    if (isMain) main = p;
    p.onDidClose(() => {
      panels.delete(p);
      if (main === p) main = undefined;
      if (wide === p) wide = undefined;
      if (lastActive === p) lastActive = undefined;
      updateContext();
    });
    p.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) lastActive = p;
      updateContext();
    });
    return p;
  };

  /**
   * Where a new panel opens: `beside` the code (a new column when an editor is active) or in
   * the `active` group; "Open to the Side" always opens beside.
   */
  const create = (toSide: boolean, preserveFocus: boolean): ReaderPanel => {
    const beside = toSide || (s.settings.current.readerOpenIn === 'beside' && vscode.window.activeTextEditor !== undefined);
    const panel = vscode.window.createWebviewPanel(READER_VIEW_TYPE, 'LLM Primer',
      { viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus },
      { enableFindWidget: true, retainContextWhenHidden: false });
    return track(new ReaderPanel(panel, s, host), !toSide);
  };

  /**
   * The wide panel is a tab of its own in the active editor group (the reader's, since its button
   * was clicked), holding the diagram alone without the reading column's width limit. It is not
   * maximised for the user: they can maximise its group, drag it to another group or window,
   * and the reader stays as it was.
   */
  const openWide = async (id: string, diagram: string): Promise<boolean> => {
    const lib = await s.store.get();
    if (!lib?.has(id)) return false;
    if (!wide) {
      const panel = vscode.window.createWebviewPanel(READER_VIEW_TYPE, 'LLM Primer', { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        { enableFindWidget: true, retainContextWhenHidden: false });
      wide = track(new ReaderPanel(panel, s, host), false);
    } else {
      wide.panel.reveal(wide.panel.viewColumn, false);
    }
    return wide.show(id, { diagramOnly: diagram, fromHistory: true });
  };

  const api: ReaderApi = {
    async open(id, opts = {}) {
      const lib = await s.store.get();
      if (!lib?.has(id)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('LLM Primer: there is no page "{0}" in the library.', id));
        return false;
      }
      const preserveFocus = opts.focus !== true;
      const target = opts.toSide || !main ? create(opts.toSide === true, preserveFocus) : main;
      if (!opts.toSide) target.panel.reveal(target.panel.viewColumn, preserveFocus);
      return showIn(target, id, { anchor: opts.anchor });
    },
    get currentPageId() { return main?.pageId; },
    get activePageId() { const p = target(); return p?.card ? undefined : p?.pageId; },
    get activeHistory() { return target()?.history.state; },
    async go(direction) {
      const p = target();
      return p ? p.go(direction) : false;
    },
    async step(direction) {
      const p = target();
      const page = p?.pageId && !p.card ? (await s.store.get())?.page(p.pageId) : undefined;
      const to = direction === 'previous' ? page?.prev : page?.next;
      return p && to ? showIn(p, to, {}) : false;
    },
    async openModelCard(card) {
      const target = main ?? create(false, false);
      target.panel.reveal(undefined, false);
      target.showCard(card);
      return true;
    },
    get currentCardId() { return main?.card?.view.id; },
    restoreCardsWith(build) { rebuildCard = build; },
    readPagesWith(read) { readHtml = read ? (id) => read(id, fromFiles) : fromFiles; },
    get panelCount() { return panels.size; },
    get activeOutline() {
      const p = target();
      return p?.pageId && !p.card && !p.diagramOnly ? { id: p.pageId, entries: p.outline, section: p.section } : undefined;
    },
    onDidChangeOutline: outlineChanged.event,
    goToSection(anchor) { return target()?.scrollTo(anchor) ?? false; },
    openWide,
    get wide() { return wide?.pageId && wide.diagramOnly ? { id: wide.pageId, diagram: wide.diagramOnly } : undefined; },
    onDidShowPage: shown.event,
  };

  const serializer = vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, {
    async deserializeWebviewPanel(panel, state: unknown) {
      const diagram = isReaderState(state) ? state.diagram : undefined;
      const p = track(new ReaderPanel(panel, s, host), !main && !diagram);
      if (diagram && !wide) wide = p;
      if (isReaderState(state)) p.history = new ReaderHistory(parseHistory(state.history));
      const lib = await s.store.get();
      const card = isReaderState(state) && state.card && rebuildCard ? await rebuildCard(state.card.uri, state.card.config).catch(() => undefined) : undefined;
      if (card) p.showCard(card);
      else if (isReaderState(state) && lib?.has(state.id)) await showIn(p, state.id, { scrollY: state.scrollY, fromHistory: true, diagramOnly: diagram });
      else await showIn(p, lib?.roots[0] ?? 'vol-1', { fromHistory: true });
    },
  });

  return {
    api,
    disposable: vscode.Disposable.from(
      serializer,
      shown,
      outlineChanged,
      registerReaderCommands(s, api),
      s.progress.onDidChange(updateContext),
      new vscode.Disposable(() => [...panels].forEach((p) => p.dispose())),
    ),
  };
}
