import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateTime } from '../../../../src/eval/time/task.js';

// Quality floors on TimeBank-AQUAINT (our train/dev set), a little under the measured numbers so regressions fail.
const DATA =
  process.env['VERBATIM_DATA'] ?? fileURLToPath(new URL('../../../../../shared/data', import.meta.url));
const TBAQ = `${DATA}/time/timebank-aquaint`;
const FLOORS = { relaxedF1: 0.935, strictF1: 0.87, valueF1: 0.815 };

describe('time task on TBAQ', () => {
  it.skipIf(!existsSync(TBAQ))('stays above its quality floors', async () => {
    const report = await evaluateTime(TBAQ);
    for (const [k, floor] of Object.entries(FLOORS)) expect(report.metrics[k]).toBeGreaterThanOrEqual(floor);
  });
});
