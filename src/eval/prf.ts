/** Precision, recall and F1 from counts: the one definition every scorer uses. */

export interface PrfCounts {
  /** Predictions that match a gold item. */
  correct: number;
  predicted: number;
  gold: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** P = correct / predicted, R = correct / gold, F1 their harmonic mean; 0 where a denominator is 0. */
export function prf(c: Readonly<PrfCounts>): Prf {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
