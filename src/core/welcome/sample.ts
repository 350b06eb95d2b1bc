/**
 * The few lines of model code the walkthrough's "Try a hover" step opens in an untitled editor:
 * real PyTorch, with the terms the hover explains, and the cursor put on the first of them.
 */
export const HOVER_SAMPLE = [
  'import torch',
  '',
  '# Hover a word: softmax, top_p, temperature, past_key_values, n_head.',
  'def sample_next(logits, temperature=0.8, top_p=0.9):',
  '    probs = torch.softmax(logits / temperature, dim=-1)',
  '    sorted_probs, order = torch.sort(probs, descending=True)',
  '    keep = torch.cumsum(sorted_probs, dim=-1) - sorted_probs < top_p',
  '    sorted_probs = sorted_probs * keep',
  '    choice = torch.multinomial(sorted_probs / sorted_probs.sum(), 1)',
  '    return order.gather(-1, choice)',
  '',
  '# A decoder keeps past_key_values so each new token attends without recomputing the prefix.',
  'n_head, head_dim = 12, 64',
  '',
].join('\n');

/** Where the cursor goes: on `softmax` in the code (not in the comment), as a line and column. */
export function hoverSampleCursor(text = HOVER_SAMPLE, word = 'softmax'): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => !l.trimStart().startsWith('#') && l.includes(word));
  if (line < 0) throw new Error(`the sample has no "${word}" in code`);
  return { line, character: lines[line].indexOf(word) + 1 };
}
