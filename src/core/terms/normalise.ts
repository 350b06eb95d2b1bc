/** One spelling for every way code writes a term: `top_p`, `topP`, `Top-P` and `top p` all become `topp`. */
export function normaliseKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
