/**
 * Cells of the scaling benchmark's tables (scaling.ts): CPU seconds, and growth factors per doubling
 * judged against issue #15's target, with a step too small to time said so rather than given a
 * factor made of noise.
 */

/** Issue #15's target: a step's time may grow at most this much per doubling of its input. */
export const TARGET_GROWTH = 2.3;

/**
 * CPU milliseconds a step must take at the larger size of a doubling for its growth factor to be
 * printed: below, the factor is noise (a 10 ms step varies by ±5 ms between runs of the same window
 * on a loaded machine: one scavenge more or less) and the cell says `<20 ms` instead.
 */
export const MIN_FACTOR_MS = 20;

/** Milliseconds as seconds with two decimals; `–` when absent. */
export const fmtS = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(2));

/**
 * The growth factor from `a` to `b` ms (`b` at twice the input); `**…**` when over TARGET_GROWTH,
 * `<20 ms` when `b` is under MIN_FACTOR_MS, `–` when either is absent.
 */
export function fmtX(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || a <= 0) return '–';
  if (b < MIN_FACTOR_MS) return `<${MIN_FACTOR_MS} ms`;
  const x = `${(b / a).toFixed(2)}×`;
  return b / a > TARGET_GROWTH ? `**${x}**` : x;
}
