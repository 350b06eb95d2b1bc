/**
 * Worked numbers: a small safe arithmetic evaluator. Pure: no eval, no Function, no imports;
 * names are looked up only in the table's own map and a fixed list of functions. The build uses
 * it to recompute the tables beside pages (`ch-08.numbers.yaml`, see content/README.md,
 * "Worked numbers"); printed-numbers.ts reads the numbers as the pages print them.
 */

/** A problem in an expression, with the 1-based column where it was found. */
export class ExprError extends Error {
  constructor(message: string, readonly column: number) {
    super(message);
  }
}

type Fn = { min: number; max: number; apply(args: number[], column: number): number };

const positive = (name: string, x: number, column: number): number => {
  if (!(x > 0)) throw new ExprError(`${name} of ${fmt(x)}: the argument must be positive`, column);
  return x;
};

const FUNCTIONS: Record<string, Fn> = {
  sqrt: {
    min: 1, max: 1, apply: ([x], c) => {
      if (x < 0) throw new ExprError(`sqrt of a negative number (${fmt(x)})`, c);
      return Math.sqrt(x);
    },
  },
  /** log(x) is base 10; log(x, b) is base b. */
  log: {
    min: 1, max: 2, apply: ([x, b], c) => {
      positive('log', x, c);
      if (b === undefined) return Math.log10(x);
      if (!(b > 0) || b === 1) throw new ExprError(`log base ${fmt(b)}: the base must be positive and not 1`, c);
      return Math.log(x) / Math.log(b);
    },
  },
  log2: { min: 1, max: 1, apply: ([x], c) => Math.log2(positive('log2', x, c)) },
  ln: { min: 1, max: 1, apply: ([x], c) => Math.log(positive('ln', x, c)) },
  exp: { min: 1, max: 1, apply: ([x]) => Math.exp(x) },
  abs: { min: 1, max: 1, apply: ([x]) => Math.abs(x) },
  floor: { min: 1, max: 1, apply: ([x]) => Math.floor(x) },
  ceil: { min: 1, max: 1, apply: ([x]) => Math.ceil(x) },
  /** round(x) to an integer; round(x, n) to n decimals (half away from zero). */
  round: {
    min: 1, max: 2, apply: ([x, n], c) => {
      if (n !== undefined && !Number.isInteger(n)) throw new ExprError(`round: the number of decimals must be an integer, not ${fmt(n)}`, c);
      const f = 10 ** (n ?? 0);
      return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
    },
  },
  min: { min: 1, max: Infinity, apply: (xs) => Math.min(...xs) },
  max: { min: 1, max: Infinity, apply: (xs) => Math.max(...xs) },
};

const CONSTANTS: Record<string, number> = { pi: Math.PI };

/** Names a table may not define: the functions and constants every expression knows. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.keys(FUNCTIONS), ...Object.keys(CONSTANTS)]);

export const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Tok =
  | { t: 'num'; v: number; col: number; text: string }
  | { t: 'name'; v: string; col: number }
  | { t: 'op'; v: string; col: number }
  | { t: 'end'; col: number };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    const col = i + 1;
    const num = /^(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      const text = num[0];
      if (/_$|_\.|\._|__/.test(text.replace(/[eE].*$/, ''))) throw new ExprError(`cannot read the number "${text}"`, col);
      out.push({ t: 'num', v: Number(text.replace(/_/g, '')), col, text });
      i += text.length;
      if (/[A-Za-z_]/.test(src[i] ?? '')) throw new ExprError(`a number is followed by "${src[i]}": write "*" between a number and a name`, i + 1);
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) { out.push({ t: 'name', v: name[0], col }); i += name[0].length; continue; }
    if (src.startsWith('**', i)) { out.push({ t: 'op', v: '**', col }); i += 2; continue; }
    if ('+-*/^(),'.includes(ch)) { out.push({ t: 'op', v: ch, col }); i++; continue; }
    if (ch === '−') { out.push({ t: 'op', v: '-', col }); i++; continue; }
    if (ch === '×') { out.push({ t: 'op', v: '*', col }); i++; continue; }
    throw new ExprError(`unexpected "${ch}" (an expression has numbers, names, + - * / ** ^, parentheses and functions)`, col);
  }
  out.push({ t: 'end', col: src.length + 1 });
  return out;
}

