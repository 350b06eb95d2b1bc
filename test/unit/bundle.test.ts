import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../../scripts/content';
import { readerBuildOptions, scriptCost, type ScriptCost } from '../../scripts/webview-bundle';

/** The built bundles (npm test builds before the unit tier). */
describe('bundles', () => {
  const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
  const pkg = JSON.parse(read('package.json')) as { main: string; browser: string };

  it('has a browser bundle for vscode.dev that needs no Node built-ins', () => {
    const web = read(pkg.browser);
    for (const mod of ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'node:fs']) {
      assert.doesNotMatch(web, new RegExp(`require\\(["']${mod}["']\\)`), `requires ${mod}`);
    }
    assert.match(web, /require\(["']vscode["']\)/);
  });

  it('keeps build-time libraries (markdown-it, KaTeX, ajv) out of the extension bundles', () => {
    for (const bundle of [pkg.main, pkg.browser]) {
      const js = read(bundle);
      assert.doesNotMatch(js, /markdown-it|katex\.renderToString|ajv/i, bundle);
    }
  });

  it('ships KaTeX fonts as woff2 only and no KaTeX JavaScript to the webview', () => {
    const css = read('dist/webview/katex/katex.min.css');
    assert.match(css, /\.woff2/);
    assert.doesNotMatch(css, /\.woff\)|\.ttf/);
    assert.doesNotMatch(read('dist/webview/reader.js'), /renderToString/);
  });
});

/**
 * What a reader page loads, from the production build of the webview (built here in memory with
 * the options `npm run package` uses): a page without a diagram loads reader.js and its static
 * imports, within budget; each diagram's code loads only on the page that shows that diagram.
 */
describe('reader script budget', function () {
  this.timeout(60000);
  const NO_DIAGRAM_BUDGET = 40 * 1024;
  // A page with a diagram: the largest today (limitations) loads about 27 KB in all.
  const DIAGRAM_PAGE_BUDGET = 64 * 1024;
  let cost: ScriptCost;

  before(async () => {
    const r = await esbuild.build({ ...readerBuildOptions(true), absWorkingDir: ROOT, write: false, logLevel: 'silent' });
    cost = scriptCost(r.metafile!);
  });

  it(`loads at most ${NO_DIAGRAM_BUDGET / 1024} KB of script on a page without a diagram`, () => {
    assert.ok(cost.noDiagram > 0, 'the entry has no bytes');
    assert.ok(cost.noDiagram <= NO_DIAGRAM_BUDGET, `a page without a diagram loads ${cost.noDiagram} B: ${cost.noDiagramFiles.join(', ')}`);
  });

  it('keeps every diagram out of the script a page without a diagram loads', () => {
    assert.deepEqual(cost.diagramsInEntry, []);
  });

  it('gives each diagram a chunk of its own, with no other diagram in it', () => {
    const diagramFiles = fs.readdirSync(path.join(ROOT, 'webview', 'diagrams')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'kit.ts');
    assert.ok(diagramFiles.length >= 25, `only ${diagramFiles.length} diagram sources`);
    assert.deepEqual(Object.keys(cost.diagrams).sort(), diagramFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    assert.deepEqual(cost.foreignModules, {});
    for (const [id, d] of Object.entries(cost.diagrams)) {
      assert.ok(d.extra > 0, `${id}: its page loads nothing more than a page without a diagram`);
      assert.ok(cost.noDiagram + d.extra <= DIAGRAM_PAGE_BUDGET, `${id}: its page loads ${cost.noDiagram + d.extra} B`);
    }
  });
});
