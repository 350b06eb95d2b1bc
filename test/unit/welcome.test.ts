import * as assert from 'node:assert/strict';
import { HOVER_SAMPLE, hoverSampleCursor } from '../../src/core/welcome/sample';
import { readSettings } from '../../src/core/settings';

describe('first run', () => {
  it('puts the sample\'s cursor inside softmax in code, not in the comment that names it', () => {
    const { line, character } = hoverSampleCursor();
    const text = HOVER_SAMPLE.split('\n')[line];
    assert.doesNotMatch(text, /^\s*#/);
    assert.equal(text.slice(character - 1, character - 1 + 'softmax'.length), 'softmax');
    assert.throws(() => hoverSampleCursor('# softmax only in a comment\n', 'softmax'), /no "softmax" in code/);
  });

  it('reads the walkthrough setting, and warns on a value that is not true or false', () => {
    assert.equal(readSettings(() => undefined).settings.openWalkthrough, true);
    assert.equal(readSettings((k) => (k === 'welcome.openWalkthrough' ? false : undefined)).settings.openWalkthrough, false);
    const bad = readSettings((k) => (k === 'welcome.openWalkthrough' ? 'no' : undefined));
    assert.equal(bad.settings.openWalkthrough, true);
    assert.equal(bad.warnings[0]?.setting, 'llmPrimer.welcome.openWalkthrough');
  });
});
