import * as assert from 'node:assert/strict';
import { compileContent } from '../../src/core/content/compile';
import { formatError } from '../../src/core/content/diagnostics';
import { checkJson, checkYaml, outputApprox, outputHas, unmetExpectations } from '../../src/core/content/snippet-checks';
import {
  extractSnippets, parseMarker, planPython, stripSnippetMarkers, unusedPackages, versionAtLeast, type Snippet,
} from '../../src/core/content/snippets';
import { chapter, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

const fence = '```';
const page = [
  '---', 'volume: 1', 'packages: {transformers: "4.57", peft: "0.17"}', '---', '## In code', '',
  `${fence}python`, 'print(0.5)', fence, '<!-- snippet: prints "0.5" ~0.50 -->', '',
  `${fence}python partial`, 'return model(x)', fence, '',
  `${fence}TS`, 'const x = 1;', fence, '',
  `${fence}bash`, 'npm test', fence, '',
  '<!-- snippet: prints "lost" -->', '',
  `${fence}md`, '<!-- snippet: prints "inside code" -->', fence, '',
].join('\n');

const py = (code: string, extra: Partial<Snippet> = {}): Snippet => ({
  file: 'f.md', line: 1, codeLine: 2, lang: 'python', info: 'python', code, partial: false, compileOnly: false, expects: [], ...extra,
});

describe('snippets: extraction', () => {
  const p = extractSnippets('content/x.md', page);

  it('finds every fenced block with its file lines, language and flags', () => {
    assert.deepEqual(p.snippets.map((s) => [s.line, s.codeLine, s.lang, s.partial]), [
      [7, 8, 'python', false], [12, 13, 'python', true], [16, 17, 'typescript', false], [20, 21, 'other', false], [26, 27, 'other', false],
    ]);
    assert.equal(p.snippets[0].code, 'print(0.5)\n');
  });

  it('reads the page\'s packages with their line', () => {
    assert.deepEqual(p.packages, { transformers: '4.57', peft: '0.17' });
    assert.equal(p.packagesLine, 3);
  });

  it('attaches the marker after a closing fence to its block, and reports a marker that follows none', () => {
    assert.deepEqual(p.snippets[0].expects, [{ kind: 'text', text: '0.5' }, { kind: 'approx', value: '0.50' }]);
    assert.equal(p.snippets[0].markerLine, 10);
    assert.deepEqual(p.problems, [{ file: 'content/x.md', line: 24, message: 'snippet marker is not on the line right after a code block\'s closing fence' }]);
  });

  it('reports unknown fence words, and expectations on blocks that do not run', () => {
    const bad = extractSnippets('b.md', `${fence}python partal\nx = 1\n${fence}\n\n${fence}python partial\nx\n${fence}\n<!-- snippet: prints "1" -->\n\n${fence}json\n{}\n${fence}\n<!-- snippet: prints "1"; frobnicate -->\n`);
    assert.deepEqual(bad.problems.map((e) => `${e.line}: ${e.message}`), [
      '1: unknown word "partal" after the language of the fence (only "partial" is known)',
      '8: a block that does not run cannot have "prints": remove "partial"/"compile-only" or the expectation',
      '13: unknown snippet marker "frobnicate" (use prints "…", prints ~N or compile-only)',
      '13: "prints" is checked for Python blocks only, not json',
    ]);
  });

  it('reads files without front matter, and rejects packages that are not a mapping', () => {
    assert.equal(extractSnippets('README.md', `# Title\n\n${fence}yaml\na: 1\n${fence}\n`).snippets[0].line, 3);
    assert.deepEqual(extractSnippets('p.md', '---\npackages: [torch]\n---\n').problems, [{ file: 'p.md', line: 2, message: '"packages" must map import names to versions' }]);
  });

  it('parses marker clauses', () => {
    assert.deepEqual(parseMarker(' prints "a \\"b\\"" ~-1.5e3 ; compile-only '), {
      expects: [{ kind: 'text', text: 'a "b"' }, { kind: 'approx', value: '-1.5e3' }], compileOnly: true, problems: [],
    });
    assert.deepEqual(parseMarker('prints 0.5').problems, ['cannot read "0.5" in "prints": write "text" or ~number']);
  });

  it('strips markers outside code only, keeping every line', () => {
    const out = stripSnippetMarkers(page);
    assert.equal(out.split('\n').length, page.split('\n').length);
    assert.doesNotMatch(out, /prints "0\.5"/);
    assert.doesNotMatch(out, /prints "lost"/);
    assert.match(out, /<!-- snippet: prints "inside code" -->/);
  });
});

describe('snippets: output expectations', () => {
  it('finds text only as a whole token', () => {
    assert.ok(outputHas('loss 0.5\n', '0.5'));
    assert.ok(outputHas('[0.5, 1]', '0.5'));
    assert.ok(!outputHas('0.55', '0.5'));
    assert.ok(!outputHas('10.5', '0.5'));
    assert.ok(!outputHas('-0.5', '0.5'));
    assert.ok(outputHas('-0.5', '-0.5'));
    assert.ok(!outputHas('0.5.1', '0.5'));
    assert.ok(outputHas('tensor([[1.]])', 'tensor('));
  });

  it('matches a number at the precision it is written with', () => {
    assert.ok(outputApprox('0.1677721600000001', '0.168'));
    assert.ok(outputApprox('0.1677721600000001', '0.17'));
    assert.ok(!outputApprox('0.1677721600000001', '0.167'));
    assert.ok(outputApprox("{'days': 53.25}", '53'));
    assert.ok(outputApprox('C=5.88e+23 FLOPs', '5.9e23'));
    assert.ok(!outputApprox('C=5.88e+23 FLOPs', '5.8e23'));
    assert.ok(outputApprox('tensor([[ 0.6652, -0.7553,  0.0900]])', '-0.755'));
    assert.ok(!outputApprox('tensor([[ 0.6652, -0.7553,  0.0900]])', '0.755'));
  });

  it('says which expectations the output misses', () => {
    const s = py('', { expects: [{ kind: 'text', text: 'ok' }, { kind: 'approx', value: '1.41' }] });
    assert.deepEqual(unmetExpectations(s, 'ok 1.4076'), []);
    assert.deepEqual(unmetExpectations(s, 'no 1.5'), ['expected the output to show "ok"', 'expected a number that rounds to 1.41 in the output']);
  });
});

describe('snippets: how Python is checked', () => {
  const stdlib = new Set(['math', 'json', 'asyncio']);
  const imp = (...names: string[]) => names.map((name, i) => ({ name, line: i + 1 }));

  it('runs blocks that need only the standard library, NumPy and PyTorch', () => {
    assert.deepEqual(planPython(py(''), imp('math', 'torch', 'numpy'), stdlib, {}), { run: true, needs: ['numpy', 'torch'], undeclared: [], tooOld: [] });
    assert.equal(planPython(py('', { partial: true }), imp('math'), stdlib, {}).run, false);
    assert.equal(planPython(py('', { compileOnly: true }), [], stdlib, {}).run, false);
  });

  it('compiles the rest, and names imports the page does not declare', () => {
    const plan = planPython(py(''), imp('torch', 'transformers', 'peft', '.local'), stdlib, { transformers: '4.57' });
    assert.equal(plan.run, false);
    assert.deepEqual(plan.undeclared, [{ name: 'peft', line: 3 }, { name: '.local', line: 4 }]);
  });

  it('does not run a block whose declared NumPy/PyTorch version is newer than the installed one', () => {
    assert.deepEqual(planPython(py(''), imp('torch'), stdlib, { torch: '2.0' }, { torch: '1.13.0a0+gitunknown' }).tooOld, [{ lib: 'torch', need: '2.0', have: '1.13.0a0+gitunknown' }]);
    assert.deepEqual(planPython(py(''), imp('torch'), stdlib, { torch: '2.0' }, { torch: '2.1.0' }).tooOld, []);
    assert.ok(versionAtLeast('1.24.2', '1.24') && versionAtLeast('2.0', '2.0.0') && !versionAtLeast('1.9', '1.10'));
  });

  it('names declared packages no block imports', () => {
    assert.deepEqual(unusedPackages({ transformers: '4.57', trl: '0.23' }, ['transformers', 'torch']), ['trl']);
  });
});

describe('snippets: JSON and YAML', () => {
  it('accepts one JSON value or several in a row, and gives the line of an error', () => {
    assert.equal(checkJson('{"a": [1, "}"]}\n'), undefined);
    assert.equal(checkJson('{"id": 1}\n\n{"id": 2,\n "x": "a\\"}"}\n[1]\n'), undefined);
    assert.deepEqual(checkJson('{"id": 1}\n{"id": 2,\n "x": 1,}\n'), { line: 3, message: checkJson('{"id": 2,\n "x": 1,}')!.message });
    assert.match(checkJson('{"a": …}')!.message, /^JSON: /);
    assert.deepEqual(checkJson('  \n'), { line: 1, message: 'JSON: the block is empty' });
  });

  it('accepts several YAML documents and gives the line of an error', () => {
    assert.equal(checkYaml('---\na: 1\nb: [x]\n---\n'), undefined);
    assert.deepEqual(checkYaml('a: 1\nb: [x\n')?.line, 3);
    assert.match(checkYaml('a: 1\na: 2\n')!.message, /^YAML: .*unique/i);
  });
});

describe('snippets: the build', () => {
  const body = (extra: string) => `## What it covers\n\nScope.\n\n## How it works\n\n${'word '.repeat(450)}\n\n## In code\n\n${fence}python\nprint(1)\n${fence}\n${extra}\n`;
  const build = (front: string, extra = '') => compileContent([conceptIds, conceptParts, glossary, chapter(front, body(extra))], facts, new Set());

  it('accepts packages in the front matter and keeps markers out of the page', () => {
    const { catalog, errors } = build(`${goodChapterFront}\npackages: {transformers: "4.57", agent_framework: "1.0.0b251001"}`, '<!-- snippet: prints "1" -->');
    assert.deepEqual(errors, []);
    assert.doesNotMatch(catalog.pages['vol-1/ch-1'].html, /snippet/);
  });

  it('rejects a package version that is not a version, at its line', () => {
    const errs = build(`${goodChapterFront}\npackages: {transformers: latest}`).errors.map(formatError);
    assert.deepEqual(errs, ['content/volumes/vol-1/ch-01.md:16: "packages.transformers" must match pattern "^[0-9]+(\\.[0-9]+)*([a-z]+[0-9]*)?$"']);
  });
});
