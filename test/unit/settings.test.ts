import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings';

const from = (o: Record<string, unknown>) => readSettings((k) => o[k]);

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
  });

  it('falls back with a readable warning on bad values', () => {
    const { settings, warnings } = from({ 'hover.enabled': 'yes', 'hover.languages': 'python', 'reader.fontSize': 99 });
    assert.equal(settings.hoverEnabled, true);
    assert.deepEqual(settings.hoverLanguages, DEFAULT_SETTINGS.hoverLanguages);
    assert.equal(settings.fontSize, 14);
    assert.equal(warnings.length, 3);
    assert.ok(warnings.some((w) => /"llmPrimer\.reader\.fontSize" must be a number from 10 to 28; using 14/.test(w)));
  });
});
