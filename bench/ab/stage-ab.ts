/**
 * Per-stage A/B between two checkouts in ONE process (both see the same machine load): one warm-up pass per
 * side, then rounds of one pass per side over the first N PolNeAR train texts, order alternating. Each
 * stage's wall time is split into its "own" time and the main-thread GC pauses that fell inside it (a stage
 * that allocates more pays more of them), so both are printed: the median per stage of each side and the
 * ratio b ÷ a, then the GC pauses inside stages and the process CPU of a pass.
 * Usage: `tsx --expose-gc bench/ab/stage-ab.ts [--limit 300] [--rounds 3] a=DIR[:stage,…] b=DIR[:stage,…]`
 * (`:acts,claims` leaves those stages out, load-side.ts: against a checkout without them, every stage then runs
 * in the same pipeline on both sides).
 * The side loaded second tends to run a few per cent faster or slower on identical code: run it twice with
 * the sides swapped and read both orders together.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { loadCorpus } from '../corpus.js';
import { loadSide } from './load-side.js';

interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}
interface Runner {
  run(input: { text: string }): { timings: readonly StageTiming[] };
}
interface Side {
  readonly name: string;
  readonly analyzer: Runner;
  readonly own: Map<string, number[]>;
  readonly withGc: Map<string, number[]>;
  readonly gc: number[];
  readonly cpu: number[];
}
interface Interval {
  readonly stage: string;
  readonly start: number;
  readonly end: number;
}

/** Time left after a pass for V8's concurrent work to settle before the next side's pass (ms). */
const SETTLE_MS = 50;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const limit = arg('--limit', 300);
const rounds = arg('--rounds', 3);
const specs = process.argv.slice(2).filter((a) => a.includes('='));
if (specs.length !== 2)
  throw new Error('usage: stage-ab.ts [--limit N] [--rounds N] a=DIR[:stage,…] b=DIR[:stage,…]');
const corpus = loadCorpus(undefined, limit);

const pauses: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ['gc'] });

const sides: Side[] = [];
for (const spec of specs) {
  const { name, analyzer } = await loadSide<Runner>(spec);
  sides.push({ name, analyzer, own: new Map(), withGc: new Map(), gc: [], cpu: [] });
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS));

/** GC pause time (ms) overlapping [start, end); `pauses` sorted by start, `from` the first that may overlap. */
function pauseWithin(start: number, end: number, from: number): number {
  let total = 0;
  for (let k = from; k < pauses.length && pauses[k]!.start < end; k++) {
    total += Math.max(0, Math.min(end, pauses[k]!.end) - Math.max(start, pauses[k]!.start));
  }
  return total;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

async function pass(side: Side, record: boolean): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await settle();
  pauses.length = 0;
  const intervals: Interval[] = [];
  const c0 = process.cpuUsage();
  for (const t of corpus.texts) {
    const t0 = performance.now();
    const { timings } = side.analyzer.run({ text: t.text });
    const t1 = performance.now();
    // Stage intervals back to back, ending when the run returned (its own overhead before the first stage is small).
    let at = Math.max(t0, t1 - timings.reduce((sum, x) => sum + x.ms, 0));
    for (const x of timings) {
      intervals.push({ stage: x.stage, start: at, end: at + x.ms });
      at += x.ms;
    }
  }
  const c = process.cpuUsage(c0);
  await settle();
  if (!record) return;
  side.cpu.push((c.user + c.system) / 1000);
  pauses.sort((a, b) => a.start - b.start);
  const own = new Map<string, number>();
  const withGc = new Map<string, number>();
  let first = 0;
  let inStages = 0;
  for (const iv of intervals) {
    while (first < pauses.length && pauses[first]!.end <= iv.start) first++;
    const g = pauseWithin(iv.start, iv.end, first);
    inStages += g;
    withGc.set(iv.stage, (withGc.get(iv.stage) ?? 0) + iv.end - iv.start);
    own.set(iv.stage, (own.get(iv.stage) ?? 0) + iv.end - iv.start - g);
  }
  side.gc.push(inStages);
  for (const [stage, ms] of own) {
    push(side.own, stage, ms);
    push(side.withGc, stage, withGc.get(stage)!);
  }
}

function median(xs: readonly number[] | undefined): number {
  if (!xs?.length) return Number.NaN;
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

for (const side of sides) await pass(side, false);
for (let r = 0; r < rounds; r++) {
  for (const side of r % 2 ? [...sides].reverse() : sides) await pass(side, true);
}

const [a, b] = sides as [Side, Side];
const row = (label: string, x: number, y: number): string =>
  `${label}\t${x.toFixed(0)}\t${y.toFixed(0)}\t${(y / x).toFixed(3)}`;
console.log(`stage\t${a.name}-own\t${b.name}-own\town-ratio\t${a.name}-withgc\t${b.name}-withgc\tratio`);
for (const stage of new Set([...a.own.keys(), ...b.own.keys()])) {
  const withGc = row('', median(a.withGc.get(stage)), median(b.withGc.get(stage))).slice(1);
  console.log(`${row(stage, median(a.own.get(stage)), median(b.own.get(stage)))}\t${withGc}`);
}
console.log(row('gc-pauses-in-stages', median(a.gc), median(b.gc)));
console.log(row('TOTAL-CPU', median(a.cpu), median(b.cpu)));
