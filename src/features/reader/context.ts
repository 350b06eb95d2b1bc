import * as vscode from 'vscode';
import type { PageMeta } from '../../core/catalog/types';
import type { ReaderHistory } from '../../core/reader/history';

/**
 * Context keys for the reader's title-bar actions and palette entries, describing the active
 * reader panel: Back/Forward are enabled only when there is somewhere to go, Open Original
 * only when the page has a source, Mark as Read/Unread by the page's state.
 */
export interface ReaderContext {
  'llmPrimer.reader.canGoBack': boolean;
  'llmPrimer.reader.canGoForward': boolean;
  'llmPrimer.reader.hasPrevious': boolean;
  'llmPrimer.reader.hasNext': boolean;
  'llmPrimer.reader.hasSource': boolean;
  'llmPrimer.reader.readable': boolean;
  'llmPrimer.reader.isRead': boolean;
  'llmPrimer.reader.hasPage': boolean;
}

export function readerContext(page: PageMeta | undefined, history: ReaderHistory | undefined, read: ReadonlySet<string>): ReaderContext {
  return {
    'llmPrimer.reader.canGoBack': history?.canGoBack ?? false,
    'llmPrimer.reader.canGoForward': history?.canGoForward ?? false,
    'llmPrimer.reader.hasPrevious': page?.prev !== undefined,
    'llmPrimer.reader.hasNext': page?.next !== undefined,
    'llmPrimer.reader.hasSource': page?.source !== undefined,
    'llmPrimer.reader.readable': page?.readable ?? false,
    'llmPrimer.reader.isRead': page ? read.has(page.id) : false,
    'llmPrimer.reader.hasPage': page !== undefined,
  };
}

const last = new Map<string, boolean>();

/** Set only the keys whose value changed (each setContext is a round trip to the workbench). */
export function setReaderContext(ctx: ReaderContext): void {
  for (const [key, value] of Object.entries(ctx)) {
    if (last.get(key) === value) continue;
    last.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }
}
