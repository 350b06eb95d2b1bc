import * as assert from 'node:assert/strict';
import { compileContent, type SourceFile } from '../../src/core/content/compile';
import { formatError } from '../../src/core/content/diagnostics';
import { classify } from '../../src/core/content/documents';
import { evaluate, ExprError } from '../../src/core/content/numbers';
import { compare, occursIn, readPrinted, type Printed } from '../../src/core/content/printed-numbers';
import { chapter, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

const fails = (expr: string, env = new Map<string, number>()): { message: string; column: number } => {
  try {
    evaluate(expr, env);
  } catch (e) {
    assert.ok(e instanceof ExprError, `${expr} throws an ExprError`);
    return { message: e.message, column: e.column };
  }
  throw new Error(`${expr} did not fail`);
};

const printed = (text: string): Printed => {
  const p = readPrinted(text);
  if ('error' in p) throw new Error(p.error);
  return p;
};

describe('worked numbers: the expression evaluator', () => {
  it('computes arithmetic with the usual precedence', () => {
    assert.equal(evaluate('1 + 2 * 3'), 7);
    assert.equal(evaluate('(1 + 2) * 3'), 9);
    assert.equal(evaluate('2 ** 10'), 1024);
    assert.equal(evaluate('2 ^ 3 ^ 2'), 512, 'power is right-associative');
    assert.equal(evaluate('-2 ** 2'), -4, 'power binds tighter than unary minus');
    assert.equal(evaluate('2 ** -1'), 0.5);
    assert.equal(evaluate('10 - 4 - 3'), 3, 'minus is left-associative');
    assert.equal(evaluate('7e9 / 1e9'), 7);
    assert.equal(evaluate('4_096 * .5'), 2048);
    assert.equal(evaluate('6 × 4096 − 1'), 24575, 'the typographic × and − are read too');
  });

  it('knows sqrt, log, ln, exp, min, max, round, floor, ceil, abs and pi', () => {
    assert.equal(evaluate('sqrt(5.76e23 / 120)'), Math.sqrt(4.8e21));
    assert.equal(evaluate('log(1000)'), 3);
    assert.equal(evaluate('log(8, 2)'), 3);
    assert.equal(evaluate('log2(1024)'), 10);
    assert.equal(evaluate('ln(exp(2))'), 2);
    assert.equal(evaluate('min(3, 1, 2) + max(3, 1, 2)'), 4);
    assert.equal(evaluate('round(2.345, 2)'), 2.35);
    assert.equal(evaluate('round(24576, -2)'), 24600);
    assert.equal(evaluate('round(-2.5)'), -3, 'half away from zero');
    assert.equal(evaluate('floor(4.19) + ceil(4.01) + abs(-1)'), 10);
    assert.equal(evaluate('pi'), Math.PI);
  });

  it('reads names from the table', () => {
    assert.equal(evaluate('2 * L * d', new Map([['L', 32], ['d', 4096]])), 262144);
  });

  it('fails with a message and a column, never by running code', () => {
    assert.deepEqual(fails('2 +'), { message: 'expected a number, a name or "(" but found the end', column: 4 });
    assert.deepEqual(fails('2 * x'), { message: 'unknown name "x" (no names are defined before this entry)', column: 5 });
    assert.deepEqual(fails('x', new Map([['d', 1]])), { message: 'unknown name "x" (defined so far: d)', column: 1 });
    assert.deepEqual(fails('1 / (2 - 2)'), { message: 'division by zero', column: 3 });
    assert.deepEqual(fails('sqrt(-1)'), { message: 'sqrt of a negative number (-1)', column: 1 });
    assert.deepEqual(fails('log(0)'), { message: 'log of 0: the argument must be positive', column: 1 });
    assert.deepEqual(fails('foo(2)'), { message: 'unknown function "foo" (known: sqrt, log, log2, ln, exp, abs, floor, ceil, round, min, max)', column: 1 });
    assert.deepEqual(fails('sqrt + 1'), { message: '"sqrt" is a function: write sqrt(…)', column: 1 });
    assert.deepEqual(fails('sqrt(1, 2)'), { message: 'sqrt takes 1 argument, not 2', column: 1 });
    assert.deepEqual(fails('3n'), { message: 'a number is followed by "n": write "*" between a number and a name', column: 2 });
    assert.deepEqual(fails('(1 + 2'), { message: 'expected ")" but found the end', column: 7 });
    assert.deepEqual(fails('1 2'), { message: 'unexpected "2" after a complete expression', column: 3 });
    assert.deepEqual(fails('10 ** 400'), { message: 'the power gives Infinity, not a finite number', column: 4 });
    assert.deepEqual(fails('process.exit()'), { message: 'unexpected "." (an expression has numbers, names, + - * / ** ^, parentheses and functions)', column: 8 });
    assert.deepEqual(fails('constructor'), { message: 'unknown name "constructor" (no names are defined before this entry)', column: 1 });
    assert.deepEqual(fails('constructor(1)'), { message: 'unknown function "constructor" (known: sqrt, log, log2, ln, exp, abs, floor, ceil, round, min, max)', column: 1 });
    assert.deepEqual(fails('toString'), { message: 'unknown name "toString" (no names are defined before this entry)', column: 1 });
    assert.deepEqual(fails('  '), { message: 'the expression is empty', column: 1 });
  });
});

describe('worked numbers: numbers as pages print them', () => {
  const cases: [string, number, number][] = [
    ['524,288', 524288, 1],
    ['0.35', 0.35, 0.01],
    ['6.74 B', 6.74e9, 1e7],
    ['69B', 69e9, 1e9],
    ['13.5%', 0.135, 0.001],
    ['2^20', 1048576, 0],
    ['2^{20}', 1048576, 0],
    ['5.9e23', 5.9e23, 1e22],
    ['≈ 5.0 × 10^23', 5e23, 1e22],
    ['1.2 trillion tokens', 1.2e12, 1e11],
    ['16.8 million', 16.8e6, 1e5],
    ['512 KiB', 512, 1],
    ['-0.5', -0.5, 0.1],
    ['four times fewer', 4, 1],
  ];
  for (const [text, value, step] of cases) {
    it(`reads "${text}"`, () => {
      const p = printed(text);
      assert.ok(Math.abs(p.value - value) <= 1e-9 * Math.abs(value), `${p.value} = ${value}`);
      assert.ok(Math.abs(p.step - step) <= 1e-9 * step, `step ${p.step} = ${step}`);
    });
  }

  it('looks for the text without its ≈', () => {
    assert.equal(printed('≈ 13.5%').search, '13.5%');
    assert.equal(printed('~0.17').search, '0.17');
  });

  it('refuses what is not one number', () => {
    assert.deepEqual(readPrinted('abc'), { error: 'cannot read "abc" as a number (write it as the page prints it: 524,288 · 6.74 B · 13.5% · 5.9e23 · 2^20)' });
    assert.deepEqual(readPrinted('6.7.4'), { error: 'cannot read "6.7.4": ".4" follows the number: write one number per value' });
    assert.deepEqual(readPrinted('3/4'), { error: 'cannot read "3/4": "/4" follows the number: write one number per value' });
  });

  it('matches at the printed precision, or by a rounding rule or a tolerance', () => {
    assert.equal(compare(printed('6.74 B'), 6.738e9), undefined);
    assert.equal(compare(printed('6.74 B'), 6.61e9),
      'the expression gives 6610000000 (6.610 B), which does not print as "6.74 B" (rounded to 2 decimals)');
    assert.equal(compare(printed('524,288'), 524288.4), undefined);
    assert.equal(compare(printed('524,288'), 524289), 'the expression gives 524289 (524,289.0), which does not print as "524,288" (rounded to 0 decimals)');
    assert.equal(compare(printed('2^20'), 2 ** 20), undefined);
    assert.equal(compare(printed('2^20'), 1e6), 'the expression gives 1000000 (1000000), which does not print as "2^20" (exactly)');
    assert.equal(compare(printed('13.5%'), 0.1349), undefined);
    assert.equal(compare(printed('3'), 2.2, { rounding: 'up' }), undefined);
    assert.equal(compare(printed('3'), 3.2, { rounding: 'up' }), 'the expression gives 3.2 (3.2), which does not print as "3" (rounded up to 0 decimals)');
    assert.equal(compare(printed('4'), 4.9, { rounding: 'down' }), undefined);
    assert.equal(compare(printed('1,900'), 1875, { tolerance: '2%' }), undefined);
    assert.equal(compare(printed('1,900'), 1800, { tolerance: '2%' }), 'the expression gives 1800 (1,800.0), more than 2% away from 1900');
    assert.equal(compare(printed('0.5'), 0.52, { tolerance: 0.05 }), undefined);
    assert.equal(compare(printed('0.5'), 0.52, { tolerance: 'some' }), 'tolerance "some" must be a non-negative number or a percentage such as "2%"');
  });
});

describe('worked numbers: finding the value in the page', () => {
  it('finds whole numbers only', () => {
    assert.ok(occursIn('is 524,288 bytes', '524,288'));
    assert.ok(!occursIn('is 1,524,288 bytes', '524,288'));
    assert.ok(!occursIn('x = $0.355$', '0.35'));
    assert.ok(occursIn('x = $0.35$.', '0.35'));
    assert.ok(!occursIn('6.74 Billion', '6.74 B'));
    assert.ok(!occursIn('10.35', '0.35'));
  });

  it('reads TeX and line breaks as the reader shows them', () => {
    assert.ok(occursIn('$2^{20}$ tokens', '2^20'));
    assert.ok(occursIn('about 6.74\nB params', '6.74 B'));
    assert.ok(occursIn('$= 65{,}536$', '65,536'));
    assert.ok(occursIn('$\\approx 69\\text{B}$', '69B'));
    assert.ok(occursIn('$5.0 \\times 10^{23}$', '5.0 × 10^23'));
  });
});

describe('worked numbers: the tables beside pages', () => {
  const T = 'content/volumes/vol-1/ch-01.numbers.yaml';
  const P = 'content/volumes/vol-1/ch-01.md';
  const body = `## What it covers\n\nScope.\n\n## How it works\n\n${'word '.repeat(420)} A token costs 524,288 bytes, 0.5 MiB.\n\n## In code\n\nSome code.\n`;
  const table = (text: string): SourceFile => ({ path: T, text });
  const compile = (files: SourceFile[]) => compileContent([conceptIds, conceptParts, glossary, chapter(goodChapterFront, body), ...files], facts, new Set());
  const messages = (text: string) => compile([table(text)]).errors.map(formatError);

  it('is classified as a table, not a page or a glossary', () => {
    assert.equal(classify(T), 'numbers');
    assert.equal(classify('content/glossary/x.numbers.yaml'), 'numbers');
    assert.equal(classify('content/concepts/18-inference-loop.numbers.yml'), 'numbers');
    assert.equal(classify('content/concepts/18-inference-loop.md'), 'concept');
  });

  it('passes when every value is recomputed and found in the page, and counts them', () => {
    const r = compile([table('- let: {L: 32, d: 128}\n- value: "524,288"\n  expr: 2 * L * 32 * d * 2\n  name: kv\n- value: "0.5 MiB"\n  expr: kv / 1024**2\n- value: "2"\n  expr: 1 + 1\n')]);
    assert.deepEqual(r.errors.map(formatError), []);
    assert.deepEqual(r.numbers, { tables: 1, entries: 3 });
  });

  it('reports a wrong number at its line in the table, naming the page', () => {
    assert.deepEqual(messages('- let: {L: 32}\n- value: "524,288"\n  expr: 2 * L * 32 * 128 * 4\n'),
      [`${T}:2: "524,288" in ${P}: the expression gives 1048576 (1,048,576.0), which does not print as "524,288" (rounded to 0 decimals)`]);
  });

  it('reports a value the page does not print', () => {
    assert.deepEqual(messages('- value: "262,144"\n  expr: 2**18\n'),
      [`${T}:1: "262,144" does not occur in ${P} (body, quiz or summary): the page and its table disagree`]);
  });

  it('finds values in quiz answers', () => {
    assert.deepEqual(messages('- value: "2"\n  expr: 1 + 1\n- value: "Six"\n  expr: 3 + 3\n'), []);
  });

  it('reports expression errors at the line of the expression', () => {
    assert.deepEqual(messages('- value: "524,288"\n  expr: 2 * L\n'),
      [`${T}:2: "524,288" in ${P}: unknown name "L" (no names are defined before this entry) (column 5 of "2 * L")`]);
    assert.deepEqual(messages('- let:\n    d: 4096\n    n: d / 0\n'),
      [`${T}:3: let n: division by zero (column 3 of "d / 0")`]);
  });

  it('reports names defined twice or shadowing a function, and entries of the wrong shape', () => {
    assert.deepEqual(messages('- let: {d: 1}\n- let: {d: 2, sqrt: 3, 2x: 1}\n'), [
      `${T}:2: "d" is defined twice`,
      `${T}:2: "sqrt" is a built-in function or constant: choose another name`,
      `${T}:2: "2x" is not a name (letters, digits and _, not starting with a digit)`,
    ]);
    assert.deepEqual(messages('- value: "2"\n'),
      [`${T}:1: an entry needs "value" (as the page prints it) and "expr" (the arithmetic that gives it), or "let"`]);
    assert.deepEqual(messages('- let: {d: 1}\n  value: "2"\n  expr: 2\n'),
      [`${T}:1: an entry is either "let" (constants) or "value" with "expr", not both`]);
    assert.deepEqual(messages('- value: 0.50\n  expr: 0.5\n'),
      [`${T}:1: value 0.5 must be quoted text, exactly as the page prints it ("0.5")`]);
    assert.deepEqual(messages('- value: "2"\n  expr: 2\n  tolerence: 1\n'), [`${T}:3: "0": unknown field "tolerence"`]);
    assert.deepEqual(messages('- value: "2"\n  expr: 2\n  rounding: sideways\n'), [`${T}:3: "0.rounding" must be equal to one of the allowed values`]);
    assert.deepEqual(messages('value: "2"\n'), [`${T}:1: the table must be array`]);
  });

  it('reports a table with no page beside it, and YAML errors at their line', () => {
    const stray: SourceFile = { path: 'content/volumes/vol-1/ch-07.numbers.yaml', text: '- value: "1"\n  expr: 1\n' };
    assert.deepEqual(compile([stray]).errors.map(formatError),
      ['content/volumes/vol-1/ch-07.numbers.yaml:1: a numbers table needs its page beside it: no content/volumes/vol-1/ch-07.md']);
    assert.match(messages('- value: "1"\n  expr: [1\n')[0], /^content\/volumes\/vol-1\/ch-01\.numbers\.yaml:\d+: YAML: /);
  });
});
