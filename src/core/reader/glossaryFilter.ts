import { escapeRegExp } from '../text';

/**
 * What the glossary page's filter keeps: an entry whose title or definition has a word that
 * starts with the text ("lora" finds LoRA and LoRA's, not "exploration"), or one of whose code
 * spellings starts with it once both are normalised ("lora_al" finds the key `loraalpha`).
 * Pure, so the webview and the unit tests share it.
 */
export function glossaryMatcher(query: string): (text: string, keys: readonly string[]) => boolean {
  const q = query.trim().toLowerCase();
  if (!q) return () => true;
  const key = q.replace(/[^a-z0-9]/g, '');
  const word = new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(q)}`);
  return (text, keys) => word.test(text.toLowerCase()) || (key !== '' && keys.some((k) => k.startsWith(key)));
}
