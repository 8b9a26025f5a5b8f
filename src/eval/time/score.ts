/**
 * TempEval-3 task A scoring of time expressions, exactly as issue #7 defines it:
 * extents are character ranges of the tag-free `<TEXT>`; the DCT does not count;
 * strict match = same range, relaxed match = any overlap, pairs one to one;
 * value and type accuracy are over relaxed matches; value F1 = relaxed F1 × value
 * accuracy (as the official scorer). Everything is also broken down by gold type.
 */

export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimeCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  valueCorrect: number;
  typeCorrect: number;
  /** Relaxed / strict matches counted on the predicted side (equal to relaxed / strict overall; differ per type). */
  relaxedPredicted: number;
  strictPredicted: number;
}

export interface MatchPair {
  readonly gold: ScoredTimex;
  readonly predicted: ScoredTimex;
}

export interface DocumentScore {
  readonly counts: TimeCounts;
  readonly pairs: readonly MatchPair[];
  readonly missed: readonly ScoredTimex[];
  readonly spurious: readonly ScoredTimex[];
}

export function emptyCounts(): TimeCounts {
  return {
    gold: 0,
    predicted: 0,
    strict: 0,
    relaxed: 0,
    valueCorrect: 0,
    typeCorrect: 0,
    relaxedPredicted: 0,
    strictPredicted: 0,
  };
}

/** One-to-one pairing: exact-range pairs first, then the largest overlaps. */
export function scoreDocument(
  gold: readonly ScoredTimex[],
  predicted: readonly ScoredTimex[],
): DocumentScore {
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: MatchPair[] = [];
  gold.forEach((gt, i) => {
    const j = predicted.findIndex((p, k) => !predUsed.has(k) && p.start === gt.start && p.end === gt.end);
    if (j >= 0) {
      goldUsed.add(i);
      predUsed.add(j);
      pairs.push({ gold: gt, predicted: predicted[j]! });
    }
  });
  const overlaps: [number, number, number][] = [];
  gold.forEach((gt, i) => {
    if (goldUsed.has(i)) return;
    predicted.forEach((p, j) => {
      if (predUsed.has(j)) return;
      const ov = Math.min(gt.end, p.end) - Math.max(gt.start, p.start);
      if (ov > 0) overlaps.push([ov, i, j]);
    });
  });
  overlaps.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of overlaps) {
    if (goldUsed.has(i) || predUsed.has(j)) continue;
    goldUsed.add(i);
    predUsed.add(j);
    pairs.push({ gold: gold[i]!, predicted: predicted[j]! });
  }
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  for (const p of pairs) {
    counts.relaxed++;
    counts.relaxedPredicted++;
    if (p.gold.start === p.predicted.start && p.gold.end === p.predicted.end) {
      counts.strict++;
      counts.strictPredicted++;
    }
    if (p.gold.value === p.predicted.value) counts.valueCorrect++;
    if (p.gold.type === p.predicted.type) counts.typeCorrect++;
  }
  return {
    counts,
    pairs,
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    spurious: predicted.filter((_, j) => !predUsed.has(j)),
  };
}

export function addCounts(into: TimeCounts, c: TimeCounts): void {
  into.gold += c.gold;
  into.predicted += c.predicted;
  into.strict += c.strict;
  into.relaxed += c.relaxed;
  into.valueCorrect += c.valueCorrect;
  into.typeCorrect += c.typeCorrect;
  into.relaxedPredicted += c.relaxedPredicted;
  into.strictPredicted += c.strictPredicted;
}

export interface TimeMetrics {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAccuracy: number;
  typeAccuracy: number;
  valueF1: number;
  typeF1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function metricsOf(c: TimeCounts): TimeMetrics {
  const strictP = ratio(c.strictPredicted, c.predicted);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxedPredicted, c.predicted);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const valueAccuracy = ratio(c.valueCorrect, c.relaxed);
  const typeAccuracy = ratio(c.typeCorrect, c.relaxed);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAccuracy,
    typeAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    typeF1: relaxedF1 * typeAccuracy,
  };
}

/**
 * Per-type counts: recall-side numbers (gold, matches, values) by the gold type,
 * precision-side numbers (predicted, matches) by the predicted type.
 */
export function countsByType(score: DocumentScore, into: Map<string, TimeCounts>): void {
  const get = (t: string): TimeCounts => {
    let c = into.get(t);
    if (c) return c;
    c = emptyCounts();
    into.set(t, c);
    return c;
  };
  for (const p of score.pairs) {
    const gc = get(p.gold.type);
    gc.gold++;
    gc.relaxed++;
    if (p.gold.start === p.predicted.start && p.gold.end === p.predicted.end) gc.strict++;
    if (p.gold.value === p.predicted.value) gc.valueCorrect++;
    if (p.gold.type === p.predicted.type) gc.typeCorrect++;
    const pc = get(p.predicted.type);
    pc.predicted++;
    pc.relaxedPredicted++;
    if (p.gold.start === p.predicted.start && p.gold.end === p.predicted.end) pc.strictPredicted++;
  }
  for (const m of score.missed) get(m.type).gold++;
  for (const s of score.spurious) get(s.type).predicted++;
}
