import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileContent } from '../../src/core/content/compile';
import { stringRanges, TermMatcher } from '../../src/core/terms/matcher';
import { AtomBuffer, splitAtoms, splitIdentifier } from '../../src/core/terms/split';
import { isInUrlAt, MAX_LINE, TermScanner } from '../../src/core/terms/scanner';
import { conceptIds, conceptParts, facts, glossary } from './fixtures';

const { catalog } = compileContent([conceptIds, conceptParts, glossary], facts, new Set());
const matcher = new TermMatcher(catalog.terms);
const at = (line: string, word: string, offset = 1) => matcher.match(line, line.indexOf(word) + offset);

describe('identifier splitting', () => {
  it('splits snake_case, camelCase, PascalCase, acronyms and digits, keeping offsets', () => {
    assert.deepEqual(splitIdentifier('past_key_values').map((p) => p.text), ['past', 'key', 'values']);
    assert.deepEqual(splitIdentifier('pastKeyValues').map((p) => p.text), ['past', 'Key', 'Values']);
    assert.deepEqual(splitIdentifier('RMSNorm').map((p) => p.text), ['RMS', 'Norm']);
    assert.deepEqual(splitIdentifier('ln_1').map((p) => p.text), ['ln', '1']);
    assert.deepEqual(splitIdentifier('gpt2Model').map((p) => p.text), ['gpt', '2', 'Model']);
    assert.deepEqual(splitIdentifier('top_p', 10).map((p) => [p.start, p.end]), [[10, 13], [14, 15]]);
  });

  it('never loses or moves a character (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9_]{1,30}$/), (word) => {
      for (const p of splitIdentifier(word)) assert.equal(word.slice(p.start, p.end), p.text);
      assert.equal(splitIdentifier(word).map((p) => p.text).join(''), word.replace(/_/g, ''));
    }));
  });

  it('reads a single space or hyphen as part of a phrase, other punctuation not', () => {
    const JOINS = ['none', 'snake', 'case', 'space'];
    const atomsOfLine = (line: string) => {
      const b = new AtomBuffer();
      splitAtoms(line, 0, line.length, b);
      return Array.from({ length: b.n }, (_, k) => ({ text: line.slice(b.starts[k], b.ends[k]), join: JOINS[b.joins[k]] }));
    };
    const joins = atomsOfLine('self.attn(x)  # grouped-query attention').map((a) => `${a.text}:${a.join}`);
    assert.deepEqual(joins, ['self:none', 'attn:none', 'x:none', 'grouped:none', 'query:space', 'attention:space']);
    assert.deepEqual(atomsOfLine('kv_cacheSize').map((a) => a.join), ['none', 'snake', 'case']);
  });
});

