/**
 * Driver of scaling-instructions.mjs (its header says what it counts): writes the generated inputs
 * (scaling-inputs.ts, the benchmark's seeds) to a temporary directory, runs the probe under callgrind
 * for each size, and prints each step's millions of instructions per full window (first and last
 * quarter of the windows, and all) and in total, with the growth of the total from one size to the next.
 *   npx tsx bench/suites/scaling-instructions.ts long-line 4,8 tokens,sentences [DIR]
 * Under callgrind a run takes ~50× its normal time: name only the stages under study.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { POLNEAR_TRAIN_TEXT } from '../corpus.js';
import { makeInput, type Shape, WARMUP_SEED } from './scaling-inputs.js';
import { WARMUP_CHARS } from './scaling-timer.js';

const MB = 1024 * 1024;
/** Callgrind dump lines that hold a dump's total instruction count. */
const TOTALS_RE = /^(?:totals|summary):\s+(\d+)/m;

const [shape, sizesArg = '4,8', stagesArg = '', dirArg = '.'] = process.argv.slice(2) as [Shape, ...string[]];
const dir = resolve(dirArg);
const work = mkdtempSync(join(tmpdir(), 'scaling-ir-'));

/** Label → instructions for one callgrind run of the probe over `input`. */
function count(inputFile: string, warmupFile: string): Map<string, number> {
  const out = join(work, `cg-${Date.now()}`);
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${out}`,
      '--dump-before=uv_getrusage',
      process.execPath,
      '--single-threaded',
      '--expose-gc',
      join(import.meta.dirname, 'scaling-instructions.mjs'),
      dir,
      inputFile,
      warmupFile,
      stagesArg,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`probe failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const labels = JSON.parse(run.stdout.trim().split('\n').pop() as string) as string[];
  const base = out.split('/').pop() as string;
  const dumps = readdirSync(work)
    .filter((f) => f.startsWith(`${base}.`))
    .sort((a, b) => Number(a.slice(base.length + 1)) - Number(b.slice(base.length + 1)));
  if (dumps.length !== labels.length) throw new Error(`${dumps.length} dumps for ${labels.length} labels`);
  const counts = new Map<string, number>();
  dumps.forEach((f, i) => {
    const m = TOTALS_RE.exec(readFileSync(join(work, f), 'utf8'));
    counts.set(labels[i] as string, Number(m?.[1] ?? Number.NaN));
    rmSync(join(work, f));
  });
  return counts;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const mi = (n: number): string => (n / 1e6).toFixed(1);

try {
  const warmupFile = join(work, 'warmup.txt');
  writeFileSync(warmupFile, makeInput(shape, WARMUP_CHARS, POLNEAR_TRAIN_TEXT, WARMUP_SEED));
  const totals: Map<string, number>[] = [];
  for (const mb of sizesArg.split(',').map(Number)) {
    const inputFile = join(work, `input-${mb}.txt`);
    const text = makeInput(shape, Math.round(mb * MB), POLNEAR_TRAIN_TEXT);
    writeFileSync(inputFile, text);
    const counts = count(inputFile, warmupFile);
    // Per step: the counts of its full windows (the last, short one left out of the means).
    const byStep = new Map<string, number[]>();
    const total = new Map<string, number>();
    // The windows run (cut at paragraph ends, so not text.length / WINDOW_CHARS); the last is left out of the means.
    const windows = 1 + Math.max(...[...counts.keys()].map((l) => Number(/^(\d+):/.exec(l)?.[1] ?? -1)));
    for (const [label, n] of counts) {
      const m = /^(\d+):(.+)$/.exec(label);
      if (!m) {
        // Steps once per run (ingest, finish), the warm-up's left out.
        if (!label.startsWith('warmup') && label !== 'load') total.set(label, n);
        continue;
      }
      const step = m[2] as string;
      total.set(step, (total.get(step) ?? 0) + n);
      if (Number(m[1]) < windows - 1) byStep.set(step, [...(byStep.get(step) ?? []), n]);
    }
    totals.push(total);
    console.log(
      `\n${shape} ${mb} MB: millions of instructions per full window (first quarter, last quarter, all) and total`,
    );
    for (const [step, n] of total)
      if (!byStep.has(step)) console.log(`${step.padEnd(10)} ${mi(n).padStart(40)}`);
    for (const [step, xs] of byStep) {
      const q = Math.max(1, Math.floor(xs.length / 4));
      console.log(
        `${step.padEnd(10)} ${mi(mean(xs.slice(0, q))).padStart(9)} ${mi(mean(xs.slice(-q))).padStart(9)} ${mi(mean(xs)).padStart(9)} ${mi(total.get(step) ?? 0).padStart(10)}   per window: ${xs.map(mi).join(' ')}`,
      );
    }
  }
  for (let i = 1; i < totals.length; i++) {
    const growth = [...(totals[i] ?? [])].map(
      ([s, n]) => `${s} ${(n / ((totals[i - 1] as Map<string, number>).get(s) ?? Number.NaN)).toFixed(2)}×`,
    );
    console.log(`\ntotal growth, size ${i} / size ${i - 1}: ${growth.join(', ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
