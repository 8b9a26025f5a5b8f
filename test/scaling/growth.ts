/**
 * The scaling guard's measurement and verdict, shared by the guard (stages.test.ts) and the test
 * that shows it catches a quadratic stage (guard.test.ts): runs measure.ts in a child process and
 * lists the steps whose time grows more than MAX_GROWTH times on the larger input.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Largest allowed time ratio for a 4× input: far below quadratic (16×), with room for noise (the
 * issue's ~6). measure.ts takes the best of several CPU times, alternating the sizes, so a burst of
 * load from other processes falls on both sizes alike.
 */
export const MAX_GROWTH = 6;
/**
 * Times below this are noise: the smaller input's time is taken as at least this (milliseconds).
 * Under load a 5–10 ms step measured 2× apart between runs; a quadratic one still grows 8× over it.
 */
export const FLOOR_MS = 20;

/** CPU milliseconds per shape, per size (bytes), per step. */
export type Times = Record<string, Record<string, Record<string, number>>>;

/** Times of every step (ingest, each stage, and the probe stages of probes.ts if asked) per shape and size. */
export function measureSteps(shapes: readonly string[], sizes: readonly number[], probes = false): Times {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(import.meta.dirname, 'measure.ts'),
      shapes.join(','),
      sizes.join(','),
      ...(probes ? ['probes'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`measure.ts failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Times;
}

export interface Verdict {
  /** One line per shape and step: both times and their ratio. */
  readonly lines: string[];
  /** The lines of steps that grew more than MAX_GROWTH times. */
  readonly tooFast: string[];
  /** The steps (`shape step`) that grew more than MAX_GROWTH times. */
  readonly failing: string[];
}

/** Compares each step's time at `large` with its time at `small` (floored at FLOOR_MS). */
export function judgeGrowth(times: Times, small: number, large: number): Verdict {
  const lines: string[] = [];
  const tooFast: string[] = [];
  const failing: string[] = [];
  for (const [shape, bySize] of Object.entries(times)) {
    const a = bySize[small] ?? {};
    for (const [step, ms] of Object.entries(bySize[large] ?? {})) {
      const ratio = ms / Math.max(a[step] ?? 0, FLOOR_MS);
      const line = `${shape} ${step}: ${(a[step] ?? 0).toFixed(1)} → ${ms.toFixed(1)} ms (${ratio.toFixed(2)}×)`;
      lines.push(line);
      if (ratio > MAX_GROWTH) {
        tooFast.push(line);
        failing.push(`${shape} ${step}`);
      }
    }
  }
  return { lines, tooFast, failing };
}
