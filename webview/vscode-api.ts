import type { ReaderState, WebviewMessage } from '../src/core/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Typed sending: only messages of the shared protocol compile. */
export function send(message: WebviewMessage): void {
  api.postMessage(message);
}

export function saveState(state: ReaderState): void {
  api.setState(state);
}

/** The state VS Code kept for this panel (after a window reload), unchecked. */
export function loadState(): unknown {
  return api.getState();
}
