import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileRepoContent, ROOT } from '../../scripts/content';
import { codeBlockText } from '../../src/core/reader/codeBlocks';
import { htmlToText } from '../../src/core/text';
import { isWebviewMessage } from '../../src/core/protocol';

describe('code blocks: what the reader\'s Copy button copies', () => {
  const { catalog } = compileRepoContent();

  it('gives back, for every code block of every page, exactly the code its Markdown holds', () => {
    let checked = 0;
    for (const page of Object.values(catalog.pages)) {
      const file = page.kind === 'chapter' ? path.join(ROOT, 'content', 'volumes', page.id.split('/')[0], `ch-${page.id.split('-').pop()!.padStart(2, '0')}.md`) : undefined;
      if (!file || !fs.existsSync(file)) continue;
      const fences = [...fs.readFileSync(file, 'utf8').matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
      fences.forEach((code, i) => {
        assert.equal(codeBlockText(page.html, i), code, `${page.id} block ${i}`);
        checked++;
      });
      assert.equal(codeBlockText(page.html, fences.length), undefined, `${page.id}: no block after the last`);
    }
    assert.ok(checked > 30, `${checked} blocks checked`);
  });

  it('decodes the character references HTML escaping writes, and leaves unknown ones as they are', () => {
    assert.equal(htmlToText('<span class="k">if</span> a &lt; b &amp;&amp; c &gt; d: s = &quot;x&#39;y&#x27;&quot;'), 'if a < b && c > d: s = "x\'y\'"');
    assert.equal(htmlToText('&bogus; &#0; &#x110000;'), '&bogus; &#0; &#x110000;');
    assert.equal(codeBlockText('<pre><code>x</code></pre>', -1), undefined);
    assert.equal(codeBlockText('<pre><code>x</code></pre>', 0.5), undefined);
  });

  it('accepts a copy request only as a block index of a page', () => {
    assert.ok(isWebviewMessage({ type: 'copyCode', id: 'vol-2/ch-4', block: 0 }));
    for (const bad of [{ block: -1 }, { block: 1.5 }, { block: '0' }, { block: 1000 }, { block: 0, text: 'rm -rf /' }]) {
      assert.equal(isWebviewMessage({ type: 'copyCode', id: 'vol-2/ch-4', ...bad }), false, JSON.stringify(bad));
    }
  });
});
