import * as assert from 'node:assert/strict';
import { dpoLoss, expectedReward, implicitReward, kl, optimalPolicy, preferenceProb, TOY, tradeoffCurve } from '../../../src/core/diagrams/rlhf';

const near = (a: number, b: number, tol = 1e-4) => assert.ok(Math.abs(a - b) < tol, `${a} ≉ ${b}`);

describe('diagram rlhf', () => {
  it('two responses, π_ref = (½, ½), r = (1, 0), β = 1', () => {
    // π* ∝ (½e, ½) → (e/(e+1), 1/(e+1)) = (0.73106, 0.26894)
    // E[r] = 0.73106
    // KL = 0.73106·ln(1.46212) + 0.26894·ln(0.53788) = 0.73106·0.37989 − 0.26894·0.62012 = 0.27772 − 0.16678 = 0.11094
    const pi = optimalPolicy([0.5, 0.5], [1, 0], 1);
    near(pi[0], 0.73106);
    near(pi[1], 0.26894);
    near(expectedReward(pi, [1, 0]), 0.73106);
    near(kl(pi, [0.5, 0.5]), 0.11094);
  });

  it('large β stays at the reference; small β picks the best response', () => {
    const big = optimalPolicy(TOY.piRef, TOY.rewards, 1e6);
    big.forEach((p, i) => near(p, TOY.piRef[i], 1e-5));
    near(kl(big, TOY.piRef), 0, 1e-9);
    const small = optimalPolicy(TOY.piRef, TOY.rewards, 0.01);
    near(small[0], 1, 1e-9);
    // then KL = ln(1/π_ref(best)) = ln 5 = 1.60944
    near(kl(small, TOY.piRef), Math.log(5), 1e-6);
  });

  it('lowering β trades more KL for more reward', () => {
    const c = tradeoffCurve(TOY.piRef, TOY.rewards, [10, 3, 1, 0.3, 0.1]);
    for (let i = 1; i < c.length; i++) {
      assert.ok(c[i].reward > c[i - 1].reward);
      assert.ok(c[i].kl > c[i - 1].kl);
    }
  });

  it('the reward model’s Bradley–Terry probability', () => {
    // σ(2.0 − 1.2) = σ(0.8) = 1 / (1 + e^−0.8) = 0.68997
    near(preferenceProb(2.0, 1.2), 0.68997);
    near(preferenceProb(1, 1), 0.5, 1e-12);
  });

  it('DPO loss for one pair', () => {
    // β = 0.1; log-ratios: chosen +0.5, rejected −0.5 → margin 0.1·1.0 = 0.1
    // −log σ(0.1) = ln(1 + e^−0.1) = ln(1.904837) = 0.64440
    near(dpoLoss(0.2 * Math.exp(0.5), 0.3 * Math.exp(-0.5), 0.2, 0.3, 0.1), 0.64440);
    // a policy equal to the reference has margin 0: loss ln 2 = 0.69315
    near(dpoLoss(0.2, 0.3, 0.2, 0.3, 0.1), Math.LN2, 1e-12);
    // stays finite for huge margins
    assert.ok(Number.isFinite(dpoLoss(1, 1e-300, 1e-300, 1, 10)));
  });

  it('the implicit reward of π* recovers reward differences exactly (why DPO works)', () => {
    // β log(π*/π_ref) = r − β log Z, so differences between responses equal r(a) − r(b)
    const beta = 0.7;
    const pi = optimalPolicy(TOY.piRef, TOY.rewards, beta);
    const imp = pi.map((p, i) => implicitReward(p, TOY.piRef[i], beta));
    near(imp[0] - imp[4], TOY.rewards[0] - TOY.rewards[4], 1e-9);
    near(imp[1] - imp[2], TOY.rewards[1] - TOY.rewards[2], 1e-9);
    // so at π* the DPO loss of a pair equals the Bradley–Terry loss −log σ(r_w − r_l):
    // −log σ(2.0 − (−2.0)) = ln(1 + e^−4) = 0.01815
    near(dpoLoss(pi[0], pi[4], TOY.piRef[0], TOY.piRef[4], beta), Math.log1p(Math.exp(-4)), 1e-9);
  });

  it('rejects bad input', () => {
    assert.throws(() => optimalPolicy([1], [1, 2], 1), /same length/);
    assert.throws(() => optimalPolicy([1], [1], 0), /beta/);
  });
});
