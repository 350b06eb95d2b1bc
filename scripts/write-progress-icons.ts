/** Writes media/progress/*.svg from src/core/progress/pie.ts (a unit test checks they match). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PIE_COLOURS, PIE_STEPS, pieFile, pieSvg } from '../src/core/progress/pie';

const dir = path.join(__dirname, '..', 'media', 'progress');
fs.mkdirSync(dir, { recursive: true });
for (let step = 0; step <= PIE_STEPS; step++) {
  for (const theme of ['light', 'dark'] as const) fs.writeFileSync(path.join(dir, pieFile(step, theme)), pieSvg(step, PIE_COLOURS[theme]));
}
