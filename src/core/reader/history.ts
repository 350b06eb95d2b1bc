/**
 * Back/forward history of one reader panel, as a browser keeps it: following a link (or
 * opening any other page) puts the page being left, with its scroll position, on the back
 * stack and clears the forward stack; Back and Forward move between the two. Both stacks are
 * bounded, so the state the webview persists for a window reload stays small.
 */

export interface HistoryEntry {
  id: string;
  scrollY: number;
}

export interface HistoryState {
  back: HistoryEntry[];
  forward: HistoryEntry[];
}

/** Pages kept on each stack; older ones are dropped first. */
export const HISTORY_LIMIT = 50;

const ID = /^[a-z0-9][a-z0-9/-]{0,80}$/;

export class ReaderHistory {
  private back: HistoryEntry[];
  private forward: HistoryEntry[];

  constructor(state: HistoryState = { back: [], forward: [] }, private readonly limit = HISTORY_LIMIT) {
    this.back = state.back.slice(-limit);
    this.forward = state.forward.slice(-limit);
  }

  get canGoBack(): boolean {
    return this.back.length > 0;
  }

  get canGoForward(): boolean {
    return this.forward.length > 0;
  }

  /** Leaving `from` for page `to` (not by Back or Forward). Staying on the same page records nothing. */
  visit(from: HistoryEntry | undefined, to: string): void {
    if (!from || from.id === to) return;
    this.back.push({ ...from });
    if (this.back.length > this.limit) this.back.shift();
    this.forward = [];
  }

  /** The page to show for Back, with `current` moved onto the forward stack; undefined at the start. */
  goBack(current: HistoryEntry | undefined, exists: (id: string) => boolean = () => true): HistoryEntry | undefined {
    return this.move(this.back, this.forward, current, exists);
  }

  /** The page to show for Forward, with `current` moved onto the back stack; undefined at the end. */
  goForward(current: HistoryEntry | undefined, exists: (id: string) => boolean = () => true): HistoryEntry | undefined {
    return this.move(this.forward, this.back, current, exists);
  }

  get state(): HistoryState {
    return { back: this.back.map((e) => ({ ...e })), forward: this.forward.map((e) => ({ ...e })) };
  }

  /** Pages that no longer exist (the library changed since they were visited) are skipped. */
  private move(from: HistoryEntry[], to: HistoryEntry[], current: HistoryEntry | undefined, exists: (id: string) => boolean): HistoryEntry | undefined {
    let next = from.pop();
    while (next && !exists(next.id)) next = from.pop();
    if (!next) return undefined;
    if (current) {
      to.push({ ...current });
      if (to.length > this.limit) to.shift();
    }
    return next;
  }
}

const isEntry = (x: unknown): x is HistoryEntry => typeof x === 'object' && x !== null
  && typeof (x as HistoryEntry).id === 'string' && ID.test((x as HistoryEntry).id)
  && typeof (x as HistoryEntry).scrollY === 'number' && Number.isFinite((x as HistoryEntry).scrollY) && (x as HistoryEntry).scrollY >= 0;

/**
 * History restored from saved webview state: anything malformed is dropped rather than
 * trusted, and each stack is cut to the limit (the newest entries kept).
 */
export function parseHistory(x: unknown, limit = HISTORY_LIMIT): HistoryState {
  const stack = (v: unknown): HistoryEntry[] => (Array.isArray(v) ? v.filter(isEntry).slice(-limit).map((e) => ({ id: e.id, scrollY: Math.round(e.scrollY) })) : []);
  if (typeof x !== 'object' || x === null) return { back: [], forward: [] };
  const o = x as Record<string, unknown>;
  return { back: stack(o.back), forward: stack(o.forward) };
}
