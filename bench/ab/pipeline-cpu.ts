/**
 * A/B helper for `bench/ab/pipeline-ab.sh`: the pipeline suite's work (one warm-up pass, then timed passes of
 * `Analyzer.run` over the first N PolNeAR train texts) on the checkout at `--root`, reporting the process CPU
 * time (user + sys, `process.cpuUsage`) per word and the wall time, so two checkouts compare on a loaded machine.
 * Usage: `tsx --expose-gc bench/ab/pipeline-cpu.ts --root DIR [--limit 300] [--skip acts,claims]`.
 */
import { join, resolve } from 'node:path';

/** Same warm-up and timed passes as bench/suites/pipeline.ts, so the two measure the same work. */
const WARMUP_PASSES = 1;
const TIMED_PASSES = 3;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(arg('--root') ?? '.');
const limit = Number(arg('--limit') ?? 300);
const skip = (arg('--skip') ?? '').split(',').filter(Boolean);
// The corpus always comes from this checkout's reader, so both sides read the same texts.
const { loadCorpus } = await import('../corpus.js');
const corpus = loadCorpus(undefined, limit);
const { Analyzer } = await import(join(root, 'src', 'analyzer.ts'));
let options = {};
if (skip.length) {
  const { STAGE_REGISTRY } = await import(join(root, 'src', 'stages', 'registry.ts'));
  const stages = (STAGE_REGISTRY as { name: string }[]).map((d) => d.name).filter((n) => !skip.includes(n));
  options = { stages, skipOptional: true };
}
const analyzer = await Analyzer.create(options);
for (let i = 0; i < WARMUP_PASSES; i++) for (const t of corpus.texts) analyzer.run({ text: t.text });
(globalThis as { gc?: () => void }).gc?.();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let pass = 0; pass < TIMED_PASSES; pass++) for (const t of corpus.texts) analyzer.run({ text: t.text });
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const words = corpus.words * TIMED_PASSES;
const cpuUs = cpu.user + cpu.system;
console.log(
  JSON.stringify({
    root,
    skip: skip.join(','),
    texts: corpus.texts.length,
    words,
    cpuUsPerWord: cpuUs / words,
    cpuWordsPerS: words / (cpuUs / 1e6),
    wallWordsPerS: words / (wallMs / 1000),
  }),
);
