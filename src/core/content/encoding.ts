import type { ErrorSink } from './diagnostics';
import type { SourceFile } from './sources';

/**
 * Every content file is UTF-8 text. A file that is not (Latin-1 saved by an old editor, a
 * binary pasted by mistake) fails the build at the line of its first bad byte instead of
 * turning into U+FFFD or NUL characters in the reader. A UTF-8 byte-order mark is dropped.
 */

/** A content file as read from disk, before decoding. */
export interface RawSourceFile { path: string; bytes: Uint8Array }

const BOM = '\uFEFF';

/** Decode (bytes) or clean (text) every file; files that are not UTF-8 text are reported and left out. */
export function readSources(files: readonly (SourceFile | RawSourceFile)[], sink: ErrorSink): SourceFile[] {
  const out: SourceFile[] = [];
  for (const f of files) {
    const text = 'bytes' in f ? decodeUtf8(f.path, f.bytes, sink) : f.text;
    if (text === undefined) continue;
    const clean = text.startsWith(BOM) ? text.slice(1) : text;
    const nul = clean.indexOf('\0');
    if (nul >= 0) {
      sink.add(f.path, lineAt(clean, nul), 'the file contains a NUL character: content files are text, not binary');
      continue;
    }
    out.push({ path: f.path, text: clean });
  }
  return out;
}

/** The text of a UTF-8 file, or undefined (reported at the first bad byte's line) if it is not UTF-8. */
export function decodeUtf8(file: string, bytes: Uint8Array, sink: ErrorSink): string | undefined {
  try {
    // The decoder drops a leading BOM itself (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    sink.add(file, line, `the file is not UTF-8 text (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}): save it as UTF-8`);
    return undefined;
  }
}

/**
 * Offset of the first byte that does not begin a well-formed UTF-8 character (overlong forms,
 * surrogates, code points above U+10FFFF, broken or cut-off sequences), or `bytes.length`
 * when every character is well formed. A Latin-1 "é" is reported at its own byte, 0xE9.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return i;
      const c = bytes[i + k];
      // Only the second byte has the narrowed range; later ones are plain continuation bytes.
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
