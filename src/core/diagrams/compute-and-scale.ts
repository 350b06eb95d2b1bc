/**
 * The computation behind the Compute & Scale diagram: training compute C ≈ 6·N·D, the
 * Chinchilla rule of thumb D ≈ 20·N, and the parametric loss fitted by Hoffmann et al. (2022),
 *   L(N, D) = E + A / N^α + B / D^β,  E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28,
 * whose minimum along C = 6ND is N_opt = G·(C/6)^(β/(α+β)), D_opt = (C/6) / N_opt with
 * G = (αA / (βB))^(1/(α+β)).
 */

export const CHINCHILLA = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const;

export type LossFit = { E: number; A: number; B: number; alpha: number; beta: number };

/** Training FLOPs: about 6 per parameter per token (2 forward, 4 backward). */
export function trainingFlops(N: number, D: number): number {
  return 6 * N * D;
}

/** Split a budget C so that D = ratio · N and 6ND = C: N = √(C / (6·ratio)). */
export function allocate(C: number, ratio = 20): { N: number; D: number } {
  const N = Math.sqrt(C / (6 * ratio));
  return { N, D: ratio * N };
}

export function loss(N: number, D: number, fit: LossFit = CHINCHILLA): number {
  return fit.E + fit.A / N ** fit.alpha + fit.B / D ** fit.beta;
}

/** The N, D that minimise the fitted loss under 6ND = C. */
export function fittedOptimum(C: number, fit: LossFit = CHINCHILLA): { N: number; D: number } {
  const G = ((fit.alpha * fit.A) / (fit.beta * fit.B)) ** (1 / (fit.alpha + fit.beta));
  const N = G * (C / 6) ** (fit.beta / (fit.alpha + fit.beta));
  return { N, D: C / 6 / N };
}

/** Loss along the iso-FLOP line D = C / (6N), sampled at the given N. */
export function isoFlop(C: number, Ns: number[], fit: LossFit = CHINCHILLA): number[] {
  return Ns.map((N) => loss(N, C / (6 * N), fit));
}

export interface KnownModel { name: string; N: number; D: number; cite: string }

/** Parameter and token counts as reported by each model's paper. */
export const KNOWN_MODELS: KnownModel[] = [
  { name: 'GPT-3', N: 175e9, D: 300e9, cite: 'Brown et al., 2020' },
  { name: 'Gopher', N: 280e9, D: 300e9, cite: 'Rae et al., 2021' },
  { name: 'Chinchilla', N: 70e9, D: 1.4e12, cite: 'Hoffmann et al., 2022' },
  { name: 'Llama 2 7B', N: 7e9, D: 2e12, cite: 'Touvron et al., 2023' },
  { name: 'Llama 3 8B', N: 8e9, D: 15e12, cite: 'Dubey et al., 2024' },
];

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A power of ten written for people: log₁₀ C = 23.76 → { text: "5.8×10²³", spoken: "5.8 times
 * 10 to the 23" }. The slider moves in decades, and "1e23.76" reads as neither a number nor a
 * formula; the spoken form is for aria-valuetext, where superscript digits are not read out.
 */
export function powerOfTen(log10: number, digits = 2): { text: string; spoken: string } {
  let e = Math.floor(log10);
  let m = Number((10 ** (log10 - e)).toPrecision(digits));
  if (m >= 10) { m = Number((m / 10).toPrecision(digits)); e += 1; } // 9.96 rounds up to 10
  const sup = String(Math.abs(e)).split('').map((d) => SUPERSCRIPT[Number(d)]).join('');
  return { text: `${m}×10${e < 0 ? '⁻' : ''}${sup}`, spoken: `${m} times 10 to the ${e}` };
}
