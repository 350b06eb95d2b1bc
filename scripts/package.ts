/** `npm run package`: a production build, then the .vsix in dist-vsix/ (installable with `code --install-extension`). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './content';

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const bin = (n: string) => path.join(ROOT, 'node_modules', '.bin', n);

run(bin('tsx'), ['scripts/build.ts', '--production']);
fs.mkdirSync(path.join(ROOT, 'dist-vsix'), { recursive: true });
run(bin('vsce'), ['package', '--no-dependencies', '--skip-license', '--no-rewrite-relative-links', '-o', 'dist-vsix/llm-primer-companion.vsix']);
