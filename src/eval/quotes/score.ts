/**
 * The attribution metric of issue #6, exactly as written there:
 *
 * - a predicted Content matches a gold Content when it covers at least 30 % (and,
 *   reported separately, 80 %) of the gold Content's characters;
 * - pairs are matched one to one, largest overlap first;
 * - precision = matched / predicted, recall = matched / gold;
 * - speaker accuracy over matched pairs whose gold attribution has a Source: right when
 *   the predicted Source span overlaps the gold Source span, or the predicted canonical
 *   speaker name shares a word of three or more letters (not a title word) with the gold
 *   Source text;
 * - the same numbers for the gold attributions whose Content contains a quotation mark.
 */
import type { BratRange } from '../../formats/brat.js';
import { prf } from '../prf.js';

export interface ScoredAttribution {
  readonly content: readonly BratRange[];
  readonly source?: BratRange;
  /** Gold: the Source text. Predicted: unused. */
  readonly sourceText?: string;
  /** Predicted: canonical speaker name, when resolved. */
  readonly speaker?: string;
  /** Gold: the Content contains a quotation mark. */
  readonly quoted?: boolean;
}

export interface DocumentPairs {
  readonly gold: readonly ScoredAttribution[];
  readonly predicted: readonly ScoredAttribution[];
}

export interface ThresholdScore {
  readonly threshold: number;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Matched pairs whose gold has a Source, and how many of those got the speaker right. */
  readonly speakerPairs: number;
  readonly speakerRight: number;
  readonly speakerAccuracy: number;
  /** Quote-mark subset: gold count, matched, recall, speaker accuracy. */
  readonly quotedGold: number;
  readonly quotedMatched: number;
  readonly quotedRecall: number;
  readonly quotedSpeakerPairs: number;
  readonly quotedSpeakerRight: number;
  readonly quotedSpeakerAccuracy: number;
}

/** Words that name a title or office, not a person: sharing one is not a speaker match. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr sir lord lady president vice senator sen rep representative congressman ' +
    'congresswoman gov governor secretary minister prime chairman chairwoman chair general gen ' +
    'judge justice mayor professor prof rev reverend spokesman spokeswoman spokesperson king queen ' +
    'prince princess chief director candidate nominee former leader speaker house majority minority ' +
    'attorney ambassador commissioner officer official officials sheriff captain colonel lieutenant ' +
    'sergeant admiral pope bishop father sister brother dame saint'
  ).split(' '),
);

/** Function words of three or more letters: never evidence of the same speaker. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'for',
  'from',
  'with',
  'its',
  'his',
  'her',
]);

/** Quotation marks (double, guillemets, low-9 and opening single; `’` doubles as apostrophe). */
export const QUOTE_MARK_RE = /["“”«»„‘‹›]/;

function nameWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const bare = w.replace(/['’]s$/, '');
    if (bare.length >= 3 && !TITLE_WORDS.has(bare) && !FUNCTION_WORDS.has(bare)) out.add(bare);
  }
  return out;
}

/** Characters shared by two sets of half-open ranges (each set assumed non-overlapping within itself). */
export function rangesOverlap(a: readonly BratRange[], b: readonly BratRange[]): number {
  let total = 0;
  for (const x of a) {
    for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return total;
}

function length(rs: readonly BratRange[]): number {
  return rs.reduce((n, r) => n + Math.max(0, r.end - r.start), 0);
}

export function speakerRight(gold: ScoredAttribution, predicted: ScoredAttribution): boolean {
  if (!gold.source) return false;
  if (predicted.source && rangesOverlap([gold.source], [predicted.source]) > 0) return true;
  if (!predicted.speaker || !gold.sourceText) return false;
  const goldWords = nameWords(gold.sourceText);
  for (const w of nameWords(predicted.speaker)) if (goldWords.has(w)) return true;
  return false;
}

/** One-to-one matching, largest overlap first: returns gold index → predicted index. */
export function matchPairs(doc: DocumentPairs, threshold: number): Map<number, number> {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  doc.gold.forEach((g, gi) => {
    const need = threshold * length(g.content);
    if (need <= 0) return;
    doc.predicted.forEach((p, pi) => {
      const ov = rangesOverlap(g.content, p.content);
      if (ov > 0 && ov >= need - 1e-9) candidates.push({ g: gi, p: pi, overlap: ov });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const goldUsed = new Map<number, number>();
  const predUsed = new Set<number>();
  for (const c of candidates) {
    if (goldUsed.has(c.g) || predUsed.has(c.p)) continue;
    goldUsed.set(c.g, c.p);
    predUsed.add(c.p);
  }
  return goldUsed;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function score(docs: readonly DocumentPairs[], threshold: number): ThresholdScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let speakerPairs = 0;
  let speakerOk = 0;
  let quotedGold = 0;
  let quotedMatched = 0;
  let quotedSpeakerPairs = 0;
  let quotedSpeakerOk = 0;
  for (const doc of docs) {
    gold += doc.gold.length;
    predicted += doc.predicted.length;
    quotedGold += doc.gold.filter((g) => g.quoted).length;
    for (const [gi, pi] of matchPairs(doc, threshold)) {
      const g = doc.gold[gi] as ScoredAttribution;
      const p = doc.predicted[pi] as ScoredAttribution;
      matched++;
      if (g.quoted) quotedMatched++;
      if (!g.source) continue;
      const ok = speakerRight(g, p);
      speakerPairs++;
      if (ok) speakerOk++;
      if (g.quoted) {
        quotedSpeakerPairs++;
        if (ok) quotedSpeakerOk++;
      }
    }
  }
  return {
    threshold,
    gold,
    predicted,
    matched,
    ...prf({ correct: matched, predicted, gold }),
    speakerPairs,
    speakerRight: speakerOk,
    speakerAccuracy: ratio(speakerOk, speakerPairs),
    quotedGold,
    quotedMatched,
    quotedRecall: ratio(quotedMatched, quotedGold),
    quotedSpeakerPairs,
    quotedSpeakerRight: quotedSpeakerOk,
    quotedSpeakerAccuracy: ratio(quotedSpeakerOk, quotedSpeakerPairs),
  };
}

/** The metrics every quotes profile reports, at the ≥ 30 % and ≥ 80 % overlap thresholds. */
export function thresholdMetrics(at30: ThresholdScore, at80: ThresholdScore): Record<string, number> {
  return {
    'precision@30': at30.precision,
    'recall@30': at30.recall,
    'f1@30': at30.f1,
    'precision@80': at80.precision,
    'recall@80': at80.recall,
    'f1@80': at80.f1,
    'speaker_accuracy@30': at30.speakerAccuracy,
    'speaker_accuracy@80': at80.speakerAccuracy,
  };
}

/** One report line of a threshold's scores. */
export function thresholdRow(s: ThresholdScore): string {
  return `${`${Math.round(s.threshold * 100)} %`.padEnd(6)} P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}  matched ${s.matched}/${s.gold} gold, ${s.predicted} predicted; speaker ${s.speakerAccuracy.toFixed(4)} (${s.speakerRight}/${s.speakerPairs})`;
}
