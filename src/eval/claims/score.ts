/**
 * The claims metric of issue #20, item 6, exactly as written there: a predicted response matches a
 * gold one (one to one) when their cues overlap, else when both are in the same sentence and their
 * responders or claim spans overlap; precision, recall and F1 over responses; over matched pairs,
 * relation accuracy and link accuracy (a linked claim covers ≥ 30 % of the characters of one of the
 * gold claim spans).
 */
import { prf } from '../prf.js';
export interface Offsets {
  readonly start: number;
  readonly end: number;
}

export interface ScoredResponse {
  readonly relation: string;
  readonly cue: Offsets;
  readonly responder?: Offsets;
  /** Gold: the claim spans; predicted: the spans of the linked claims. */
  readonly claims: readonly Offsets[];
}

export interface DocumentPair {
  readonly stem: string;
  readonly gold: readonly ScoredResponse[];
  readonly predicted: readonly ScoredResponse[];
  /** The sentence index of a character offset. */
  readonly sentenceAt: (offset: number) => number;
}

/** The share of a gold claim span's characters a linked claim must cover (issue #20). */
export const LINK_COVERAGE = 0.3;

export interface ClaimsScore {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly relationAccuracy: number;
  readonly linkAccuracy: number;
  readonly errors: readonly string[];
}

const overlaps = (a: Offsets, b: Offsets) => a.start < b.end && b.start < a.end;

function covers(linked: Offsets, gold: Offsets): boolean {
  const o = Math.min(linked.end, gold.end) - Math.max(linked.start, gold.start);
  return o > 0 && o >= LINK_COVERAGE * (gold.end - gold.start);
}

export function linkCorrect(p: ScoredResponse, g: ScoredResponse): boolean {
  return p.claims.some((l) => g.claims.some((c) => covers(l, c)));
}

function matchDocument(d: DocumentPair): Array<[ScoredResponse, ScoredResponse]> {
  const pairs: Array<[ScoredResponse, ScoredResponse]> = [];
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pass = (ok: (p: ScoredResponse, g: ScoredResponse) => boolean) => {
    d.gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = d.predicted.findIndex((p, i) => !usedP.has(i) && ok(p, g));
      if (pi < 0) return;
      usedG.add(gi);
      usedP.add(pi);
      pairs.push([d.predicted[pi] as ScoredResponse, g]);
    });
  };
  pass((p, g) => overlaps(p.cue, g.cue));
  pass(
    (p, g) =>
      d.sentenceAt(p.cue.start) === d.sentenceAt(g.cue.start) &&
      ((!!p.responder && !!g.responder && overlaps(p.responder, g.responder)) ||
        p.claims.some((a) => g.claims.some((b) => overlaps(a, b)))),
  );
  return pairs;
}

export function scoreClaims(docs: readonly DocumentPair[]): ClaimsScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let relationRight = 0;
  let linkRight = 0;
  const errors: string[] = [];
  for (const d of docs) {
    gold += d.gold.length;
    predicted += d.predicted.length;
    const pairs = matchDocument(d);
    matched += pairs.length;
    for (const [p, g] of pairs) {
      if (p.relation === g.relation) relationRight++;
      else errors.push(`${d.stem} ${g.cue.start}: relation ${p.relation} for gold ${g.relation}`);
      if (linkCorrect(p, g)) linkRight++;
      else errors.push(`${d.stem} ${g.cue.start}: link misses the gold claim`);
    }
    for (const g of d.gold)
      if (!pairs.some(([, x]) => x === g)) errors.push(`${d.stem} ${g.cue.start}: missed ${g.relation}`);
    for (const p of d.predicted)
      if (!pairs.some(([x]) => x === p)) errors.push(`${d.stem} ${p.cue.start}: spurious ${p.relation}`);
  }
  return {
    gold,
    predicted,
    matched,
    ...prf({ correct: matched, predicted, gold }),
    relationAccuracy: matched ? relationRight / matched : 0,
    linkAccuracy: matched ? linkRight / matched : 0,
    errors,
  };
}
