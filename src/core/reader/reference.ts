import { LINK_SCHEME } from '../catalog/ids';

/**
 * A reference to a page or one of its sections, as "Copy Link to Section" copies it:
 * `vol-2/ch-4#key-equations`. Plain text rather than a `vscode://` URI, because the URI's scheme
 * differs between VS Code, Insiders, VSCodium and code-server, while the plain form pastes into a
 * code comment, a review or a chat in any of them, and "LLM Primer: Open Link" opens it. The
 * content's own `primer:` form is accepted too.
 */
export interface PageReference { id: string; anchor?: string }

const ID = /^[a-z0-9][a-z0-9/-]{0,80}$/;
const ANCHOR = /^[a-z0-9-]{1,80}$/;

export function formatReference(ref: PageReference): string {
  return ref.anchor ? `${ref.id}#${ref.anchor}` : ref.id;
}

/** The reference in `text` (surrounding spaces, quotes or backticks allowed), or undefined. */
export function parseReference(text: string): PageReference | undefined {
  let s = text.trim().replace(/^[`'"<(]+|[`'">).,;]+$/g, '');
  if (s.startsWith(LINK_SCHEME)) s = s.slice(LINK_SCHEME.length);
  const hash = s.indexOf('#');
  const id = hash < 0 ? s : s.slice(0, hash);
  const anchor = hash < 0 ? undefined : s.slice(hash + 1);
  if (!ID.test(id) || id.endsWith('/') || id.includes('//')) return undefined;
  if (anchor !== undefined && !ANCHOR.test(anchor)) return undefined;
  return anchor ? { id, anchor } : { id };
}
