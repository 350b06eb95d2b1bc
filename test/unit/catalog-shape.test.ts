import * as assert from 'node:assert/strict';
import { catalogShapeProblem } from '../../src/core/catalog/shape';
import { splitCatalog } from '../../src/core/catalog/types';
import { compileContent } from '../../src/core/content/compile';
import { conceptIds, conceptParts, facts, glossary } from './fixtures';

const { catalog } = compileContent([conceptIds, conceptParts, glossary], facts, new Set());
const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(splitCatalog(catalog).index)) as Record<string, unknown>;

describe('catalog shape at load', () => {
  it('accepts the catalog the build writes', () => {
    assert.equal(catalogShapeProblem(good()), undefined);
  });

  it('refuses valid JSON of the wrong shape with one readable reason', () => {
    const firstPage = Object.keys(catalog.pages)[0];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the JSON in its own way
    const cases: [string, (c: Record<string, any>) => unknown, RegExp][] = [
      ['an array', () => [], /not an object/],
      ['null', () => null, /not an object/],
      ['no version', (c) => { delete c.version; return c; }, /"version" must be text/],
      ['roots not a list', (c) => ({ ...c, roots: 'vol-1' }), /"roots" must be a list/],
      ['pages a list', (c) => ({ ...c, pages: [] }), /"pages" must be an object/],
      ['terms an object', (c) => ({ ...c, terms: {} }), /"terms" must be a list/],
      ['a page with a number title', (c) => { c.pages[firstPage].title = 3; return c; }, new RegExp(`page "${firstPage}": "title" must be text`)],
      ['a page of unknown kind', (c) => { c.pages[firstPage].kind = 'poem'; return c; }, /unknown kind "poem"/],
      ['a page filed under another id', (c) => { c.pages[firstPage].id = 'elsewhere'; return c; }, /has the id "elsewhere"/],
      ['children not a list', (c) => { c.pages[firstPage].children = null; return c; }, /"children" must be a list of text/],
      ['an unknown child', (c) => { c.pages[firstPage].children = ['nowhere']; return c; }, /unknown child "nowhere"/],
      ['a root that is no page', (c) => ({ ...c, roots: ['nowhere'] }), /root "nowhere" is no page/],
      ['a term without keys', (c) => { delete c.terms[0].keys; return c; }, /term ".+": "keys" must be a list of text/],
      ['a term that is a string', (c) => { c.terms[1] = 'softmax'; return c; }, /term 2 is not an object/],
    ];
    for (const [what, broken, reason] of cases) {
      const problem = catalogShapeProblem(broken(good()));
      assert.ok(problem, `${what}: accepted`);
      assert.match(problem, reason, what);
      assert.ok(!problem.includes('\n'), `${what}: one line`);
    }
  });
});
