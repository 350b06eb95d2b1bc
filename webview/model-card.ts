import { liveFigures, type ModelCardView } from '../src/core/models/card';

/**
 * A model card in the reader: the HTML comes from the host's pure renderer (escaped there);
 * here the batch-size, context and token-count controls recompute the KV cache and 6·N·D
 * live from the card's typed numbers.
 */
export function renderModelCard(root: HTMLElement, card: ModelCardView): () => void {
  root.replaceChildren();
  root.dataset.page = card.id;
  const wrap = document.createElement('div');
  wrap.className = 'model-card';
  wrap.innerHTML = card.html; // built and escaped by src/core/models/card.ts on the host
  root.append(wrap);

  const input = (name: string) => wrap.querySelector<HTMLInputElement>(`input[data-card-input="${name}"]`);
  const out = (name: string) => wrap.querySelectorAll<HTMLElement>(`[data-card-out="${name}"]`);
  const read = (name: string, fallback: number, max: number) => {
    const v = Number(input(name)?.value);
    return Number.isFinite(v) && v >= 1 ? Math.min(Math.floor(v), max) : fallback;
  };
  const update = () => {
    const f = liveFigures(card.data, {
      batch: read('batch', 1, 4096),
      context: read('context', card.data.maxContext ?? 2048, 1e8),
      tokens: read('tokens', (card.data.params ?? 1) * 20, 1e16),
    });
    out('kv-total').forEach((e) => { e.textContent = f.kvTotal; });
    out('kv-formula').forEach((e) => { e.textContent = f.kvFormula; });
    out('train-flops').forEach((e) => { e.textContent = f.trainFlops; });
    out('train-formula').forEach((e) => { e.textContent = f.trainFormula; });
  };
  wrap.addEventListener('input', update);
  update();
  requestAnimationFrame(() => {
    if (document.hasFocus()) (document.getElementById('page-title') as HTMLElement | null)?.focus({ preventScroll: true });
  });
  return () => wrap.removeEventListener('input', update);
}