/**
 * Evaluate an arithmetic expression: numbers (`7e9`, `4_096`, `.5`), names from `env`,
 * `+ - * /`, `**` or `^` (power, right-associative, binds tighter than unary minus:
 * `-2**2` is -4), parentheses, `pi`, and the functions sqrt, log (base 10, or `log(x, b)`),
 * log2, ln, exp, abs, floor, ceil, round (`round(x, n)` to n decimals), min, max.
 * Throws ExprError (with a column) on a syntax error, an unknown name, a division by zero or a
 * result that is not a finite number.
 */
export function evaluate(src: string, env: ReadonlyMap<string, number> = new Map()): number {
  if (!src.trim()) throw new ExprError('the expression is empty', 1);
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => { const k = toks[p]; return k.t === 'op' && k.v === v; };
  const describe = (k: Tok) => (k.t === 'end' ? 'the end' : `"${k.t === 'num' ? k.text : k.v}"`);
  const expect = (v: string) => {
    if (!isOp(v)) throw new ExprError(`expected "${v}" but found ${describe(peek())}`, peek().col);
    p++;
  };
  const finite = (x: number, col: number, what: string) => {
    if (!Number.isFinite(x)) throw new ExprError(`${what} gives ${fmt(x)}, not a finite number`, col);
    return x;
  };

  const sum = (): number => {
    let x = product();
    while (isOp('+') || isOp('-')) {
      const op = toks[p++];
      const y = product();
      x = op.t === 'op' && op.v === '+' ? x + y : x - y;
    }
    return x;
  };
  const product = (): number => {
    let x = unary();
    while (isOp('*') || isOp('/')) {
      const op = toks[p++] as Tok & { t: 'op' };
      const y = unary();
      if (op.v === '/' && y === 0) throw new ExprError('division by zero', op.col);
      x = finite(op.v === '*' ? x * y : x / y, op.col, `"${op.v}"`);
    }
    return x;
  };
  const unary = (): number => {
    if (isOp('-')) { p++; return -unary(); }
    if (isOp('+')) { p++; return unary(); }
    return power();
  };
  const power = (): number => {
    const base = primary();
    if (isOp('**') || isOp('^')) {
      const op = toks[p++];
      const exponent = unary();
      return finite(base ** exponent, op.col, 'the power');
    }
    return base;
  };
  const primary = (): number => {
    const k = peek();
    if (k.t === 'num') { p++; return finite(k.v, k.col, `the number "${k.text}"`); }
    if (k.t === 'name') {
      p++;
      if (isOp('(')) {
        const fn = Object.hasOwn(FUNCTIONS, k.v) ? FUNCTIONS[k.v] : undefined;
        if (!fn) throw new ExprError(`unknown function "${k.v}" (known: ${Object.keys(FUNCTIONS).join(', ')})`, k.col);
        p++;
        const args: number[] = [];
        if (!isOp(')')) {
          args.push(sum());
          while (isOp(',')) { p++; args.push(sum()); }
        }
        expect(')');
        if (args.length < fn.min || args.length > fn.max) {
          const want = fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} or ${fn.max}`;
          throw new ExprError(`${k.v} takes ${want} argument${want === '1' ? '' : 's'}, not ${args.length}`, k.col);
        }
        return finite(fn.apply(args, k.col), k.col, `${k.v}(…)`);
      }
      if (Object.hasOwn(FUNCTIONS, k.v)) throw new ExprError(`"${k.v}" is a function: write ${k.v}(…)`, k.col);
      const v = env.get(k.v) ?? (Object.hasOwn(CONSTANTS, k.v) ? CONSTANTS[k.v] : undefined);
      if (v === undefined) {
        const known = [...env.keys()];
        throw new ExprError(`unknown name "${k.v}"${known.length ? ` (defined so far: ${known.join(', ')})` : ' (no names are defined before this entry)'}`, k.col);
      }
      return v;
    }
    if (isOp('(')) {
      p++;
      const x = sum();
      expect(')');
      return x;
    }
    throw new ExprError(`expected a number, a name or "(" but found ${describe(k)}`, k.col);
  };

  const value = sum();
  if (peek().t !== 'end') throw new ExprError(`unexpected ${describe(peek())} after a complete expression`, peek().col);
  return value;
}

/** A number for messages: integers in full up to 1e15, others with 6 significant digits. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const s = x.toPrecision(6);
  return s.includes('e') ? s.replace(/\.?0+e/, 'e') : s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
