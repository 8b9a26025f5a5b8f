/**
 * The order the scaling benchmark (scaling.ts) runs its sizes in: rounds over all sizes, ascending in
 * even rounds and descending in odd ones (1, 2, 4, 8, then 8, 4, 2, 1 …). Drift in the machine's
 * speed over a run of twenty minutes or more (other processes starting or ending) then falls on the
 * small and the large sizes alike: with every round ascending, the larger size of each doubling always
 * ran later than the smaller, so a machine slowing down over the run inflated every factor (session 19:
 * the one-long-line steps of a 24-minute run were 2.30–2.56× where its whole run was 2.19×).
 */

/** Indices of the sizes (ascending sizes given) in the order round `round` runs them. */
export function roundOrder(round: number, sizes: number): number[] {
  const up = Array.from({ length: sizes }, (_, i) => i);
  return round % 2 === 0 ? up : up.reverse();
}

/**
 * The growth factor of a step from one size to the next in each round, pairing the runs of the same
 * round (run close in time): the spread says whether a median factor over the target is every
 * round's or one slow run's. A round missing either time gives no factor.
 */
export function roundFactors(
  small: readonly (number | undefined)[],
  large: readonly (number | undefined)[],
): number[] {
  const out: number[] = [];
  for (let r = 0; r < Math.min(small.length, large.length); r++) {
    const a = small[r];
    const b = large[r];
    if (a !== undefined && b !== undefined && a > 0) out.push(b / a);
  }
  return out;
}
