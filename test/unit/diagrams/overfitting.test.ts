import * as assert from 'node:assert/strict';
import { fitReport, leastSquares, makeDataset, mse, mulberry32, polyfit, polyval } from '../../../src/core/diagrams/overfitting';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('diagram overfitting', () => {
  it('recovers the coefficients of exact polynomial data', () => {
    // y = 1 − 2x + 0.5x² at x = −2…2: 7, 3.5, 1, −0.5, −1
    const xs = [-2, -1, 0, 1, 2];
    const ys = [7, 3.5, 1, -0.5, -1];
    const c = polyfit(xs, ys, 2);
    close(c[0], 1);
    close(c[1], -2);
    close(c[2], 0.5);
    // a cubic 0.3x³ − x + 2 sampled at 7 points, fitted with degree 3
    const xs3 = [-1.5, -1, -0.5, 0, 0.5, 1, 1.5];
    const c3 = polyfit(xs3, xs3.map((x) => 0.3 * x ** 3 - x + 2), 3);
    [2, -1, 0, 0.3].forEach((v, i) => close(c3[i], v));
  });
  it('least-squares line through (0,0), (1,1), (2,1) is y = 1/6 + x/2', () => {
    // slope = Σ(x − 1)(y − 2/3) / Σ(x − 1)² = (2/3 + 1/3) / 2 = 1/2; intercept = 2/3 − 1/2 = 1/6
    const c = leastSquares([[1, 0], [1, 1], [1, 2]], [0, 1, 1]);
    close(c[0], 1 / 6);
    close(c[1], 0.5);
    assert.throws(() => leastSquares([[1, 2, 3]], [1]), /at least 3 points/);
  });
  it('polyval uses c_0 + c_1 x + c_2 x²; mse averages squared residuals', () => {
    assert.equal(polyval([1, 2, 3], 2), 17); // 1 + 4 + 12
    // line y = x against points (0, 1) and (2, 2): residuals −1, 0 → MSE 0.5
    assert.equal(mse([0, 1], [{ x: 0, y: 1 }, { x: 2, y: 2 }]), 0.5);
  });
  it('the seeded data set is deterministic, split 12/8, with both end points in training', () => {
    const a = makeDataset(42);
    const b = makeDataset(42);
    assert.deepEqual(a, b);
    assert.equal(a.train.length, 12);
    assert.equal(a.validation.length, 8);
    assert.ok(a.train.some((p) => p.x === -1) && a.train.some((p) => p.x === 1));
    assert.notDeepEqual(makeDataset(7).train, a.train);
    const r = mulberry32(1);
    const v = r();
    assert.ok(v >= 0 && v < 1);
  });
  it('degree 11 interpolates the 12 training points; validation error is then far above training error', () => {
    const d = makeDataset(42);
    const hi = fitReport(d, 11);
    assert.ok(hi.trainMse < 1e-12);
    const mid = fitReport(d, 3);
    assert.ok(hi.validationMse > 10 * mid.validationMse);
    // training error never rises with degree (nested models)
    for (let k = 1; k <= 11; k++) assert.ok(fitReport(d, k).trainMse <= fitReport(d, k - 1).trainMse + 1e-12);
  });
});
