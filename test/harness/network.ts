/** Which browser requests stay on this machine (the e2e tier fails on any other). */

/** A request the browser made: its URL, and whether VS Code's webview service worker answered it. */
export interface SeenRequest { url: string; fromServiceWorker: boolean; failure?: string }

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True for a request to a loopback host, a URL with no host (blob:, data:, about:), or a webview
 * resource (https://*.vscode-resource.vscode-cdn.net) answered by the webview's service worker,
 * which reads it from the extension host: such a request never reaches the network.
 */
export function staysLocal(r: SeenRequest): boolean {
  let u: URL;
  try { u = new URL(r.url); } catch { return false; }
  if (['blob:', 'data:', 'about:'].includes(u.protocol)) return true;
  if (LOCAL_HOSTS.has(u.hostname)) return true;
  return r.fromServiceWorker && u.protocol === 'https:' && u.hostname.endsWith('.vscode-resource.vscode-cdn.net');
}
