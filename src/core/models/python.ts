/**
 * Reads the literal values of Python model configurations, never running anything: dataclass
 * field defaults (`@dataclass class GPTConfig: n_layer: int = 12`) and keyword calls
 * (`LlamaConfig(hidden_size=4096, ...)`). A value is known only when it is a literal (number,
 * string, True/False/None, or a list/tuple/dict of literals); anything computed — a name, an
 * arithmetic expression, a call, an f-string — is recorded as unknown, never guessed.
 */

export type PyValue = number | string | boolean | null | PyValue[] | { [k: string]: PyValue };

interface Tok {
  kind: 'name' | 'number' | 'string' | 'op' | 'newline' | 'fstring';
  text: string;
  start: number;
  end: number;
  /** Column of the first token of the logical line this token belongs to. */
  indent: number;
  /** Value of a string token. */
  str?: string;
}

/** One field: `name: int = 12` in a dataclass, `name=12` in a call, or a positional argument (name ''). */
export interface PyField {
  name: string;
  /** The literal value; undefined when the field is computed (see `known`) or has no default. */
  value: PyValue | undefined;
  known: boolean;
  /** True for a dataclass field declared without a default. */
  noDefault?: boolean;
  /** Source text of the value (for hovers and "computed" messages). */
  source: string;
  /** Offsets of the whole field (name through value) and of its name. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
}

export interface PyDataclass {
  kind: 'dataclass';
  name: string;
  bases: string[];
  /** Offsets of the `class` line (decorators excluded) and of the class name. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  fields: PyField[];
}

export interface PyCall {
  kind: 'call';
  /** Dotted callee as written: `LlamaConfig`, `transformers.LlamaConfig`, `AutoConfig.for_model`. */
  callee: string;
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  positional: PyField[];
  kwargs: PyField[];
  /** The call also passes `*args` or `**kwargs`: any field not written out may be set there. */
  spread: boolean;
}

export interface PyScan {
  dataclasses: PyDataclass[];
  calls: PyCall[];
}

const OPS3 = ['**=', '//=', '>>=', '<<=', '...'];
const OPS2 = ['**', '//', '==', '!=', '<=', '>=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', ':=', '<<', '>>'];

export function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = src.length;
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  let col = 0;
  let startCol = 0;
  const push = (t: Omit<Tok, 'indent'>) => {
    if (lineStart) { indent = startCol; lineStart = false; }
    toks.push({ ...t, indent });
  };
  while (i < n) {
    const c = src[i];
    if (c === '\n') {
      if (depth === 0 && !lineStart) { toks.push({ kind: 'newline', text: '\n', start: i, end: i + 1, indent }); lineStart = true; }
      i++;
      col = 0;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') { col += c === '\t' ? 8 - (col % 8) : 1; i++; continue; }
    if (c === '#') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; col = 0; continue; }
    if (c === '\\' && src[i + 1] === '\r' && src[i + 2] === '\n') { i += 3; col = 0; continue; }
    const start = i;
    startCol = col;
    // String, with an optional prefix (r, b, u, f and combinations).
    const pre = /^([rRbBuUfF]{0,2})(['"])/.exec(src.slice(i, i + 3));
    if (pre && (pre[1].length === 0 || /^[A-Za-z]+$/.test(pre[1]))) {
      const prefix = pre[1].toLowerCase();
      const q = pre[2];
      let j = i + pre[1].length;
      const triple = src.startsWith(q.repeat(3), j);
      const close = triple ? q.repeat(3) : q;
      j += close.length;
      let body = '';
      while (j < n && !src.startsWith(close, j)) {
        if (!triple && src[j] === '\n') break;
        if (src[j] === '\\' && !prefix.includes('r')) {
          const e = src[j + 1];
          const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '\n': '' };
          body += e !== undefined && e in map ? map[e] : `\\${e ?? ''}`;
          j += 2;
          continue;
        }
        if (src[j] === '\n') col = 0;
        body += src[j];
        j++;
      }
      if (src.startsWith(close, j)) j += close.length;
      col += j - i;
      i = j;
      push({ kind: prefix.includes('f') ? 'fstring' : 'string', text: src.slice(start, i), start, end: i, str: body });
      continue;
    }
    const word = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/.exec(src.slice(i, i + 200));
    if (word) { i += word[0].length; col += word[0].length; push({ kind: 'name', text: word[0], start, end: i }); continue; }
    const num = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?j?)/.exec(src.slice(i, i + 100));
    if (num && num[0].length) { i += num[0].length; col += num[0].length; push({ kind: 'number', text: num[0], start, end: i }); continue; }
    const op = OPS3.find((o) => src.startsWith(o, i)) ?? OPS2.find((o) => src.startsWith(o, i)) ?? c;
    if ('([{'.includes(op)) depth++;
    if (')]}'.includes(op)) depth = Math.max(0, depth - 1);
    i += op.length;
    col += op.length;
    push({ kind: 'op', text: op, start, end: i });
  }
  if (!lineStart) toks.push({ kind: 'newline', text: '', start: n, end: n, indent });
  return toks;
}

