import * as assert from 'node:assert/strict';
import {
  CALIB, addition, calibration, chainSuccess, latestAt, maxSteps, middleAccuracy, monthLabel, sigmoid, splitNumber, staleness, unitsOffset,
} from '../../../src/core/diagrams/limitations';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);

describe('diagram limitations', () => {
  it('numbers split per digit or in groups of up to three from the left', () => {
    assert.deepEqual(splitNumber('4821', 'digit'), ['4', '8', '2', '1']);
    assert.deepEqual(splitNumber('4821', 'group3'), ['482', '1']);
    assert.deepEqual(splitNumber('1000000', 'group3'), ['100', '000', '0']);
    assert.equal(unitsOffset(['482', '1']), 0);
    assert.equal(unitsOffset(['397']), 2);
    assert.throws(() => splitNumber('12a', 'digit'), /digits only/);
  });
  it('token boundaries and place value: 4821 + 397 = 5218', () => {
    // group3: 482|1 + 397 = 521|8 → units digit at offsets 0, 2, 0 → not aligned
    const g = addition('4821', '397', 'group3');
    assert.equal(g.value, '5218');
    assert.deepEqual(g.sum, ['521', '8']);
    assert.equal(g.aligned, false);
    // one digit per token always aligns
    assert.equal(addition('4821', '397', 'digit').aligned, true);
    // BigInt keeps long sums exact: 123456789 + 98765 = 123555554
    assert.equal(addition('123456789', '98765', 'group3').value, '123555554');
  });
  it('errors compound over a chain of steps', () => {
    // 0.95^20 ≈ 0.3585: twenty 95%-reliable steps succeed about a third of the time
    close(chainSuccess(0.95, 20), 0.95 ** 20);
    assert.ok(Math.abs(chainSuccess(0.95, 20) - 0.3585) < 1e-4);
    // ln 0.5 / ln 0.95 = 13.51 → 13 steps keep success ≥ 50%; at 0.99: 68.97 → 68
    assert.equal(maxSteps(0.95, 0.5), 13);
    assert.equal(maxSteps(0.99, 0.5), 68);
    assert.equal(maxSteps(1, 0.5), Infinity);
  });
  it('the toy lost-in-the-middle curve is U-shaped', () => {
    // pos 1 of 20: 0.55 + 0.2·e^0 + 0.25·e^(−19/3) = 0.75 + 0.25·0.00178 ≈ 0.75045
    close(middleAccuracy(1, 20), 0.55 + 0.2 + 0.25 * Math.exp(-19 / 3));
    const mid = middleAccuracy(10, 20);
    assert.ok(mid < middleAccuracy(1, 20) && mid < middleAccuracy(20, 20));
    assert.throws(() => middleAccuracy(0, 20), /out of range/);
  });
  it('ECE on a two-item set worked by hand', () => {
    // logit ln 3 → sigmoid = 3/4; one right, one wrong → bin [0.5, 1): acc 0.5, conf 0.75 → ECE 0.25
    const two = [{ logit: Math.log(3), correct: true }, { logit: Math.log(3), correct: false }];
    const c = calibration(two, 1, 2);
    close(c.ece, 0.25);
    assert.equal(c.bins[1].count, 2);
    // T = 2: sigmoid(ln √3) = √3 / (1 + √3) ≈ 0.634 → ECE ≈ 0.134
    close(calibration(two, 2, 2).ece, Math.sqrt(3) / (1 + Math.sqrt(3)) - 0.5);
    close(sigmoid(0), 0.5);
  });
  it('the toy set is over-confident at T = 1 and better calibrated at T = 3', () => {
    const t1 = calibration(CALIB, 1, 5);
    assert.equal(t1.accuracy, 0.65); // 13 of 20
    assert.ok(t1.meanConfidence > 0.78 && t1.meanConfidence < 0.8);
    const t3 = calibration(CALIB, 3, 5);
    assert.ok(t3.ece < t1.ece / 5);
    // bins partition the items
    assert.equal(t3.bins.reduce((a, b) => a + b.count, 0), 20);
  });
  it('knowledge cutoff: the model names the newest release it saw', () => {
    assert.equal(monthLabel(40), '2023-05');
    assert.equal(latestAt(2), undefined);
    assert.equal(latestAt(33)?.version, '3.0');
    // cutoff 2023-05, asked 2025-06: believes 3.0, truth 5.0, missed 4.0 and 5.0, 25 months apart
    assert.deepEqual(staleness(40, 65), { believed: '3.0', actual: '5.0', stale: true, missed: 2, gapMonths: 25 });
    assert.equal(staleness(50, 50).stale, false);
  });
});
