import * as assert from 'node:assert/strict';
import { allocate, fittedOptimum, isoFlop, KNOWN_MODELS, loss, powerOfTen, trainingFlops } from '../../../src/core/diagrams/compute-and-scale';

const rel = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) / Math.abs(b) < tol, `${a} ≉ ${b}`);

describe('diagram compute-and-scale', () => {
  it('the Gopher/Chinchilla budget of 5.76e23 FLOPs gives about 70B parameters and 1.4T tokens', () => {
    // C = 6·N·D with D = 20N → C = 120 N² → N = √(5.76e23 / 120) = √(4.8e21) = 6.928e10 ≈ 69.3B
    // D = 20 · 6.928e10 = 1.386e12 ≈ 1.39T
    const { N, D } = allocate(5.76e23);
    rel(N, 6.9282e10, 1e-4);
    rel(D, 1.38564e12, 1e-4);
    rel(trainingFlops(N, D), 5.76e23, 1e-12);
  });

  it('Chinchilla itself (70B, 1.4T tokens) used 5.88e23 FLOPs by the 6ND estimate', () => {
    // 6 · 7e10 · 1.4e12 = 5.88e23
    rel(trainingFlops(70e9, 1.4e12), 5.88e23, 1e-12);
  });

  it('evaluates the fitted loss at Chinchilla’s size', () => {
    // 406.4 / (7e10)^0.34: ln(7e10) = 24.972, ×0.34 = 8.4906, e^8.4906 = 4867.8 → 0.08349
    // 410.7 / (1.4e12)^0.28: ln(1.4e12) = 27.967, ×0.28 = 7.8307, e^7.8307 = 2517.2 → 0.16316
    // L = 1.69 + 0.08349 + 0.16316 = 1.93665
    rel(loss(70e9, 1.4e12), 1.93665, 1e-4);
  });

  it('minimising the fitted loss at 5.76e23 FLOPs', () => {
    // G = (0.34·406.4 / (0.28·410.7))^(1/0.62) = (138.18 / 115.00)^(1.6129) = 1.2016^1.6129 = 1.3447
    // N = 1.3447 · (9.6e22)^(0.28/0.62): ln(9.6e22) = 52.918, ×0.45161 = 23.898, e^23.898 = 2.394e10 → 3.219e10
    // D = 9.6e22 / 3.219e10 = 2.982e12 (about 93 tokens per parameter)
    const { N, D } = fittedOptimum(5.76e23);
    rel(N, 3.219e10, 1e-3);
    rel(D, 2.982e12, 1e-3);
    // It is a minimum along the iso-FLOP line: nearby sizes do worse.
    const [lo, mid, hi] = isoFlop(5.76e23, [N / 1.2, N, N * 1.2]);
    assert.ok(mid < lo && mid < hi);
    // and it beats the 20:1 split, though only by about 0.007
    const rule = allocate(5.76e23);
    const gap = loss(rule.N, rule.D) - loss(N, D);
    assert.ok(gap > 0 && gap < 0.01, String(gap));
  });

  it('the fitted optimum grows as C^0.45 in parameters and C^0.55 in tokens', () => {
    // β/(α+β) = 0.28/0.62 = 0.4516; α/(α+β) = 0.5484
    const a = fittedOptimum(1e22), b = fittedOptimum(1e24);
    rel(Math.log10(b.N / a.N) / 2, 0.28 / 0.62, 1e-9);
    rel(Math.log10(b.D / a.D) / 2, 0.34 / 0.62, 1e-9);
  });

  it('more tokens per parameter at the same budget means a smaller model', () => {
    // ratio 80 instead of 20: N halves (√4 = 2), D doubles
    const a = allocate(1e24, 20), b = allocate(1e24, 80);
    rel(a.N / b.N, 2, 1e-12);
    rel(b.D / a.D, 2, 1e-12);
  });

  it('lists GPT-3 at 3.15e23 FLOPs', () => {
    // 6 · 1.75e11 · 3e11 = 3.15e23
    const gpt3 = KNOWN_MODELS.find((m) => m.name === 'GPT-3')!;
    rel(trainingFlops(gpt3.N, gpt3.D), 3.15e23, 1e-12);
  });
});

describe('diagram compute-and-scale: the compute readout', () => {
  it('writes 10^23.76 as 5.8×10²³ and says it as words', () => {
    // 10^0.76 = 5.754 → 2 significant digits: 5.8
    assert.deepEqual(powerOfTen(23.76), { text: '5.8×10²³', spoken: '5.8 times 10 to the 23' });
    assert.equal(powerOfTen(Math.log10(5.76e23), 3).text, '5.76×10²³');
  });

  it('carries a mantissa that rounds to 10 into the exponent, and writes whole decades as 1×10ⁿ', () => {
    // 10^0.999 = 9.977 → 2 digits: 10 → 1×10¹⁹
    assert.equal(powerOfTen(18.999).text, '1×10¹⁹');
    assert.equal(powerOfTen(18).text, '1×10¹⁸');
    assert.equal(powerOfTen(26).text, '1×10²⁶');
  });

  it('writes negative exponents with a superscript minus', () => {
    assert.equal(powerOfTen(-3).text, '1×10⁻³');
  });
});
