/**
 * A small tolerant JSON parser that keeps positions, so every field of a model config maps to
 * a range in the document. It accepts what editors accept in `.json`/`.jsonc` files (comments,
 * trailing commas) and never throws: a syntax error is recorded with its offset and parsing
 * goes on where it can, so a half-typed config still yields the fields that are complete.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export interface JsonNode {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  value: JsonValue;
  offset: number;
  length: number;
  /** For objects: the properties in source order. */
  properties?: JsonProperty[];
  /** For arrays: the items. */
  items?: JsonNode[];
}

export interface JsonProperty {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

export interface JsonError {
  message: string;
  offset: number;
}

export interface JsonParse {
  root: JsonNode | undefined;
  errors: JsonError[];
}

/** Parse `text`; `root` is whatever could be read (undefined only when nothing could). */
export function parseJson(text: string): JsonParse {
  const errors: JsonError[] = [];
  let i = 0;
  const n = text.length;
  const err = (message: string, at = i) => { if (errors.length < 50) errors.push({ message, offset: at }); };

  const skip = () => {
    for (;;) {
      while (i < n && /\s/.test(text[i])) i++;
      if (text.startsWith('//', i)) { while (i < n && text[i] !== '\n') i++; continue; }
      if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) { err('unterminated comment'); i = n; } else i = end + 2;
        continue;
      }
      return;
    }
  };

  const str = (): JsonNode => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < n && text[i] !== '"') {
      const c = text[i];
      if (c === '\n') { err('unterminated string', start); break; }
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; continue; }
        if (e !== undefined && e in map) { out += map[e]; i += 2; continue; }
        err('bad escape'); i += 2; continue;
      }
      out += c;
      i++;
    }
    if (text[i] === '"') i++; else if (errors.at(-1)?.offset !== start) err('unterminated string', start);
    return { type: 'string', value: out, offset: start, length: i - start };
  };

  const value = (depth: number): JsonNode | undefined => {
    skip();
    if (i >= n) { err('unexpected end of text'); return undefined; }
    if (depth > 64) { err('nested too deeply'); i = n; return undefined; }
    const c = text[i];
    const start = i;
    if (c === '{') {
      i++;
      const properties: JsonProperty[] = [];
      const obj: Record<string, JsonValue> = {};
      for (;;) {
        skip();
        if (i >= n) { err('"}" expected', start); break; }
        if (text[i] === '}') { i++; break; }
        if (text[i] !== '"') {
          err('property name expected');
          // Recover: skip to the next comma or closing brace at this level.
          while (i < n && text[i] !== ',' && text[i] !== '}') i++;
          if (text[i] === ',') i++;
          continue;
        }
        const k = str();
        skip();
        if (text[i] !== ':') { err('":" expected'); while (i < n && text[i] !== ',' && text[i] !== '}') i++; if (text[i] === ',') i++; continue; }
        i++;
        const v = value(depth + 1);
        if (v) {
          properties.push({ key: k.value as string, keyOffset: k.offset, keyLength: k.length, value: v });
          obj[k.value as string] = v.value;
        }
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; break; }
        err('"," or "}" expected');
        if (i >= n) break;
        // Missing comma: go on with the next property if one starts here.
        if (text[i] !== '"') { while (i < n && text[i] !== ',' && text[i] !== '}') i++; if (text[i] === ',') i++; }
      }
      return { type: 'object', value: obj, offset: start, length: i - start, properties };
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      for (;;) {
        skip();
        if (i >= n) { err('"]" expected', start); break; }
        if (text[i] === ']') { i++; break; }
        const before = i;
        const v = value(depth + 1);
        if (v) items.push(v);
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; break; }
        err('"," or "]" expected');
        if (i === before) i++;
        if (i >= n) break;
      }
      return { type: 'array', value: items.map((x) => x.value), offset: start, length: i - start, items };
    }
    if (c === '"') return str();
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0] !== '-') {
      i += m[0].length;
      return { type: 'number', value: Number(m[0]), offset: start, length: m[0].length };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) { i += word.length; return { type: v === null ? 'null' : 'boolean', value: v, offset: start, length: word.length }; }
    }
    // Python-style literals that slip into hand-written configs are errors, but readable ones.
    const word = /^[A-Za-z_][\w.]*/.exec(text.slice(i, i + 80))?.[0];
    err(word ? `"${word}" is not a JSON value` : 'value expected');
    while (i < n && !/[,}\]\n]/.test(text[i])) i++;
    return undefined;
  };

  const root = value(0);
  skip();
  if (root && i < n) err('end of text expected');
  return { root, errors };
}

/** The property `key` of an object node. */
export function prop(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  return node?.properties?.find((p) => p.key === key);
}
