/**
 * Child process of the scaling test (stages.test.ts): for each shape and size given, the best of
 * a few CPU times (REPEATS on the smaller inputs) of ingestion and of every stage, printed as one JSON object. Run apart from
 * the test runner so that its CPU time is its own (vitest runs other test files in threads).
 * `tsx test/scaling/measure.ts <shape,shape> <bytes,bytes>`
 */

import { makeInput, type Shape } from '../../bench/suites/scaling-inputs.js';
import { Analyzer } from '../../src/analyzer.js';

/** Runs per input; the fastest counts (noise from other processes only ever adds time). */
const REPEATS = 3;
/** Runs on inputs of LARGE_BYTES or more: their times are long enough that noise weighs less. */
const LARGE_REPEATS = 2;
const LARGE_BYTES = 256 * 1024;

const [shapesArg = '', sizesArg = ''] = process.argv.slice(2);
const shapes = shapesArg.split(',') as Shape[];
const sizes = sizesArg.split(',').map(Number);

const full = await Analyzer.create();
const ingestOnly = await Analyzer.create({ stages: [] });

/** CPU milliseconds per step (ingest, then each stage) for one run over `text`. */
function run(text: string): Map<string, number> {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out = new Map<string, number>();
  // Start each run with a clean heap, so garbage left by the run before is not collected in this one.
  (globalThis as { gc?: () => void }).gc?.();
  let t0 = cpu();
  const { document } = ingestOnly.run({ text });
  out.set('ingest', cpu() - t0);
  for (const { descriptor, stage } of full.pipeline.stages) {
    t0 = cpu();
    stage.run(document, {});
    out.set(descriptor.name, cpu() - t0);
  }
  return out;
}

const result: Record<string, Record<string, Record<string, number>>> = {};
for (const shape of shapes) {
  // An untimed run of the smallest input first, so the JIT and lazily built tables are ready.
  run(makeInput(shape, sizes[0] ?? 0));
  result[shape] = {};
  for (const bytes of sizes) {
    const text = makeInput(shape, bytes);
    const best = new Map<string, number>();
    for (let i = 0; i < (bytes >= LARGE_BYTES ? LARGE_REPEATS : REPEATS); i++) {
      for (const [step, ms] of run(text))
        best.set(step, Math.min(best.get(step) ?? Number.POSITIVE_INFINITY, ms));
    }
    (result[shape] as Record<string, Record<string, number>>)[bytes] = Object.fromEntries(best);
  }
}
process.stdout.write(`${JSON.stringify(result)}\n`);
