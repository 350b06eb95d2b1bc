import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings, SettingWarnings } from '../../src/core/settings';

const from = (o: Record<string, unknown>) => readSettings((k) => o[k]);
const messages = (o: Record<string, unknown>) => from(o).warnings.map((w) => w.message);

describe('settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(from({}), { settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('takes valid values', () => {
    const { settings, warnings } = from({ 'hover.enabled': false, 'hover.languages': ['python'], 'reader.fontSize': 18 });
    assert.deepEqual(warnings, []);
    assert.equal(settings.hoverEnabled, false);
    assert.deepEqual(settings.hoverLanguages, ['python']);
    assert.equal(settings.fontSize, 18);
    assert.equal(from({ 'reader.markReadOnScroll': false }).settings.markReadOnScroll, false);
  });

  it('falls back on every invalid value with a message naming the setting and the value', () => {
    const bad = {
      'hover.enabled': 'yes', 'hover.mode': 'sometimes', 'hover.detail': 3, 'hover.ignoredTerms': 'softmax',
      'hover.languages': ['python', 7], 'reader.fontSize': 1e308, 'library.showReadProgress': 0,
      'reader.markReadOnScroll': 'no',
    };
    const { settings, warnings } = from(bad);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(warnings.map((w) => w.setting).sort(), Object.keys(bad).map((k) => `llmPrimer.${k}`).sort());
    assert.deepEqual(warnings.map((w) => w.message).sort(), [
      '"llmPrimer.hover.detail" must be one of "full", "compact", not 3; using "full".',
      '"llmPrimer.hover.enabled" must be true or false, not "yes"; using true.',
      '"llmPrimer.hover.ignoredTerms" must be a list of term ids such as "kv-cache", not "softmax"; ignoring it.',
      '"llmPrimer.hover.languages" must be a list of language ids such as "python", not ["python",7]; using the default list.',
      '"llmPrimer.hover.mode" must be one of "auto", "always", "off", not "sometimes"; using "auto".',
      '"llmPrimer.library.showReadProgress" must be true or false, not 0; using true.',
      '"llmPrimer.reader.fontSize" must be a number from 10 to 28, not 1e+308; using 14.',
      '"llmPrimer.reader.markReadOnScroll" must be true or false, not "no"; using true.',
    ]);
  });

  it('finds the invalid values at the edges: ranges, types, empty and huge lists', () => {
    for (const size of [9, 29, -1, 9.99, '14', true, null, [], {}]) {
      assert.equal(messages({ 'reader.fontSize': size }).length, 1, JSON.stringify(size));
    }
    for (const size of [10, 28, 14.5]) assert.deepEqual(messages({ 'reader.fontSize': size }), []);
    // An empty list of languages is a valid choice (no hovers), as is a long one.
    assert.deepEqual(messages({ 'hover.languages': [], 'hover.ignoredTerms': [] }), []);
    assert.deepEqual(messages({ 'hover.languages': Array.from({ length: 5000 }, (_, i) => `lang${i}`) }), []);
    assert.equal(messages({ 'hover.languages': ['a b'] }).length, 1);
    assert.equal(messages({ 'hover.ignoredTerms': ['x'.repeat(81)] }).length, 1);
  });

  it('cuts a long bad value short in the message and keeps a bounded fingerprint of it', () => {
    const huge = Array.from({ length: 5000 }, (_, i) => (i === 4999 ? 7 : `lang${i}`));
    const [w] = from({ 'hover.languages': huge }).warnings;
    assert.match(w.message, /not \["lang0","lang1","lang2","lang3","lan\.\.\.; using the default list\.$/);
    assert.ok(w.value.length < 64, w.value);
    const [other] = from({ 'hover.languages': [...huge.slice(0, 4999), 8] }).warnings;
    assert.notEqual(other.value, w.value);
  });
});

describe('setting warnings shown', () => {
  const read = (o: Record<string, unknown>) => from(o).warnings;

  it('shows a bad value once, however often the settings are read again', () => {
    const shown = new SettingWarnings();
    assert.equal(shown.fresh(read({ 'hover.enabled': 'yes' })).length, 1);
    assert.deepEqual(shown.fresh(read({ 'hover.enabled': 'yes' })), []);
    // Another setting changing reads everything again: the known bad value stays quiet.
    assert.deepEqual(shown.fresh(read({ 'hover.enabled': 'yes', 'reader.fontSize': 16 })), []);
  });

  it('shows a different bad value of the same setting, and each setting on its own', () => {
    const shown = new SettingWarnings();
    shown.fresh(read({ 'hover.enabled': 'yes' }));
    assert.deepEqual(shown.fresh(read({ 'hover.enabled': 0 })).map((w) => w.message),
      ['"llmPrimer.hover.enabled" must be true or false, not 0; using true.']);
    assert.deepEqual(shown.fresh(read({ 'hover.enabled': {} })).map((w) => w.setting), ['llmPrimer.hover.enabled']);
    assert.deepEqual(shown.fresh(read({ 'hover.enabled': {}, 'reader.fontSize': '14' })).map((w) => w.setting), ['llmPrimer.reader.fontSize']);
    for (const size of [9, 29, -1, 1e308, true]) assert.equal(shown.fresh(read({ 'hover.enabled': {}, 'reader.fontSize': size })).length, 1, String(size));
  });

  it('shows a bad value again once the setting was valid in between', () => {
    const shown = new SettingWarnings();
    assert.equal(shown.fresh(read({ 'reader.fontSize': 99 })).length, 1);
    assert.deepEqual(shown.fresh(read({})), []);
    assert.equal(shown.fresh(read({ 'reader.fontSize': 99 })).length, 1);
  });
});
