import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/content';

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
