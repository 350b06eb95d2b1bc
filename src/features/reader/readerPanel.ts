import * as vscode from 'vscode';
import { isWebviewMessage, type DiagramPreset, type HostMessage, type ReaderState, type WebviewMessage } from '../../core/protocol';
import type { ModelCard } from '../../core/models/card';
import { describeValue, LogLimiter } from '../../core/logLimiter';
import { codeBlockText } from '../../core/reader/codeBlocks';
import { ReaderHistory, type HistoryEntry } from '../../core/reader/history';
import { pageOutline, type OutlineEntry } from '../../core/reader/outline';
import type { Services } from '../services';
import { buildReaderHtml, readerResourceRoots } from './html';

export const READER_VIEW_TYPE = 'llmPrimer.reader';

export interface ShowOptions {
  anchor?: string;
  /** A position to restore (after a reload, or going back); otherwise the page opens at its top. */
  scrollY?: number;
  preset?: DiagramPreset;
  /** Set by Back and Forward, which move along the history instead of adding to it. */
  fromHistory?: boolean;
  /** Show only this diagram of the page, across the panel (the "Open wide" panel). */
  diagramOnly?: string;
}

/** What a panel asks of the reader that owns it. */
export interface PanelHost {
  /** Show a page in `from` (through the owner, so the tree can follow the main panel). */
  navigate(from: ReaderPanel, id: string, opts: ShowOptions): Promise<boolean>;
  /** A page's HTML, or undefined when its file is missing or unreadable. */
  readHtml(id: string): Promise<string | undefined>;
  /** The page, the history or the read state of a panel changed (title-bar actions follow). */
  changed(from: ReaderPanel): void;
  openLibrary(): void;
  /** "Open wide" on a diagram of page `id` (checked: the page has that diagram). */
  openWide(id: string, diagram: string): Promise<void>;
  /** The section being read in `from` changed (the Outline view follows). */
  sectionChanged(from: ReaderPanel): void;
}

/**
 * One reader webview panel. It shows one page at a time, queues what it sends until the
 * webview says `ready`, validates every incoming message, and sends nothing after dispose.
 */
export class ReaderPanel implements vscode.Disposable {
  private ready = false;
  private pending: HostMessage | undefined;
  private disposed = false;
  private readonly subs: vscode.Disposable[] = [];
  private readonly unexpected = new LogLimiter(20, 60_000);
  pageId: string | undefined;
  scrollY = 0;
  /** The model card on show (instead of a page), with the diagram presets its buttons open. */
  card: ModelCard | undefined;
  /** The diagram preset of the page on show, sent again if the webview is recreated. */
  private preset: DiagramPreset | undefined;
  /** The one diagram on show in the "Open wide" panel. */
  diagramOnly: string | undefined;
  /** The page's h2/h3 headings, and the one being read (as the webview last reported it). */
  outline: OutlineEntry[] = [];
  section: string | undefined;
  /** Pages visited in this panel, for Back and Forward. */
  history = new ReaderHistory();
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;

