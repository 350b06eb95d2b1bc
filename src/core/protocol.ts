/**
 * The one message contract between the extension host and the reader webview. No `vscode`
 * and no DOM import: both sides compile against this file, and the host checks every
 * incoming message with `isWebviewMessage` before it trusts it.
 */
import type { ModelCardView } from './models/card';
import { PRESET_DIAGRAMS, type DiagramPreset, type PresetDiagram } from './models/presets';
import type { HistoryState } from './reader/history';
import { MAX_QUESTIONS, type PageQuiz, type QuizGrade } from './progress/quiz';

export type { DiagramPreset, HistoryState, ModelCardView, PageQuiz, PresetDiagram, QuizGrade };

/** What the reader shows: one page of the catalog. */
export interface PageView {
  id: string;
  kind: string;
  title: string;
  html: string;
  summary: string;
  source?: string;
  parentId?: string;
  parentLabel?: string;
  prev?: { id: string; label: string };
  next?: { id: string; label: string };
  read: boolean;
  readable: boolean;
}

export interface ReaderSettings {
  fontSize: number;
}

export type HostMessage =
  /**
   * `quiz`: the page's quiz as the reader left it (answers revealed, self-grades).
   * `diagramOnly`: show that one diagram of the page, across the whole panel (the "Open wide" panel).
   */
  | { type: 'show'; page: PageView; settings: ReaderSettings; anchor?: string; scrollY?: number; preset?: DiagramPreset; history?: HistoryState; quiz?: PageQuiz; diagramOnly?: string }
  | { type: 'modelCard'; card: ModelCardView; settings: ReaderSettings; history?: HistoryState }
  /** A page whose notes could not be read: a message and the ways out (Back, the library). */
  | { type: 'missing'; id: string; title: string; message: string; canGoBack: boolean; history?: HistoryState }
  | { type: 'settings'; settings: ReaderSettings }
  | { type: 'readState'; id: string; read: boolean }
  /** Scroll to a heading of the page on show (a section chosen in the Outline view). */
  | { type: 'scrollTo'; anchor: string };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'navigate'; id: string; anchor?: string }
  | { type: 'openSource'; id: string }
  | { type: 'openExternal'; id: string; url: string }
  | { type: 'toggleRead'; id: string }
  | { type: 'scrolled'; id: string; scrollY: number }
  /** The end of the page stayed on screen for a moment: the host may mark it read. */
  | { type: 'endSeen'; id: string }
  /** One quiz question's new state: its answer shown or hidden, the reader's own grade (none when left out). */
  | { type: 'quizAnswer'; id: string; question: number; revealed: boolean; grade?: QuizGrade }
  | { type: 'diagramReady'; id: string; diagram: string }
  | { type: 'openDiagram'; card: string; diagram: PresetDiagram }
  /** Back or Forward asked inside the webview (mouse buttons 4 and 5, the Back button of a missing page). */
  | { type: 'history'; direction: 'back' | 'forward' }
  | { type: 'openLibrary' }
  /** The section being read changed (the last heading above the top of the view; none above the first). */
  | { type: 'section'; id: string; anchor?: string }
  /** "Open wide" on a diagram of page `id`. */
  | { type: 'openDiagramWide'; id: string; diagram: string }
  /** "Copy link" on a heading of page `id` (no anchor: the page itself). */
  | { type: 'copyLink'; id: string; anchor?: string }
  /** "Find in workspace" on page `id`: a glossary entry's `term`, or the concept on show. */
  | { type: 'findInWorkspace'; id: string; term?: string }
  /** "Copy" on the `block`-th code block (0-based) of page `id`: the host copies the page's own text. */
  | { type: 'copyCode'; id: string; block: number };

export type WebviewMessageType = WebviewMessage['type'];

/** The state the webview persists with `setState`; the serializer receives it after a reload. */
export interface ReaderState {
  id: string;
  scrollY: number;
  /** A model card on show: the document and configuration to build it again from. */
  card?: CardSource;
  /** The panel's back/forward stacks (checked with parseHistory when restored). */
  history?: HistoryState;
  /** The diagram of the "Open wide" panel, shown alone. */
  diagram?: string;
  /** Each diagram's control values, in the order its controls appear (sliders, selects, checkboxes). */
  controls?: DiagramControls;
}

/** Diagram id → its controls' values: a number or text as the input holds it, or a checkbox's state. */
export type DiagramControls = Record<string, (string | boolean)[]>;

/** A control-state record small and plain enough to restore: at most 40 diagrams of 50 controls. */
export function isDiagramControls(x: unknown): x is DiagramControls {
  if (!isObj(x)) return false;
  const entries = Object.entries(x);
  return entries.length <= 40 && entries.every(([id, values]) => isDiagram(id) && Array.isArray(values) && values.length <= 50
    && values.every((v) => typeof v === 'boolean' || (typeof v === 'string' && v.length <= 200)));
}

