// Mocha reporter for every tier: the spec reporter's output, then one line "<tier>: N passed,
// N failed", and (when TIER_RESULTS is set) the counts as JSON for scripts/test-all.ts.
'use strict';
const Mocha = require('mocha');
const fs = require('fs');

class TierReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const tier = process.env.TIER_NAME || 'tests';
    const failures = [];
    let passed = 0;
    runner.on('pass', () => { passed++; });
    runner.on('fail', (test, err) => { failures.push({ title: test.fullTitle(), error: String(err && err.message) }); });
    runner.once('end', () => {
      console.log(`${tier}: ${passed} passed, ${failures.length} failed`);
      const out = process.env.TIER_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ tier, passed, failed: failures.length, failures }, null, 2));
    });
  }
}
module.exports = TierReporter;
