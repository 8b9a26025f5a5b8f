/**
 * Timing of the scaling benchmark's steps (scaling-child.ts), the same way at every size: each step
 * (ingestion, each stage on each window, cutting and merging windows, output) runs exactly once per
 * run and its CPU time is summed over its windows; the benchmark takes the median over `--repeat`
 * runs. Nothing is repeated inside a run: a repeat finds the stage's caches warm, and a rule that
 * repeats only short runs repeats some sizes' windows and not others' (session 14: a stage near the
 * rule's 10 ms threshold per window was timed warm at 2 MB and cold at 4 MB, which alone read as
 * 2.4–2.6× per doubling).
 *
 * Garbage is collected where it is the same at every size, so that a step is not charged at random
 * for what others left:
 * - before each window (and before the stages of an unwindowed text) a full collection, timed with
 *   its concurrent sweeping as its own step `gc`: the old generation then holds no earlier window's
 *   garbage, and the cost of a growing live heap shows in that row (measured on 4 MB of one long
 *   line without it, `sentences` took 3–37 ms on windows doing the same work, depending on which
 *   old-generation collection fell in it). A real run collects less often: the row (and the total)
 *   counts more collection than `analyze` does;
 * - before each timed call the young generation is emptied (a minor collection, ~1 ms, untimed), so
 *   a step's scavenges collect its own garbage rather than what the step before left.
 * Old-generation collections that a step's own allocation triggers stay in that step.
 *
 * Each step's time is taken twice: CPU of the whole process (`cpuMs`) and of the main thread alone
 * (`mainMs`, scaling-thread-cpu.ts); the table charges a step its main thread's time and the rest (V8's
 * helper threads) to a row `helpers` (scaling.ts).
 */
import { WINDOW_CHARS } from '../../src/analysis/windows.js';
import { threadCpuMs } from './scaling-thread-cpu.js';

/**
 * Characters of the untimed warm-up each run does before its measured input (JIT, lazy tables): the
 * same shape drawn with another seed (scaling-inputs.ts WARMUP_SEED: text like the measured one but not
 * its first windows, so no size finds its own words cached), run in windows of WINDOW_CHARS, the length
 * every measured size from 1 MB up runs in, so
 * the measured windows run code compiled on windows like theirs (steady state). One full window and
 * half of one: cutting, merging and a last short window are warm too. A warm-up on 16 K windows left
 * the first measured 512 K windows paying compiles and deopts, charged to their step (session 17:
 * template-news `sentences` 2.55× 2→4 MB where 1→4 MB was 3.5×).
 */
export const WARMUP_CHARS = Math.round(1.5 * WINDOW_CHARS);

/** CPU (whole process and main thread) and wall milliseconds per step, summed over the step's timed calls. */
export interface StepTime {
  ms: number;
  cpuMs: number;
  /** The main thread's CPU; equal to `cpuMs` where the system cannot tell threads apart. */
  mainMs: number;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Wall milliseconds to wait after a forced full collection, so that its sweeping on V8's helper
 * threads (~15–20 ms of CPU after a 150 ms collection of a 300 MB heap) is done before the next
 * step's CPU time is taken: without it, the first stage of a window of 6 characters measured 18 ms.
 */
const GC_SETTLE_MS = 100;
const settle = new Int32Array(new SharedArrayBuffer(4));

type Gc = (options?: { type: 'minor' }) => void;
const gc = (globalThis as { gc?: Gc }).gc;

/** Sums each step's time over its calls (one call per window of a windowed document). */
export class StepClock {
  readonly totals = new Map<string, StepTime>();

  /** Runs `run` once, adding its CPU and wall time to `step`. */
  time<T>(step: string, run: () => T): T {
    gc?.({ type: 'minor' });
    const t0 = performance.now();
    const m0 = threadCpuMs();
    const c0 = cpuNow();
    const result = run();
    const cpuMs = cpuNow() - c0;
    const m1 = threadCpuMs();
    const ms = performance.now() - t0;
    const t = this.totals.get(step) ?? { ms: 0, cpuMs: 0, mainMs: 0 };
    t.ms += ms;
    t.cpuMs += cpuMs;
    // The main thread cannot run longer than the process: clamped against the two clocks' granularity.
    t.mainMs += m0 === undefined || m1 === undefined ? cpuMs : Math.min(cpuMs, m1 - m0);
    this.totals.set(step, t);
    return result;
  }

  /**
   * A full collection and GC_SETTLE_MS for its concurrent sweeping, timed as step `gc` (the benchmark
   * runs with `--expose-gc`; without, nothing).
   */
  collect(): void {
    if (!gc) return;
    this.time('gc', () => {
      // `gc()` without options: in Node 20 `gc({ type: 'major' })` returned in ~1–5 ms where `gc()` took ~150 ms.
      gc();
      Atomics.wait(settle, 0, 0, GC_SETTLE_MS);
    });
  }

  clear(): void {
    this.totals.clear();
  }
}
