/**
 * Regenerate content/checks/seed-runs.json from the index pages the series facts came from
 * (../shared/seeds by default). Only hashes of their 8-word runs are written, never their text.
 *   npm run hash:seeds -- [DIR]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RUN, runHashes } from '../src/core/content/originality';
import { ROOT } from './content';

const dir = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'seeds'));
const all = new Set<string>();
for (const f of fs.readdirSync(dir).sort()) for (const h of runHashes(fs.readFileSync(path.join(dir, f), 'utf8'))) all.add(h);
const out = path.join(ROOT, 'content', 'checks', 'seed-runs.json');
fs.writeFileSync(out, JSON.stringify({
  run: RUN, hash: 'sha256, first 16 hex digits, of the lowercased words joined by single spaces', hashes: [...all].sort(),
}));
console.log(`${all.size} run hashes from ${dir} → ${path.relative(ROOT, out)}`);
