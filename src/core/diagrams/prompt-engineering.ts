/**
 * The computation behind the Prompt Engineering diagram: a prompt assembled from optional parts
 * (system message, instructions, few-shot examples, input) in a ChatML-style chat template or as
 * plain text, and a token estimate for each part.
 *
 * Token estimate (documented, deliberately simple): one token per special marker such as
 * <|im_start|>, one per run of letters, one per run of digits, and one per any other
 * non-space character; whitespace is free. Real BPE tokenizers merge and split differently, so
 * treat the count as an estimate. `charEstimate` gives the other common rule of thumb,
 * characters / 4.
 */

export type PartId = 'system' | 'instructions' | 'examples' | 'input';
export type Piece = PartId | 'template';
export type Template = 'chatml' | 'plain';

export const PART_IDS: PartId[] = ['system', 'instructions', 'examples', 'input'];

export const SYSTEM = 'You are the support assistant of an online bookshop. Be brief and polite.';
export const INSTRUCTIONS = 'Classify the customer message as billing, shipping, account or other. Reply with the label only, in lowercase.';
export const EXAMPLES: { input: string; output: string }[] = [
  { input: 'I was charged twice for one order.', output: 'billing' },
  { input: 'My parcel has not arrived after ten days.', output: 'shipping' },
];
export const INPUT = "I can't log in since I changed my email address.";

export interface Segment { part: Piece; text: string }

const SPECIAL = /<\|[a-z_]+\|>/g;

/** Split text into estimated tokens (see the module comment for the rule). */
export function tokenize(text: string): string[] {
  return text.match(/<\|[a-z_]+\|>|[A-Za-z]+|\d+|[^\sA-Za-z\d]/g) ?? [];
}

export function countTokens(text: string): number {
  return tokenize(text).length;
}

/** Characters / 4, rounded up, after removing special markers: the rough rule for English text. */
export function charEstimate(text: string): number {
  return Math.ceil(text.replace(SPECIAL, '').length / 4);
}

/**
 * Build the prompt as segments in order. ChatML style: the system message carries the persona
 * and the instructions, each example becomes a user turn and an assistant turn, the input is
 * the last user turn, and an open assistant turn asks the model to continue (what
 * `add_generation_prompt=True` does in Hugging Face's apply_chat_template).
 */
export function assemble(on: Record<PartId, boolean>, template: Template): Segment[] {
  const out: Segment[] = [];
  const t = (text: string) => out.push({ part: 'template', text });
  const p = (part: PartId, text: string) => out.push({ part, text });
  if (template === 'chatml') {
    if (on.system || on.instructions) {
      t('<|im_start|>system\n');
      if (on.system) p('system', SYSTEM + (on.instructions ? '\n' : ''));
      if (on.instructions) p('instructions', INSTRUCTIONS);
      t('<|im_end|>\n');
    }
    if (on.examples) {
      for (const e of EXAMPLES) {
        t('<|im_start|>user\n'); p('examples', e.input); t('<|im_end|>\n');
        t('<|im_start|>assistant\n'); p('examples', e.output); t('<|im_end|>\n');
      }
    }
    if (on.input) { t('<|im_start|>user\n'); p('input', INPUT); t('<|im_end|>\n'); }
    t('<|im_start|>assistant\n');
  } else {
    if (on.system) p('system', `${SYSTEM}\n\n`);
    if (on.instructions) p('instructions', `${INSTRUCTIONS}\n\n`);
    if (on.examples) for (const e of EXAMPLES) p('examples', `Message: ${e.input}\nLabel: ${e.output}\n\n`);
    if (on.input) { p('input', `Message: ${INPUT}\n`); t('Label:'); }
  }
  return out;
}

export function promptText(segs: Segment[]): string {
  return segs.map((s) => s.text).join('');
}

/** Estimated tokens per part (template markers counted separately) and in total. */
export function tokensByPart(segs: Segment[]): Record<Piece, number> & { total: number } {
  const r = { system: 0, instructions: 0, examples: 0, input: 0, template: 0, total: 0 };
  for (const s of segs) { const n = countTokens(s.text); r[s.part] += n; r.total += n; }
  return r;
}

export type VisualLine = { part: Piece; text: string }[];

/**
 * Lay the segments out as display lines of at most `max` characters: hard newlines break lines,
 * long lines wrap at spaces, and each line keeps which part every piece of text came from.
 */
export function layout(segs: Segment[], max: number): VisualLine[] {
  const lines: VisualLine[] = [];
  let cur: VisualLine = [];
  let len = 0;
  const push = (part: Piece, text: string) => {
    const last = cur[cur.length - 1];
    if (last && last.part === part) last.text += text; else cur.push({ part, text });
    len += text.length;
  };
  const newline = () => { lines.push(cur); cur = []; len = 0; };
  for (const s of segs) {
    s.text.split('\n').forEach((chunk, i) => {
      if (i > 0) newline();
      for (const word of chunk.split(/(?<= )/)) {
        if (!word) continue;
        if (len > 0 && len + word.trimEnd().length > max) newline();
        push(s.part, word);
      }
    });
  }
  if (cur.length) lines.push(cur);
  return lines;
}
