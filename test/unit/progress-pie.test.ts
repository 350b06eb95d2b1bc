import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PIE_COLOURS, PIE_STEPS, pieFile, pieStep, pieSvg } from '../../src/core/progress/pie';

describe('read-progress pie icon', () => {
  it('is empty only with nothing read and full only with everything read', () => {
    assert.equal(pieStep(0, 14), 0);
    assert.equal(pieStep(1, 100), 1, 'one page read shows');
    assert.equal(pieStep(99, 100), PIE_STEPS - 1, 'one page left shows');
    assert.equal(pieStep(14, 14), PIE_STEPS);
    assert.equal(pieStep(7, 14), PIE_STEPS / 2);
    assert.equal(pieStep(3, 0), 0);
  });

  it('draws a wedge that grows with the step', () => {
    assert.doesNotMatch(pieSvg(0, '#000'), /<path|fill="#000"/);
    assert.match(pieSvg(2, '#000'), /A6 6 0 0 1 14\.000 8\.000Z/, 'a quarter ends at 3 o\'clock');
    assert.match(pieSvg(6, '#000'), / 0 1 1 /, 'more than half takes the large arc');
    assert.match(pieSvg(PIE_STEPS, '#000'), /<circle[^>]*fill="#000"/);
  });

  it('ships every icon as the generator draws it (npx tsx scripts/write-progress-icons.ts)', () => {
    for (let step = 0; step <= PIE_STEPS; step++) {
      for (const theme of ['light', 'dark'] as const) {
        const file = path.join(__dirname, '..', '..', 'media', 'progress', pieFile(step, theme));
        assert.equal(fs.readFileSync(file, 'utf8'), pieSvg(step, PIE_COLOURS[theme]), file);
      }
    }
  });
});
