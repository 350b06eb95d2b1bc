import * as assert from 'node:assert/strict';
import { zipParts } from '../../bench/offline';
import { spread, summaryJson, table, verdict, type Figure } from '../../bench/stats';

/** A zip with stored (uncompressed) entries: enough of the format for zipParts to read. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt32LE(data.length, 20); dir.writeUInt32LE(data.length, 24); dir.writeUInt16LE(n.length, 28); dir.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(dir, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(entries).length, 8); end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('bench report', () => {
  it('gives min, median and max, the median of an even count halfway', () => {
    assert.deepEqual(spread([3, 1, 2]), { min: 1, median: 2, max: 3, n: 3 });
    assert.deepEqual(spread([4, 1, 2, 3]), { min: 1, median: 2.5, max: 4, n: 4 });
    assert.equal(spread([]), undefined);
  });

  it('judges the median of ours or of the ratio against the target', () => {
    const f: Figure = { key: 'k', label: 'l', unit: 'ms', ours: [5, 50, 500], ratios: [0.05, 0.2, 0.3], target: { on: 'ratio', max: 0.1, text: '≤ 0.1' } };
    assert.equal(verdict(f), 'OVER');
    assert.equal(verdict({ ...f, target: { on: 'ours', max: 60, text: '≤ 60' } }), 'ok');
    assert.equal(verdict({ ...f, target: { on: 'ours', min: 100, text: '≥ 100' } }), 'OVER');
  });

  it('prints a figure that was not measured with its reason, never a number', () => {
    const figures: Figure[] = [
      { key: 'a', label: 'measured', unit: 'KB', ours: [10, 12], peer: { label: 'peer', samples: [20, 20] }, ratios: [0.5, 0.6] },
      { key: 'b', label: 'skipped', unit: 'ms', ours: [], notMeasured: 'no Chromium' },
    ];
    const text = table(figures);
    assert.match(text, /measured +\| KB +\| 10\.0 \/ 11\.0 \/ 12\.0 +\| peer/);
    assert.match(text, /skipped +\| ms +\| not measured: no Chromium/);
    const json = summaryJson(figures) as Record<string, Record<string, unknown>>;
    assert.deepEqual(json.b, { not_measured: 'no Chromium' });
    assert.deepEqual(json.a.ratio, { min: 0.5, median: 0.55, max: 0.6, n: 2 });
  });

  it('adds up a zip\'s compressed bytes by folder', () => {
    const parts = zipParts(zip({ 'extension/dist/pages/a.html': 'aaaa', 'extension/dist/pages/b.html': 'bb', 'extension/README.md': 'r' }));
    assert.deepEqual(parts, { 'dist/pages': 6, 'README.md': 1 });
    assert.throws(() => zipParts(Buffer.from('not a zip')), /not a zip/);
  });
});
