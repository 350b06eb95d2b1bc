/**
 * The computation behind the RAG diagram: a bag-of-words "embedding" over a built-in corpus of
 * eight passages, cosine-similarity retrieval of the top k, and the prompt a generator would
 * receive. Real systems use dense vectors from a trained encoder; the arithmetic of scoring and
 * ranking is the same.
 */

export interface Passage { id: number; title: string; text: string }

export const CORPUS: Passage[] = [
  { id: 1, title: 'KV cache', text: 'The KV cache stores the keys and values of earlier tokens, so each decoding step only computes attention for the newest token.' },
  { id: 2, title: 'Top-p sampling', text: 'Top-p sampling keeps the smallest set of tokens whose probabilities add up to at least p, then renormalises them.' },
  { id: 3, title: 'Temperature', text: 'Temperature divides the logits before the softmax: a low temperature sharpens the distribution and a high temperature flattens it.' },
  { id: 4, title: 'Context window', text: 'The context window is the maximum number of tokens a model can attend to in one forward pass.' },
  { id: 5, title: 'Retrieval', text: 'Retrieval-augmented generation searches a corpus for passages related to the question and places them in the prompt.' },
  { id: 6, title: 'Cosine similarity', text: 'Cosine similarity compares two embedding vectors by the angle between them and ignores their length.' },
  { id: 7, title: 'LoRA', text: 'LoRA adapts a model cheaply by training small low-rank matrices added to frozen weights.' },
  { id: 8, title: 'Vision patches', text: 'A vision transformer cuts an image into square patches and embeds each patch as a token.' },
];

export const QUERIES = [
  'How does temperature change the softmax distribution?',
  'What does the KV cache store during decoding?',
  'How is an image turned into tokens?',
  'Which tokens does top-p sampling keep?',
  'How can I fine-tune a model on a small budget?',
];

/** Function words dropped before counting. */
export const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'by', 'can', 'do', 'does', 'each', 'for', 'how', 'i', 'in', 'into', 'is', 'it',
  'its', 'of', 'on', 'one', 'only', 'or', 'so', 'the', 'their', 'them', 'then', 'to', 'what', 'which', 'whose', 'with',
]);

/** A crude plural stripper: "probabilities" → "probability", "patches" → "patch", "tokens" → "token". */
export function singular(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || !w.endsWith('s')) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Lowercase, split on anything that is not a letter or digit, drop stopwords, singularise. */
export function terms(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOPWORDS.has(w)).map(singular);
}

/** The vocabulary: every term of the corpus, sorted, one vector dimension each. */
export function vocabulary(corpus: Passage[] = CORPUS): string[] {
  return [...new Set(corpus.flatMap((p) => terms(p.text)))].sort();
}

/** Term counts over the vocabulary (query words outside it are ignored, as an encoder would map them elsewhere). */
export function embed(text: string, vocab: string[]): number[] {
  const idx = new Map(vocab.map((w, i) => [w, i]));
  const v = new Array<number>(vocab.length).fill(0);
  for (const t of terms(text)) { const i = idx.get(t); if (i !== undefined) v[i] += 1; }
  return v;
}

/** cos(a, b) = a·b / (‖a‖ ‖b‖); 0 when either vector is all zeros. */
export function cosine(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error('vectors must have the same length');
  let dot = 0; let na = 0; let nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export interface Scored { passage: Passage; score: number; shared: string[]; rank: number }

/** Score every passage against the query, best first (the earlier passage wins a tie). */
export function rank(query: string, corpus: Passage[] = CORPUS): Scored[] {
  const vocab = vocabulary(corpus);
  const q = embed(query, vocab);
  const qTerms = new Set(terms(query));
  return corpus
    .map((p, i) => ({ passage: p, score: cosine(q, embed(p.text, vocab)), shared: [...new Set(terms(p.text).filter((t) => qTerms.has(t)))], i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ passage, score, shared }, r) => ({ passage, score, shared, rank: r + 1 }));
}

/**
 * The k best passages, optionally only those scoring at least `minScore`. Without a threshold
 * a retriever always returns k passages, relevant or not.
 */
export function retrieve(query: string, k: number, minScore = 0, corpus: Passage[] = CORPUS): Scored[] {
  return rank(query, corpus).slice(0, k).filter((s) => s.score >= minScore);
}

/** The text the generator receives: instructions, numbered passages, then the question. */
export function assemblePrompt(query: string, hits: Scored[]): string {
  const ctx = hits.length ? hits.map((h, i) => `[${i + 1}] ${h.passage.text}`).join('\n') : '(no passage matched)';
  return `Answer using only the context. Cite passages as [n]. If the context does not contain the answer, say so.\n\nContext:\n${ctx}\n\nQuestion: ${query}`;
}
