/**
 * Child process of thread-flags.test.ts (run with `--import tsx`): sets the command's growth flag as
 * bin/verbatim.js does, starts an analysis pool and waits for one answer (its thread is running), then makes
 * short-lived garbage on this thread; prints the young generation's size in MB before and after the garbage. With `--no-flags` it sets
 * none (a library user). With `--unpassed` the flag is set with `setFlagsFromString` only, so the pool does
 * not hand it to its thread (what the command did before the thread set it again).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { applyV8Flags } from '../../../../src/runtime/v8-flags.js';
import { AnalysisPool } from '../../../../src/store/worker/analysis-pool.js';

const FLAG = '--semi-space-growth-factor=1';
const mode = process.argv[2];
if (mode === '--unpassed') setFlagsFromString(FLAG);
else if (mode !== '--no-flags') applyV8Flags([FLAG]);

const youngMb = (): number =>
  (getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / 1024 / 1024;

const pool = new AnalysisPool();
await pool.analyzeJson({ text: 'The minister said on Monday that talks would resume.' });
const before = youngMb();
let kept: { n: number; s: string }[] = [];
for (let i = 0; i < 3_000_000; i++) {
  kept.push({ n: i, s: `item ${i}` });
  if (kept.length > 20_000) kept = [];
}
await pool.close();
process.stdout.write(`${before} ${youngMb()}\n`);
