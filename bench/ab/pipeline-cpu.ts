/**
 * A/B of the pipeline suite's work (`Analyzer.run` over the first N PolNeAR train texts) between
 * checkouts, in ONE process so every side sees the same machine load: one warm-up pass per side, then
 * rounds of one pass per side (order alternating), each timed in process CPU (user + sys,
 * `process.cpuUsage`, GC included) and wall. Prints per-round ratios to the first side and their median.
 * Usage: `tsx --expose-gc bench/ab/pipeline-cpu.ts [--limit 300] [--rounds 3] name=DIR[:stage,stage] ...`
 * (`:acts,claims` leaves those stages out, as `BENCH_SKIP_STAGES` does in bench/suites/pipeline.ts).
 * Sides loaded later ran 2–10 % slower than the first on identical code (loaded machine, session 10): run it
 * twice with the sides in reverse order and take the geometric mean of the two ratios.
 */
import { loadCorpus } from '../corpus.js';
import { loadSide } from './load-side.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Side {
  readonly name: string;
  readonly analyzer: { run(input: { text: string }): unknown };
  readonly cpu: number[];
  readonly wall: number[];
}

const limit = arg('--limit', 300);
const rounds = arg('--rounds', 3);
const specs = process.argv.slice(2).filter((a) => a.includes('='));
// Both sides read the texts through this checkout's reader, so they analyse the same texts.
const corpus = loadCorpus(undefined, limit);
const sides: Side[] = [];
for (const spec of specs) {
  const { name, analyzer } = await loadSide<Side['analyzer']>(spec);
  sides.push({ name, analyzer, cpu: [], wall: [] });
}

function pass(side: Side): void {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of corpus.texts) side.analyzer.run({ text: t.text });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  side.cpu.push((c.user + c.system) / 1000);
  side.wall.push(wall);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

for (const side of sides) {
  pass(side);
  side.cpu.length = 0;
  side.wall.length = 0;
}
for (let r = 0; r < rounds; r++) {
  for (const side of r % 2 ? [...sides].reverse() : sides) pass(side);
  console.log(
    `round ${r + 1}: ${sides.map((s) => `${s.name} ${(s.cpu[r] as number).toFixed(0)} ms CPU`).join(', ')}`,
  );
}
const ref = sides[0] as Side;
console.log(
  `${corpus.texts.length} texts, ${corpus.words.toLocaleString('en')} words per pass, ${rounds} rounds`,
);
for (const s of sides) {
  const cpuRatios = s.cpu.map((ms, r) => (ref.cpu[r] as number) / ms);
  const wallRatios = s.wall.map((ms, r) => (ref.wall[r] as number) / ms);
  console.log(
    `${s.name}: ${Math.round(corpus.words / (median(s.cpu) / 1000)).toLocaleString('en')} words per CPU-second; ` +
      `speed vs ${ref.name}: CPU ${median(cpuRatios).toFixed(3)}× (rounds ${cpuRatios.map((x) => x.toFixed(3)).join(' ')}), ` +
      `wall ${median(wallRatios).toFixed(3)}× (rounds ${wallRatios.map((x) => x.toFixed(3)).join(' ')})`,
  );
}
