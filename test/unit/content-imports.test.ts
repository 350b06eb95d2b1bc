import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** The files of src/core/content import each other one way only: no file reaches itself again. */
const DIR = path.resolve(__dirname, '..', '..', 'src', 'core', 'content');

/** file → the files of the folder it imports (type-only imports count: they tie the files together too). */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(dir, f), 'utf8'), true, false);
    const local = importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('./'))
      .map((s) => `${s.slice(2).replace(/\.ts$/, '')}.ts`);
    graph.set(f, [...new Set(local)]);
  }
  return graph;
}

/** The first cycle found, as a path `a.ts → b.ts → a.ts`, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      const cycle = visit(g);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of [...graph.keys()].sort()) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('src/core/content imports', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const g = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
    assert.deepEqual(findCycle(g), ['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    assert.equal(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', []], ['c.ts', ['a.ts', 'b.ts']]])), undefined);
  });

  it('has no import cycle', () => {
    const graph = importGraph(DIR);
    assert.ok(graph.has('compile.ts') && graph.get('compile.ts')!.length > 0, 'reads the real folder');
    for (const [f, deps] of graph) for (const d of deps) assert.ok(graph.has(d), `${f} imports ./${d}, which is not in the folder`);
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${cycle?.join(' → ')}`);
  });

  it('keeps every file of the compiler under 300 lines', () => {
    for (const f of fs.readdirSync(DIR).filter((n) => n.endsWith('.ts'))) {
      const lines = fs.readFileSync(path.join(DIR, f), 'utf8').split('\n').length;
      assert.ok(lines <= 300, `${f} has ${lines} lines`);
    }
  });
});
