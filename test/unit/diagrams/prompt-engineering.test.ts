import * as assert from 'node:assert/strict';
import {
  INPUT, SYSTEM, assemble, charEstimate, countTokens, layout, promptText, tokenize, tokensByPart,
} from '../../../src/core/diagrams/prompt-engineering';

const all = { system: true, instructions: true, examples: true, input: true };

describe('diagram prompt-engineering', () => {
  it('the token estimate splits words, digits, punctuation and special markers', () => {
    // I | can | ' | t | log | in | since | I | changed | my | email | address | .  → 13
    assert.deepEqual(tokenize(INPUT), ['I', 'can', "'", 't', 'log', 'in', 'since', 'I', 'changed', 'my', 'email', 'address', '.']);
    // "top_p=0.95": top _ p = 0 . 95 → 7
    assert.equal(countTokens('top_p=0.95'), 7);
    assert.deepEqual(tokenize('<|im_start|>user\nhi'), ['<|im_start|>', 'user', 'hi']);
    // system: 13 words + 2 full stops = 15
    assert.equal(countTokens(SYSTEM), 15);
  });
  it('characters / 4 is the other rule of thumb', () => {
    // 48 characters → ⌈48 / 4⌉ = 12 (the split estimate above gives 13)
    assert.equal(INPUT.length, 48);
    assert.equal(charEstimate(INPUT), 12);
    // markers are not counted as characters
    assert.equal(charEstimate('<|im_end|>abcd'), 1);
  });
  it('ChatML layout: system+instructions in one message, examples as turns, open assistant turn', () => {
    const text = promptText(assemble(all, 'chatml'));
    assert.ok(text.startsWith('<|im_start|>system\nYou are'));
    assert.ok(text.endsWith('<|im_start|>assistant\n'));
    assert.equal(text.split('<|im_start|>user').length - 1, 3); // 2 examples + the input
    assert.equal(text.split('<|im_start|>assistant').length - 1, 3); // 2 example replies + the open turn
  });
  it('counts per part with everything on (ChatML)', () => {
    // template: system header 2 + end 1; per example 2+1+2+1 = 6, two → 12; input 2+1; final 2 → 20
    // examples: "I was charged twice for one order." 8 + billing 1 + "My parcel … days." 9 + shipping 1 = 19
    const c = tokensByPart(assemble(all, 'chatml'));
    assert.deepEqual({ ...c }, { system: 15, instructions: 22, examples: 19, input: 13, template: 20, total: 89 });
  });
  it('toggling parts removes exactly their tokens', () => {
    const noEx = tokensByPart(assemble({ ...all, examples: false }, 'chatml'));
    // drop 19 example tokens and 12 template tokens of the example turns: 89 − 31 = 58
    assert.equal(noEx.total, 58);
    const onlyInput = promptText(assemble({ system: false, instructions: false, examples: false, input: true }, 'chatml'));
    assert.equal(onlyInput, `<|im_start|>user\n${INPUT}<|im_end|>\n<|im_start|>assistant\n`);
  });
  it('plain layout ends with a completion cue', () => {
    const text = promptText(assemble(all, 'plain'));
    assert.ok(text.endsWith(`Message: ${INPUT}\nLabel:`));
    // plain input part: "Message" ":" + 13 = 15; template "Label" ":" = 2
    const c = tokensByPart(assemble(all, 'plain'));
    assert.equal(c.input, 15);
    assert.equal(c.template, 2);
  });
  it('layout wraps at the width and keeps which part each piece came from', () => {
    const lines = layout(assemble(all, 'chatml'), 40);
    for (const l of lines) assert.ok(l.map((p) => p.text.trimEnd()).join('').length <= 40 || l.length === 1);
    // the text is preserved apart from the line breaks
    const joined = lines.map((l) => l.map((p) => p.text).join('')).join('');
    assert.equal(joined.replace(/\s+/g, ''), promptText(assemble(all, 'chatml')).replace(/\s+/g, ''));
    assert.deepEqual(lines[0], [{ part: 'template', text: '<|im_start|>system' }]);
    assert.equal(lines[1][0].part, 'system');
  });
});
