/**
 * Extraction metrics, exactly as issue #8 defines them.
 *
 * - WCXB: per-page bag-of-words F1 over lower-cased `\w+` tokens (Python's
 *   Unicode `\w`: letters, digits, marks, underscore), averaged over pages.
 * - trafilatura-eval: over all snippets, TP = a `with` snippet found in the
 *   output, FN = a `with` snippet missing, FP = a `without` snippet found
 *   (white-space-normalised substring match).
 */

import { type Prf, prf as prfOf } from '../prf.js';

const WORD_RE = /[\p{L}\p{N}\p{M}_]+/gu;

export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(WORD_RE)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
  return bag;
}

export type { Prf } from '../prf.js';

export function bagF1(predicted: string, gold: string): Prf {
  const p = wordBag(predicted);
  const g = wordBag(gold);
  let np = 0;
  let ng = 0;
  let common = 0;
  for (const n of p.values()) np += n;
  for (const [w, n] of g) {
    ng += n;
    common += Math.min(n, p.get(w) ?? 0);
  }
  if (np === 0 && ng === 0) return { precision: 1, recall: 1, f1: 1 };
  return prfOf({ correct: common, predicted: np, gold: ng });
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** Adds one page's snippet outcomes; `output` must already be white-space-normalised. */
export function countSnippets(
  output: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
  into: SnippetCounts,
): { missed: string[]; leaked: string[] } {
  const missed: string[] = [];
  const leaked: string[] = [];
  for (const s of withSnippets) {
    if (output.includes(normalizeSpace(s))) into.tp++;
    else {
      into.fn++;
      missed.push(s);
    }
  }
  for (const s of withoutSnippets) {
    if (output.includes(normalizeSpace(s))) {
      into.fp++;
      leaked.push(s);
    } else into.tn++;
  }
  return { missed, leaked };
}

/** P/R/F from true positives, false positives and false negatives (the shared definition, eval/prf.ts). */
export function prf(tp: number, fp: number, fn: number): Prf {
  return prfOf({ correct: tp, predicted: tp + fp, gold: tp + fn });
}