describe('term matcher', () => {
  it('finds a term however the code spells it', () => {
    for (const line of ['out = model(x, past_key_values=cache)', 'const pastKeyValues = cache;', 'PastKeyValues = None']) {
      assert.equal(at(line, line.match(/past_?key_?values/i)![0], 3)?.term.id, 'kv-cache', line);
    }
  });

  it('reads a cursor on the underscores that lead a name as on the name', () => {
    for (const line of ['    _past_key_values = None', 'self.__past_key_values = None']) {
      const col = line.indexOf('_p') - (line.includes('__') ? 1 : 0);
      assert.equal(matcher.match(line, col)?.term.id, 'kv-cache', `${line} at ${col}`);
    }
    // Underscores that stand alone, or lead to another word, are not a term's.
    assert.equal(matcher.match('x = _ + past_key_values', 4), undefined);
  });

  it('returns the range of the matched text', () => {
    const line = 'probs = torch.softmax(logits, dim=-1)';
    const m = at(line, 'softmax');
    assert.deepEqual([m?.start, m?.end], [14, 21]);
  });

  it('counts a cursor just after the word as on it, and nothing on blanks or punctuation', () => {
    const line = 'y = softmax(x)';
    assert.equal(matcher.match(line, 11)?.term.id, 'softmax');
    assert.equal(matcher.match(line, 2), undefined);
  });

  it('reads lines up to MAX_LINE characters and skips longer ones (minified or generated code)', () => {
    const pad = (n: number) => `x = softmax(y)  # ${'z'.repeat(n)}`;
    const fits = pad(MAX_LINE - pad(0).length);
    assert.equal(fits.length, MAX_LINE);
    assert.equal(matcher.match(fits, 6)?.term.id, 'softmax');
    assert.equal(matcher.match(pad(MAX_LINE), 6), undefined);
    assert.equal(matcher.match(`${'past_key_values'.repeat(70_000)}`, 3), undefined);
  });

  it('reads a shared word in the sense its neighbourhood, then its file, points to', () => {
    const owner = catalog.terms.find((t) => t.id === 'kv-cache')!;
    // A second sense of `past_key_values` in a part of the field of its own, and a witness there.
    const base = { definition: 'x'.repeat(40), weakKeys: [], unlessKeys: [], part: 'zz', chapters: [] };
    const other = { ...base, id: 'other-sense', title: 'Other sense', keys: ['othersense'], sharedKeys: ['pastkeyvalues'] };
    const witness = { ...base, id: 'witness', title: 'Witness', keys: ['witnessword'] };
    const m = new TermMatcher([...catalog.terms, other, witness]);
    const line = 'x = past_key_values';
    assert.equal(m.match(line, 6)?.term.id, owner.id, 'nothing tells them apart: the owner');
    assert.equal(m.match(line, 6, ['y = witness_word'])?.term.id, 'other-sense', 'a related term nearby');
    const file = { fieldImports: ['torch'], strongTerms: 5, aboutField: true, senseEvidence: new Set([witness]) };
    assert.equal(m.match(line, 6, [], file)?.term.id, 'other-sense', 'related terms in the file');
    assert.equal(m.match(line, 6, [], { ...file, senseEvidence: new Set() })?.term.id, owner.id);
    assert.equal(m.match('x = past_key_values  # witness_word', 6)?.term.id, 'other-sense', 'on the same line');
  });

  it('accepts a weak alias only when the line shows another term', () => {
    assert.equal(at('rows = db.execute(query).fetchall()', 'query'), undefined);
    assert.equal(at('scores = attn(query, past_key_values)', 'query')?.term.id, 'query');
  });

  it('does not read a weak word fused into a camel-case name, but does in snake_case', () => {
    assert.equal(at('except QueryError: past_key_values = None', 'QueryError'), undefined);
    assert.equal(at('query_ids = past_key_values', 'query_ids')?.term.id, 'query');
  });

  it('does not take a weak word\'s confirmation from a string value, but does from a key or comment', () => {
    assert.equal(at('x = attn(query, "past_key_values")', 'query'), undefined);
    assert.equal(at('x = attn(query, {"past_key_values": 1})', 'query')?.term.id, 'query');
    assert.equal(at('x = attn(query)  # past_key_values', 'query')?.term.id, 'query');
  });

  it('finds string literals and stops at comments', () => {
    assert.deepEqual(stringRanges(`a = "x" + 'y\\'z' # "not"`), [[4, 6], [10, 15]]);
    assert.deepEqual(stringRanges('f(`t`) // "c"'), [[2, 4]]);
  });

  it('needs the confirming term to be from the same part of the field', () => {
    const extra = { path: 'content/glossary/c.yaml', text: '- id: checkpoint\n  title: Checkpoint\n  aliases: [state_dict]\n  definition: The saved weights of a model, written to disk during training.\n  concept: neuron\n' };
    const { catalog: c3 } = compileContent([conceptIds, conceptParts, glossary, extra], facts, new Set());
    const m3 = new TermMatcher(c3.terms);
    const line = 'for query in state_dict.items():';
    assert.equal(m3.match(line, 5), undefined, 'a checkpoint says nothing about attention');
    assert.equal(m3.match('for query in past_key_values:', 5)?.term.id, 'query');
  });

  it('drops a term when the line shows another meaning of the word', () => {
    const extra = { path: 'content/glossary/t.yaml', text: '- id: temperature\n  title: Temperature\n  aliases: [temperature]\n  unless: [celsius, sensor]\n  definition: Divides the logits before softmax to flatten or sharpen the distribution.\n' };
    const { catalog: c4 } = compileContent([conceptIds, conceptParts, glossary, extra], facts, new Set());
    const m4 = new TermMatcher(c4.terms);
    assert.equal(m4.match('temperature = sensor.read_celsius()', 3), undefined);
    assert.equal(m4.match('probs = softmax(logits / temperature)', 28)?.term.id, 'temperature');
  });

  it('reads the whole name: a term elsewhere in the identifier when the cursor part names none', () => {
    assert.equal(at('n_heads_total = 8', 'total')?.term.id, 'attention-head');
    assert.equal(at('x = softmax_temperature_total', 'total')?.term.id, 'softmax');
  });

  it('reads name@k as one phrase', () => {
    const { catalog: c2 } = compileContent([conceptIds, conceptParts, glossary, { path: 'content/glossary/k.yaml', text: '- id: pass-at-k\n  title: pass@k\n  aliases: [pass@k]\n  definition: Share of problems solved by at least one of k samples.\n' }], facts, new Set());
    const m2 = new TermMatcher(c2.terms);
    assert.equal(m2.match('# pass@k on HumanEval', 4)?.term.id, 'pass-at-k');
  });

  it('confirms a weak word from neighbouring lines', () => {
    assert.equal(at('    query,', 'query'), undefined);
    const line = '    query,';
    assert.equal(matcher.match(line, 5, ['out = attn(', '    past_key_values=cache,'])?.term.id, 'query');
  });

  it('strips a plural', () => {
    assert.equal(at('heads = 8', 'heads')?.term.id, 'attention-head');
  });

  it('does not match inside longer unrelated words', () => {
    assert.equal(at('headers = {}', 'headers'), undefined);
    assert.equal(at('x = softmaxed', 'softmaxed'), undefined);
  });

  it('leaves the single words of a URL to the address', () => {
    const line = '# see https://example.org/docs/softmax and softmax(x)';
    assert.ok(isInUrlAt(line, line.indexOf('softmax')) && !isInUrlAt(line, line.lastIndexOf('softmax')) && !isInUrlAt(line, 2));
    assert.equal(matcher.match(line, line.indexOf('softmax') + 2), undefined, 'a page of the site');
    assert.equal(matcher.match(line, line.lastIndexOf('softmax') + 2)?.term.id, 'softmax', 'the same word after the address');
    assert.equal(at('url = "https://host/past_key_values"', 'past_key_values')?.term.id, 'kv-cache', 'a name of several parts still speaks');
    assert.ok(!new TermScanner(catalog.terms).scan(line).occurrences.some((o) => o.start === line.indexOf('softmax')), 'the scan agrees');
  });

  it('leaves a name whose last words are infrastructure (a port, a proxy, an error) to that infrastructure', () => {
    for (const line of ['kv_cache_port = 8000', 'const softmaxError = new Error()', 'kv_cache_verbose = True']) {
      assert.equal(matcher.match(line, 2), undefined, line);
      assert.ok(!new TermScanner(catalog.terms).scan(line).occurrences.some((o) => o.start === 0), `the scan agrees: ${line}`);
    }
    assert.equal(at('kv_cache_size = None', 'kv_cache')?.term.id, 'kv-cache', 'a size of the concept itself');
    assert.equal(at('kv_cache = None  # see error below', 'kv_cache')?.term.id, 'kv-cache', 'the word after the name is not part of it');
  });

  it('never throws and stays in range on any line (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), fc.nat(130), (line, ch) => {
      const m = matcher.match(line, ch);
      if (m) assert.ok(m.start <= ch && ch <= m.end && m.end <= line.length);
    }));
  });
});
