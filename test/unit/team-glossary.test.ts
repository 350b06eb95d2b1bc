import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileContent } from '../../src/core/content/compile';
import { escapeMarkdown, firstSentence } from '../../src/core/markdownEscape';
import { readSettings } from '../../src/core/settings';
import { TermMatcher } from '../../src/core/terms/matcher';
import { parseTeamGlossary, type TeamLinks } from '../../src/core/terms/teamGlossary';
import { conceptIds, conceptParts, facts, glossary } from './fixtures';

const { catalog } = compileContent([conceptIds, conceptParts, glossary], facts, new Set());
const links: TeamLinks = {
  builtIn: new Map(catalog.terms.map((t) => [t.id, t])),
  isPage: (id) => id in catalog.pages,
  conceptPart: (slug) => catalog.terms.find((t) => t.concept === slug)?.part ?? (`concept/${slug}` in catalog.pages ? 'x' : undefined),
};

describe('team glossary', () => {
  it('adds a term and extends a built-in one, and the matcher finds both', () => {
    const { terms, problems } = parseTeamGlossary([
      'terms:',
      '  - id: router-margin',
      '    title: Router margin',
      '    aliases: [router_margin]',
      '    definition: The gap between the two best expert scores.',
      '  - id: kv-cache',
      '    aliases: [layer_memo]',
    ].join('\n'), links);
    assert.deepEqual(problems, []);
    const kv = terms.find((t) => t.id === 'kv-cache')!;
    assert.ok(kv.keys.includes('layermemo') && kv.keys.includes('pastkeyvalues'), 'built-in aliases are kept');
    assert.equal(kv.definition, links.builtIn.get('kv-cache')!.definition);
    const m = new TermMatcher([...terms, ...catalog.terms.filter((t) => t.id !== 'kv-cache')]);
    assert.equal(m.match('y = router_margin(x)', 6)?.term.id, 'router-margin');
    assert.equal(m.match('cache = layer_memo()', 10)?.term.id, 'kv-cache');
  });

  it('reads field_aliases as words that speak in any file about the field, and lets a team make them plain weak words', () => {
    const { terms, problems } = parseTeamGlossary([
      '- id: shard-plan',
      '  title: Shard plan',
      '  aliases: [shard_plan]',
      '  field_aliases: [plan]',
      '  definition: How the model weights are split over devices.',
    ].join('\n'), links);
    assert.deepEqual(problems, []);
    const plan = terms.find((t) => t.id === 'shard-plan')!;
    assert.deepEqual(plan.fieldKeys, ['plan']);
    assert.ok(plan.weakKeys.includes('plan'), 'a field word is silent outside the field');
    assert.deepEqual(links.builtIn.get('random-seed')?.fieldKeys, ['seed'], 'the fixture glossary lists seed under field_aliases');
    const { terms: over } = parseTeamGlossary('- id: random-seed\n  weak_aliases: [seed]\n', links);
    assert.ok(!(over[0].fieldKeys ?? []).includes('seed'), 'listed as a plain weak alias, it needs a related term again');
    assert.ok(over[0].weakKeys.includes('seed'));
    const { terms: kept } = parseTeamGlossary('- id: random-seed\n  aliases: [rng_seed]\n', links);
    assert.deepEqual(kept[0].fieldKeys, ['seed'], 'an override that does not touch it keeps the built-in field word');
  });

  it('reports each problem at its line and keeps the good entries', () => {
    const { terms, problems } = parseTeamGlossary([
      '- id: good-one',            // 1
      '  title: Good',             // 2
      '  aliases: [good_one]',     // 3
      '  definition: A fine entry here.', // 4
      '- id: Bad Id',              // 5
      '  title: x',                // 6
      '- id: no-aliases',          // 7
      '  title: Missing aliases',  // 8
      '  definition: It has no aliases at all.', // 9
      '- id: wrong-list',          // 10
      '  title: Wrong',            // 11
      '  aliases: just_a_string',  // 12
      '  definition: Aliases must be a list.', // 13
      '- id: bad-chapter',         // 14
      '  title: Bad chapter',      // 15
      '  aliases: [bad_chapter]',  // 16
      '  definition: Points to a page that does not exist.', // 17
      '  chapters: [vol-9/ch-9]',  // 18
      '  colour: red',             // 19
    ].join('\n'), links);
    assert.deepEqual(terms.map((t) => t.id), ['good-one']);
    const at = (line: number) => problems.find((p) => p.line === line)?.message ?? '';
    assert.match(at(5), /"id"/);
    assert.match(at(7), /needs "title", "aliases" and "definition"/);
    assert.match(at(12), /"aliases" must be a list/);
    assert.match(at(19), /unknown field "colour"/);
  });

  it('turns broken YAML into a message at its line, never an exception', () => {
    const r = parseTeamGlossary('terms: [\n  - id: x\n', links);
    assert.deepEqual(r.terms, []);
    assert.ok(r.problems.length > 0 && r.problems[0].line >= 1);
    assert.match(r.problems[0].message, /YAML/);
    assert.deepEqual(parseTeamGlossary('', links), { terms: [], problems: [] });
    assert.match(parseTeamGlossary('42', links).problems[0].message, /list of terms/);
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { parseTeamGlossary(s, links); }));
  });
});

describe('hover text escaping', () => {
  it('neutralises icons, autolinks, setext, strike, entities and indentation', () => {
    const e = escapeMarkdown('$(zap) see https://x.example/a\n===\n~~gone~~ &amp;   ');
    assert.doesNotMatch(e, /\$\(/);
    assert.doesNotMatch(e, /https:\/\//);
    assert.doesNotMatch(e, /\n/);
    assert.doesNotMatch(e, /(^|[^\\])~/);
    assert.doesNotMatch(e, /(^|[^\\])&/);
    assert.equal(escapeMarkdown('   indented'), 'indented');
  });

  it('keeps the first sentence for compact hovers', () => {
    assert.equal(firstSentence('Turns scores into probabilities. Used on logits.'), 'Turns scores into probabilities.');
    assert.equal(firstSentence('No full stop here'), 'No full stop here');
  });
});

describe('hover settings', () => {
  it('reads mode, detail and silenced terms, and warns on bad values', () => {
    const ok = readSettings((k) => ({ 'hover.mode': 'always', 'hover.detail': 'compact', 'hover.ignoredTerms': ['softmax'] } as Record<string, unknown>)[k]);
    assert.deepEqual([ok.settings.hoverMode, ok.settings.hoverDetail, ok.settings.hoverIgnoredTerms, ok.warnings], ['always', 'compact', ['softmax'], []]);
    const bad = readSettings((k) => ({ 'hover.mode': 'sometimes', 'hover.detail': 3, 'hover.ignoredTerms': 'softmax' } as Record<string, unknown>)[k]);
    assert.deepEqual([bad.settings.hoverMode, bad.settings.hoverDetail, bad.settings.hoverIgnoredTerms], ['auto', 'full', []]);
    assert.equal(bad.warnings.length, 3);
  });
});
