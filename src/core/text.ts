/**
 * Small text helpers the core shares: a value as text for a message or a log line, HTML as
 * plain text, and a string as a literal inside a regular expression.
 */

/**
 * A value as text, never throwing: JSON when it can be (JSON.stringify throws on cycles and
 * BigInt and gives undefined for undefined), else String() (which throws on objects without a
 * prototype or with a throwing toString), else its type in brackets.
 */
export function valueText(x: unknown): string {
  try {
    const json = JSON.stringify(x);
    if (json !== undefined) return json;
  } catch { /* not JSON: described below */ }
  try { return String(x); } catch { return `[${typeof x}]`; }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Tags removed and character references decoded (the named ones HTML escaping writes, and numeric ones). */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
