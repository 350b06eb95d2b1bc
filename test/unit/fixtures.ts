import type { Facts } from '../../src/core/content/facts';
import type { SourceFile } from '../../src/core/content/compile';

/** A tiny world for compiler tests: two volumes, three concepts, two guide posts. */
export const facts: Facts = {
  series: {
    series: { name: 'Test series', landingPage: 'https://example.org/', progression: ['one', 'two'] },
    volumes: [
      { id: 'primer-1', volume: 'I', title: 'Primer I: Basics', shortTitle: 'Basics', layer: 'one', chapters: [
        { number: 1, title: 'First Steps', date: '2026-01-01', dateStatus: 'confirmed', source: 'https://example.org/p/one' },
        { number: 2, title: null, date: '2026-01-02', dateStatus: 'inferred (daily schedule)', source: 'NOT FOUND' },
      ] },
      { id: 'primer-2', volume: 'II', title: null, layer: 'two' },
    ],
  },
  concepts: { concepts: [{ number: 1, title: 'The Neuron' }, { number: 2, title: 'Layers' }, { number: 3, title: 'Attention' }] },
  guide: { posts: [{ section: null, title: 'Intro', date: '2024-09-01' }, { section: '1.1', title: 'More', date: '2024-09-03' }] },
};

export const conceptIds: SourceFile = { path: 'content/concept-ids.yaml', text: '- neuron\n- layers\n- attention\n' };
export const conceptParts: SourceFile = { path: 'content/concept-parts.yaml', text: 'basics: [neuron, layers]\ntransformer: [attention]\n' };

const words = (n: number, word = 'alpha') => Array.from({ length: n }, (_, i) => `${word}${i % 7}`).join(' ');

export function chapter(front: string, body?: string): SourceFile {
  return {
    path: 'content/volumes/vol-1/ch-01.md',
    text: `---\n${front}\n---\n${body ?? `## What it covers\n\nScope.\n\n## How it works\n\n${words(450)}\n\n## In code\n\nSome code.\n`}`,
  };
}

export const goodChapterFront = [
  'volume: 1', 'chapter: 1', 'title: First Steps', 'date: "2026-01-01"', 'source: https://example.org/p/one',
  'summary: A short summary of the first chapter for tests.', 'concepts: [attention]',
  'quiz:', '  - q: What is one plus one?', '    a: "Two, since $1 + 1 = 2$."',
  '  - q: What is two plus two?', '    a: Four, by counting.', '  - q: What is three plus three?', '    a: Six, by counting.',
].join('\n');

export function concept(n: number, slug: string, title: string, body = words(220, 'beta')): SourceFile {
  return {
    path: `content/concepts/0${n}-${slug}.md`,
    text: `---\nconcept: ${n}\nid: ${slug}\ntitle: ${title}\ndiagram: ${slug}\nsummary: A summary that is long enough for the schema.\n---\n${body}\n`,
  };
}

export const glossary: SourceFile = {
  path: 'content/glossary/test.yaml',
  text: [
    '- id: softmax', '  title: Softmax', '  aliases: [softmax, log_softmax]',
    '  definition: Turns scores into probabilities by exponentiating and normalising them.', '  concept: attention',
    '- id: kv-cache', '  title: KV cache (past key values)', '  aliases: [past_key_values, kv_cache, use_cache]',
    '  definition: Stores the keys and values of earlier tokens so generation does not recompute them.', '  concept: attention',
    '- id: query', '  title: Query vector', '  aliases: [query_states]', '  weak_aliases: [query]',
    '  definition: The vector a token uses to ask which other tokens are relevant to it.', '  concept: attention',
    '- id: attention-head', '  title: Attention heads', '  aliases: [num_heads, n_head, head]',
    '  definition: Independent attention computations run in parallel on slices of the model width.',
    '- id: random-seed', '  title: Random seed', '  aliases: [set_seed]', '  field_aliases: [seed]',
    '  definition: Fixes the starting state of the random number generators so a run repeats.', '  concept: attention',
  ].join('\n'),
};