function numberValue(text: string): number | undefined {
  const t = text.replace(/_/g, '');
  if (/j$/.test(t)) return undefined;
  if (/^0[xX]/.test(t)) return parseInt(t.slice(2), 16);
  if (/^0[oO]/.test(t)) return parseInt(t.slice(2), 8);
  if (/^0[bB]/.test(t)) return parseInt(t.slice(2), 2);
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}

/** A literal from tokens [from, to); undefined when the tokens are anything but one literal. */
function literal(toks: Tok[], from: number, to: number): { value: PyValue } | undefined {
  let i = from;
  const one = (): { value: PyValue } | undefined => {
    const t = toks[i];
    if (!t || i >= to) return undefined;
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      const nx = toks[i + 1];
      if (nx?.kind !== 'number' || i + 1 >= to) return undefined;
      const v = numberValue(nx.text);
      if (v === undefined) return undefined;
      i += 2;
      return { value: t.text === '-' ? -v : v };
    }
    if (t.kind === 'number') { const v = numberValue(t.text); if (v === undefined) return undefined; i++; return { value: v }; }
    if (t.kind === 'string') {
      if (/^[rRuU]?['"]/.test(t.text) === false && /^[bB]/.test(t.text.replace(/^[rR]/, ''))) return undefined; // bytes
      let s = '';
      while (i < to && toks[i].kind === 'string') { s += toks[i].str ?? ''; i++; } // implicit concatenation
      if (i < to && toks[i].kind === 'fstring') return undefined;
      return { value: s };
    }
    if (t.kind === 'name') {
      const map: Record<string, PyValue> = { True: true, False: false, None: null };
      if (t.text in map) { i++; return { value: map[t.text] }; }
      return undefined;
    }
    if (t.kind === 'op' && (t.text === '[' || t.text === '(' || t.text === '{')) {
      const closeCh = t.text === '[' ? ']' : t.text === '(' ? ')' : '}';
      i++;
      if (closeCh === '}') {
        // dict of literals, or a set (read as a list)
        const obj: Record<string, PyValue> = {};
        const list: PyValue[] = [];
        let isDict: boolean | undefined;
        while (i < to && toks[i].text !== '}') {
          const k = one();
          if (!k) return undefined;
          if (toks[i]?.text === ':') {
            if (isDict === false) return undefined;
            isDict = true;
            i++;
            const v = one();
            if (!v) return undefined;
            obj[String(k.value)] = v.value;
          } else {
            if (isDict === true) return undefined;
            isDict = false;
            list.push(k.value);
          }
          if (toks[i]?.text === ',') i++;
          else if (toks[i]?.text !== '}') return undefined;
        }
        if (toks[i]?.text !== '}') return undefined;
        i++;
        return { value: isDict === false ? list : obj };
      }
      const items: PyValue[] = [];
      let sawComma = false;
      while (i < to && toks[i].text !== closeCh) {
        const v = one();
        if (!v) return undefined;
        items.push(v.value);
        if (toks[i]?.text === ',') { i++; sawComma = true; } else if (toks[i]?.text !== closeCh) return undefined;
      }
      if (toks[i]?.text !== closeCh) return undefined;
      i++;
      // (x) is x; (x,) and [x] are sequences
      if (closeCh === ')' && items.length === 1 && !sawComma) return { value: items[0] };
      return { value: items };
    }
    return undefined;
  };
  const v = one();
  return v && i === to ? v : undefined;
}

/** Index of the matching closing bracket for the opener at `open`, or toks.length. */
function matching(toks: Tok[], open: number): number {
  let depth = 0;
  for (let j = open; j < toks.length; j++) {
    const t = toks[j].text;
    if (toks[j].kind !== 'op') continue;
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') { depth--; if (depth === 0) return j; }
  }
  return toks.length;
}

/** Split tokens (from, to) at top-level commas. */
function splitArgs(toks: Tok[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let s = from;
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (t.kind === 'op') {
      if ('([{'.includes(t.text)) depth++;
      else if (')]}'.includes(t.text)) depth--;
      else if (t.text === ',' && depth === 0) { out.push([s, j]); s = j + 1; }
    }
  }
  if (s < to) out.push([s, to]);
  return out.filter(([a, b]) => b > a);
}

function field(src: string, toks: Tok[], name: Tok | undefined, vFrom: number, vTo: number): PyField {
  const lit = vTo > vFrom ? literal(toks, vFrom, vTo) : undefined;
  const first = name ?? toks[vFrom];
  const last = toks[vTo - 1] ?? first;
  return {
    name: name?.text ?? '',
    value: lit?.value,
    known: lit !== undefined,
    source: vTo > vFrom ? src.slice(toks[vFrom].start, toks[vTo - 1].end) : '',
    start: first.start,
    end: last.end,
    nameStart: first.start,
    nameEnd: name ? name.end : first.end,
  };
}

/** `field(default=X)` → the tokens of X; undefined when the value is anything else. */
function dataclassFieldDefault(toks: Tok[], from: number, to: number): [number, number] | 'none' | undefined {
  if (!(toks[from]?.text === 'field' || (toks[from]?.text === 'dataclasses' && toks[from + 2]?.text === 'field'))) return undefined;
  const open = toks[from].text === 'field' ? from + 1 : from + 3;
  if (toks[open]?.text !== '(') return undefined;
  const close = matching(toks, open);
  if (close !== to - 1) return undefined;
  for (const [a, b] of splitArgs(toks, open + 1, close)) {
    if (toks[a].text === 'default' && toks[a + 1]?.text === '=') return [a + 2, b];
  }
  return 'none';
}

/** Scan a Python source for dataclasses and calls whose callee matches `callees`. */
export function scanPython(src: string, callees: (name: string) => boolean): PyScan {
  const toks = tokenize(src);
  const dataclasses: PyDataclass[] = [];
  const calls: PyCall[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // @dataclass / @dataclasses.dataclass / @dataclass(frozen=True), then (other decorators and) class X:
    if (t.text === '@' && t.kind === 'op' && (toks[k + 1]?.text === 'dataclass' || (toks[k + 1]?.text === 'dataclasses' && toks[k + 3]?.text === 'dataclass'))) {
      let j = k;
      while (j < toks.length && toks[j].text === '@') { while (j < toks.length && toks[j].kind !== 'newline') j++; j++; }
      const cls = toks[j];
      if (cls?.text !== 'class' || toks[j + 1]?.kind !== 'name') continue;
      const nameTok = toks[j + 1];
      const bases: string[] = [];
      let h = j + 2;
      if (toks[h]?.text === '(') {
        const close = matching(toks, h);
        for (const [a, b] of splitArgs(toks, h + 1, close)) bases.push(toks.slice(a, b).map((x) => x.text).join(''));
        h = close + 1;
      }
      if (toks[h]?.text !== ':') continue;
      const classIndent = cls.indent;
      const fields: PyField[] = [];
      // Body: the logical lines after the header with a deeper indent.
      let line = h + 1;
      while (line < toks.length && toks[line].kind !== 'newline') line++; // a one-line body is not a config
      line++;
      let bodyIndent: number | undefined;
      let end = toks[h].end;
      while (line < toks.length && toks[line].indent > classIndent) {
        let lineEnd = line;
        while (lineEnd < toks.length && toks[lineEnd].kind !== 'newline') lineEnd++;
        bodyIndent ??= toks[line].indent;
        if (toks[line].indent === bodyIndent && toks[line].kind === 'name' && (toks[line + 1]?.text === ':' || toks[line + 1]?.text === '=')) {
          const nm = toks[line];
          let eq = line + 1;
          let depth = 0;
          for (; eq < lineEnd; eq++) {
            const x = toks[eq];
            if (x.kind === 'op' && '([{'.includes(x.text)) depth++;
            else if (x.kind === 'op' && ')]}'.includes(x.text)) depth--;
            else if (x.text === '=' && depth === 0) break;
          }
          if (eq >= lineEnd) {
            fields.push({ ...field(src, toks, nm, line + 2, lineEnd), value: undefined, known: false, noDefault: true, source: '' });
          } else {
            const fd = dataclassFieldDefault(toks, eq + 1, lineEnd);
            if (fd === 'none') fields.push({ ...field(src, toks, nm, eq + 1, lineEnd), value: undefined, known: false });
            else if (fd) { const f = field(src, toks, nm, fd[0], fd[1]); fields.push({ ...f, end: toks[lineEnd - 1].end }); }
            else fields.push(field(src, toks, nm, eq + 1, lineEnd));
          }
        }
        end = toks[Math.max(line, lineEnd - 1)].end;
        line = lineEnd + 1;
      }
      dataclasses.push({ kind: 'dataclass', name: nameTok.text, bases, start: cls.start, end, nameStart: nameTok.start, nameEnd: nameTok.end, fields });
      k = j + 1;
      continue;
    }
    // A call: dotted name followed by "(", not a definition.
    if (t.kind === 'name' && toks[k - 1]?.text !== '.' && toks[k - 1]?.text !== 'def' && toks[k - 1]?.text !== 'class') {
      let j = k;
      let callee = t.text;
      while (toks[j + 1]?.text === '.' && toks[j + 2]?.kind === 'name') { callee += `.${toks[j + 2].text}`; j += 2; }
      if (toks[j + 1]?.text !== '(' || !callees(callee)) continue;
      const open = j + 1;
      const close = matching(toks, open);
      const positional: PyField[] = [];
      const kwargs: PyField[] = [];
      let spread = false;
      for (const [a, b] of splitArgs(toks, open + 1, close)) {
        if (toks[a].text === '*' || toks[a].text === '**') { spread = true; continue; }
        if (toks[a].kind === 'name' && toks[a + 1]?.text === '=' && toks[a + 1].kind === 'op') kwargs.push(field(src, toks, toks[a], a + 2, b));
        else positional.push(field(src, toks, undefined, a, b));
      }
      calls.push({ kind: 'call', callee, start: t.start, end: (toks[close] ?? toks[toks.length - 1]).end, nameStart: t.start, nameEnd: toks[j].end, positional, kwargs, spread });
    }
  }
  return { dataclasses, calls };
}
