/**
 * The same integration suite in VS Code desktop, through @vscode/test-electron (which
 * downloads VS Code): `npm run test:electron`. Use it where VS Code can be downloaded; here the
 * integration tier runs the suite in code-server instead (test/harness/run-integration.ts).
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleTests } from './run-integration';
import { ROOT } from './lib';
import { ensureBuilt } from './tiers';

async function main(): Promise<void> {
  ensureBuilt();
  const extensionTestsPath = await bundleTests();
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    launchArgs: [path.join(ROOT, 'demo'), '--disable-extensions', '--skip-welcome'],
    extensionTestsEnv: { TIER_NAME: 'integration (electron)', LLM_PRIMER_ROOT: ROOT },
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