  constructor(readonly panel: vscode.WebviewPanel, private readonly s: Services, private readonly host: PanelHost) {
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: readerResourceRoots(s.context.extensionUri) };
    // A tab icon is drawn as an image, where currentColor is black: one colour per theme kind.
    panel.iconPath = {
      light: vscode.Uri.joinPath(s.context.extensionUri, 'media', 'reader-light.svg'),
      dark: vscode.Uri.joinPath(s.context.extensionUri, 'media', 'reader-dark.svg'),
    };
    panel.webview.html = buildReaderHtml(panel.webview, s.context.extensionUri);
    this.subs.push(
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      s.settings.onDidChange((settings) => this.post({ type: 'settings', settings: { fontSize: settings.fontSize } })),
      s.progress.onDidChange((changed) => {
        const id = this.pageId;
        if (!id || this.card || (changed !== undefined && changed !== id)) return;
        // A reset (every page changed): show the page again, so its quiz is cleared too.
        if (changed === undefined) { void this.show(id, { scrollY: this.scrollY, fromHistory: true }); return; }
        this.post({ type: 'readState', id, read: s.progress.isRead(id) });
        this.host.changed(this);
      }),
    );
  }

  /** Where the panel is now, as a history entry (a model card is not one). */
  private get here(): HistoryEntry | undefined {
    return this.pageId && !this.card ? { id: this.pageId, scrollY: this.scrollY } : undefined;
  }

  /**
   * Show a page; `scrollY` restores a position, `anchor` jumps to a heading. A page whose file
   * cannot be read shows a message with a way back instead (and the result is false).
   */
  async show(id: string, opts: ShowOptions = {}): Promise<boolean> {
    const lib = await this.s.store.get();
    const page = lib?.page(id);
    if (!lib || !page) {
      this.s.log.warn(`reader: no page "${id}"`);
      return false;
    }
    const html = await this.host.readHtml(id);
    if (!opts.fromHistory) this.history.visit(this.here, id);
    this.pageId = id;
    this.card = undefined;
    this.preset = opts.preset;
    this.diagramOnly = opts.diagramOnly;
    this.scrollY = opts.scrollY ?? 0;
    this.outline = opts.diagramOnly || html === undefined ? [] : pageOutline(html);
    this.section = undefined;
    const title = opts.diagramOnly ? vscode.l10n.t('Diagram: {0}', page.title) : page.title;
    this.panel.title = title.length > 40 ? `${title.slice(0, 38)}…` : title;
    const view = html === undefined ? undefined : lib.view(id, this.s.progress.read, html);
    if (!view) {
      this.post({
        type: 'missing', id, title: page.title, canGoBack: this.history.canGoBack, history: this.history.state,
        message: vscode.l10n.t('The notes for this page could not be read. Reinstalling the extension restores them; details are in the "LLM Primer" output channel.'),
      });
      this.host.changed(this);
      return false;
    }
    this.post({
      type: 'show', page: view, settings: { fontSize: this.s.settings.current.fontSize }, anchor: opts.anchor, scrollY: opts.scrollY,
      preset: opts.preset, history: this.history.state, quiz: this.s.quiz.forPage(id), diagramOnly: opts.diagramOnly,
    });
    this.host.changed(this);
    return true;
  }

  /** Back (or Forward) through the pages visited in this panel; false when there is none. */
  async go(direction: 'back' | 'forward'): Promise<boolean> {
    const lib = await this.s.store.get();
    const exists = (id: string) => lib?.has(id) ?? false;
    const entry = direction === 'back' ? this.history.goBack(this.here, exists) : this.history.goForward(this.here, exists);
    if (!entry) return false;
    return this.host.navigate(this, entry.id, { scrollY: entry.scrollY, fromHistory: true });
  }

  /** Show a model card (built by the pure renderer in core/models/card). */
  showCard(card: ModelCard): void {
    if (this.card?.view.id !== card.view.id && this.here) this.history.visit(this.here, card.view.id);
    this.card = card;
    this.pageId = undefined;
    this.preset = undefined;
    this.diagramOnly = undefined;
    this.outline = [];
    this.section = undefined;
    this.scrollY = 0;
    this.panel.title = card.view.title.length > 40 ? `${card.view.title.slice(0, 38)}…` : card.view.title;
    this.post({ type: 'modelCard', card: card.view, settings: { fontSize: this.s.settings.current.fontSize }, history: this.history.state });
    this.host.changed(this);
  }

  /** Scroll the page on show to one of its headings (a section chosen in the Outline view). */
  scrollTo(anchor: string): boolean {
    if (!this.pageId || this.card || !this.outline.some((e) => e.anchor === anchor)) return false;
    this.post({ type: 'scrollTo', anchor });
    return true;
  }

  /** The one method that sends; a no-op after dispose, queued until the webview is ready. */
  private post(message: HostMessage): void {
    if (this.disposed) return;
    if (!this.ready) {
      // A section asked for before the page is drawn: the page opens at it.
      if (message.type === 'scrollTo' && this.pending?.type === 'show') this.pending = { ...this.pending, anchor: message.anchor, scrollY: undefined };
      else if (message.type === 'show' || message.type === 'modelCard' || message.type === 'missing' || !this.pending) this.pending = message;
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    if (!isWebviewMessage(raw)) {
      const line = this.unexpected.pass(() => `reader: ignored an unexpected message ${describeValue(raw)}`); if (line) this.s.log.warn(line);
      return;
    }
    await this.handle(raw);
  }

  private async handle(m: WebviewMessage): Promise<void> {
    const lib = await this.s.store.get();
    switch (m.type) {
      case 'ready':
        // The webview says ready on first load and again whenever VS Code recreates it (a hidden
        // tab shown again): send what it should show, at the scroll position it had.
        this.ready = true;
        if (this.pending) { const p = this.pending; this.pending = undefined; this.post(p); }
        else if (this.card) this.showCard(this.card);
        else if (this.pageId) await this.show(this.pageId, { scrollY: this.scrollY, preset: this.preset, diagramOnly: this.diagramOnly });
        return;
      case 'navigate':
        if (lib?.has(m.id)) await this.host.navigate(this, m.id, { anchor: m.anchor });
        else this.s.log.warn(`reader: navigate to unknown page "${m.id}" ignored`);
        return;
      case 'openSource': {
        const source = lib?.page(m.id)?.source;
        if (source) await vscode.env.openExternal(vscode.Uri.parse(source));
        return;
      }
      case 'openExternal': {
        // Only links that the page itself contains may be opened.
        const html = (await this.s.store.html(m.id)) ?? '';
        if (html.includes(`data-external="${m.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)) {
          await vscode.env.openExternal(vscode.Uri.parse(m.url));
        } else {
          this.s.log.warn(`reader: refused to open a link that page "${m.id}" does not contain`);
        }
        return;
      }
      case 'toggleRead':
        if (lib?.page(m.id)?.readable) await this.s.progress.toggle(m.id);
        return;
      case 'endSeen':
        // The page's end stayed on screen (the webview waits a moment first): it has been read through.
        if (m.id === this.pageId && this.s.settings.current.markReadOnScroll && lib?.page(m.id)?.readable && !this.s.progress.isRead(m.id)) {
          await this.s.progress.set(m.id, true);
        }
        return;
      case 'quizAnswer': {
        // Only a question the page has: its quiz items are counted in the page's own HTML.
        const html = lib?.page(m.id)?.readable ? await this.s.store.html(m.id) : undefined;
        const questions = html?.split('<details class="quiz-item">').length ?? 1;
        if (m.question < questions - 1) await this.s.quiz.set(m.id, m.question, { revealed: m.revealed, grade: m.grade });
        else this.s.log.warn(`reader: page "${m.id}" has no quiz question ${m.question}`);
        return;
      }
      case 'scrolled':
        if (m.id === this.pageId) this.scrollY = m.scrollY;
        return;
      case 'openDiagram': {
        // Only the card on show may open a diagram, and only with a preset it built.
        const preset = this.card?.view.id === m.card ? this.card.presets.find((p) => p.diagram === m.diagram) : undefined;
        if (preset) await this.host.navigate(this, `concept/${m.diagram}`, { preset });
        else this.s.log.warn(`reader: no preset "${m.diagram}" on the card shown`);
        return;
      }
      case 'history':
        await this.go(m.direction);
        return;
      case 'openLibrary':
        this.host.openLibrary();
        return;
      case 'section':
        if (m.id !== this.pageId || (m.anchor !== undefined && !this.outline.some((e) => e.anchor === m.anchor))) return;
        this.section = m.anchor;
        this.host.sectionChanged(this);
        return;
      case 'openDiagramWide': {
        // Only a diagram the page itself holds.
        const html = (await this.host.readHtml(m.id)) ?? '';
        if (html.includes(`data-diagram="${m.diagram}"`)) await this.host.openWide(m.id, m.diagram);
        else this.s.log.warn(`reader: page "${m.id}" has no diagram "${m.diagram}"`);
        return;
      }
      case 'copyLink':
        if (lib?.has(m.id)) await vscode.commands.executeCommand('llmPrimer.copyLinkToSection', m.id, m.anchor);
        return;
      case 'findInWorkspace':
        await vscode.commands.executeCommand('llmPrimer.findInWorkspace', m.term ?? m.id);
        return;
      case 'copyCode': {
        const text = codeBlockText((await this.host.readHtml(m.id)) ?? '', m.block);
        if (text === undefined) { this.s.log.warn(`reader: page "${m.id}" has no code block ${m.block}`); return; }
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the code block'), 3000);
        return;
      }
      case 'diagramReady':
        this.s.log.info(`reader: diagram "${m.diagram}" drawn on ${m.id}`);
        return;
    }
  }

  get state(): ReaderState | undefined {
    return this.pageId ? { id: this.pageId, scrollY: this.scrollY, history: this.history.state, ...(this.diagramOnly ? { diagram: this.diagramOnly } : {}) } : undefined;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.subs.forEach((d) => d.dispose());
    this.closed.fire();
    this.closed.dispose();
    this.panel.dispose();
  }
}