/** Where a model card came from, so a reload can build it again. */
export interface CardSource { uri: string; config: string }

const ID = /^[a-z0-9][a-z0-9/-]{0,80}$/;
const isId = (x: unknown): x is string => typeof x === 'string' && ID.test(x);
const isAnchor = (x: unknown): boolean => x === undefined || (typeof x === 'string' && /^[a-z0-9-]{1,80}$/.test(x));
const isDiagram = (x: unknown): boolean => typeof x === 'string' && /^[a-z0-9-]{1,40}$/.test(x);
const isTermId = (x: unknown): boolean => x === undefined || (typeof x === 'string' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(x));
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The fields each message may carry. A message with any other own field is refused: the host
 * reads only these, and an extra field is a webview bug or a forged message.
 */
const FIELDS: { readonly [T in WebviewMessageType]: readonly string[] } = {
  ready: ['type'],
  navigate: ['type', 'id', 'anchor'],
  openSource: ['type', 'id'],
  openExternal: ['type', 'id', 'url'],
  toggleRead: ['type', 'id'],
  scrolled: ['type', 'id', 'scrollY'],
  endSeen: ['type', 'id'],
  quizAnswer: ['type', 'id', 'question', 'revealed', 'grade'],
  diagramReady: ['type', 'id', 'diagram'],
  openDiagram: ['type', 'card', 'diagram'],
  history: ['type', 'direction'],
  openLibrary: ['type'],
  section: ['type', 'id', 'anchor'],
  openDiagramWide: ['type', 'id', 'diagram'],
  copyLink: ['type', 'id', 'anchor'],
  findInWorkspace: ['type', 'id', 'term'],
  copyCode: ['type', 'id', 'block'],
};

const onlyFields = (x: Record<string, unknown>, allowed: readonly string[]): boolean =>
  Object.getOwnPropertyNames(x).every((k) => allowed.includes(k)) && Object.getOwnPropertySymbols(x).length === 0;

/** Runtime guard: true only for a well-formed message of a known type, with no field it does not define. */
export function isWebviewMessage(x: unknown): x is WebviewMessage {
  // An own `type` only: what crossed the wire is plain data, never an inherited property.
  if (!isObj(x) || !Object.prototype.hasOwnProperty.call(x, 'type') || typeof x.type !== 'string') return false;
  if (!Object.prototype.hasOwnProperty.call(FIELDS, x.type) || !onlyFields(x, FIELDS[x.type as WebviewMessageType])) return false;
  switch (x.type) {
    case 'ready': return true;
    case 'navigate': return isId(x.id) && isAnchor(x.anchor);
    case 'openSource': case 'toggleRead': case 'endSeen': return isId(x.id);
    case 'openExternal': return isId(x.id) && typeof x.url === 'string' && /^https:\/\/\S{1,2000}$/.test(x.url);
    case 'scrolled': return isId(x.id) && typeof x.scrollY === 'number' && Number.isFinite(x.scrollY) && x.scrollY >= 0;
    case 'quizAnswer':
      return isId(x.id) && Number.isInteger(x.question) && (x.question as number) >= 0 && (x.question as number) < MAX_QUESTIONS
        && typeof x.revealed === 'boolean' && (x.grade === undefined || x.grade === 'got' || x.grade === 'notYet');
    case 'diagramReady': case 'openDiagramWide': return isId(x.id) && isDiagram(x.diagram);
    case 'openDiagram': return typeof x.card === 'string' && /^card-[a-z0-9]{1,16}$/.test(x.card) && (PRESET_DIAGRAMS as readonly unknown[]).includes(x.diagram);
    case 'history': return x.direction === 'back' || x.direction === 'forward';
    case 'openLibrary': return true;
    case 'section': case 'copyLink': return isId(x.id) && isAnchor(x.anchor);
    case 'findInWorkspace': return isId(x.id) && isTermId(x.term);
    case 'copyCode': return isId(x.id) && Number.isInteger(x.block) && (x.block as number) >= 0 && (x.block as number) < 1000;
    default: return false;
  }
}

export function isReaderState(x: unknown): x is ReaderState {
  return isObj(x) && isId(x.id) && typeof x.scrollY === 'number' && Number.isFinite(x.scrollY)
    && (x.diagram === undefined || isDiagram(x.diagram))
    && (x.controls === undefined || isDiagramControls(x.controls))
    && (x.card === undefined || (isObj(x.card) && typeof x.card.uri === 'string' && x.card.uri.length < 4000 && typeof x.card.config === 'string' && x.card.config.length < 200));
}
