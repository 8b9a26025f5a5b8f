/**
 * Child process of the scaling test (stages.test.ts): for each shape and size given, the best of
 * ROUNDS CPU times of ingestion and of every stage (rounds alternate the sizes), printed as one
 * JSON object. Run apart from the test runner so that its CPU time is its own (vitest runs other
 * test files in threads).
 * `tsx test/scaling/measure.ts <shape,shape> <bytes,bytes> [probes]` (`probes`: the tokens stage
 * alone, then the probe stages of probes.ts).
 */

import { makeInput, type Shape } from '../../bench/suites/scaling-inputs.js';
import { Analyzer } from '../../src/analyzer.js';
import type { Document } from '../../src/model/document.js';
import { PROBE_STAGES, type ProbeStage } from './probes.js';

/** Runs per input, alternating sizes; the fastest counts (noise from other processes only ever adds time). */
const ROUNDS = 3;

const [shapesArg = '', sizesArg = '', probesArg] = process.argv.slice(2);
const shapes = shapesArg.split(',') as Shape[];
const sizes = sizesArg.split(',').map(Number);

// With the probes, only the stage they read (tokens) runs before them: guard.test.ts tests the guard, not the pipeline.
const full = await Analyzer.create(probesArg === 'probes' ? { stages: ['tokens'] } : {});
const gc = (globalThis as { gc?: () => void }).gc;
const ingestOnly = await Analyzer.create({ stages: [] });
const stages: readonly ProbeStage[] = [
  ...full.pipeline.stages.map(({ descriptor, stage }) => ({
    name: descriptor.name,
    run: (doc: Document) => stage.run(doc, {}),
  })),
  ...(probesArg === 'probes' ? PROBE_STAGES : []),
];

/** CPU milliseconds per step (ingest, then each stage) for one run over `text`. */
function run(text: string): Map<string, number> {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out = new Map<string, number>();
  // Start each run with a clean heap, so garbage left by the run before is not collected in this one.
  gc?.();
  let t0 = cpu();
  const { document } = ingestOnly.run({ text });
  out.set('ingest', cpu() - t0);
  for (const { name, run: runStage } of stages) {
    // And each stage too: a collection of the garbage earlier stages left (whose cost grows with
    // the heap, so with the input) would otherwise be charged to whichever stage triggers it.
    gc?.();
    t0 = cpu();
    runStage(document);
    out.set(name, cpu() - t0);
  }
  return out;
}

const result: Record<string, Record<string, Record<string, number>>> = {};
for (const shape of shapes) {
  // An untimed run of the smallest input first, so the JIT and lazily built tables are ready.
  run(makeInput(shape, sizes[0] ?? 0));
  const texts = sizes.map((bytes) => makeInput(shape, bytes));
  const best = sizes.map(() => new Map<string, number>());
  // Rounds alternate the sizes (small, large, small, large…) and each size runs as often as the
  // others: a burst of load from other processes then slows both sizes alike, where running all
  // the small runs first and the large ones after let it fall on one size and skew the ratio.
  for (let round = 0; round < ROUNDS; round++) {
    texts.forEach((text, k) => {
      for (const [step, ms] of run(text))
        best[k]?.set(step, Math.min(best[k]?.get(step) ?? Number.POSITIVE_INFINITY, ms));
    });
  }
  result[shape] = Object.fromEntries(sizes.map((bytes, k) => [bytes, Object.fromEntries(best[k] ?? [])]));
}
process.stdout.write(`${JSON.stringify(result)}\n`);
