/**
 * conlleval-style scoring: an entity is correct when its start, end and type all
 * match a gold entity; precision, recall and F1 are micro-averaged over entities,
 * with a per-type breakdown.
 */
import { type TokenEntity, tagsToEntities } from '../../formats/conll.js';
import { type PrfCounts, prf } from '../prf.js';

export type { Prf, PrfCounts } from '../prf.js';
export { prf } from '../prf.js';

export interface NerScore {
  readonly overall: PrfCounts;
  readonly byType: ReadonlyMap<string, PrfCounts>;
  readonly tokens: number;
  readonly tokensCorrect: number;
}

/** Accumulates entity counts sentence by sentence. */
export class NerScorer {
  private readonly overall: PrfCounts = { correct: 0, predicted: 0, gold: 0 };
  private readonly byType = new Map<string, PrfCounts>();
  private tokens = 0;
  private tokensCorrect = 0;

  /** Scores one sentence given gold and predicted tags (IOB1, IOB2 or BILOU). */
  addTags(gold: readonly string[], predicted: readonly string[]): void {
    this.tokens += gold.length;
    for (let i = 0; i < gold.length; i++) {
      if (normTag(gold[i]) === normTag(predicted[i])) this.tokensCorrect++;
    }
    this.addEntities(tagsToEntities(gold), tagsToEntities(predicted));
  }

  addEntities(gold: readonly TokenEntity[], predicted: readonly TokenEntity[]): void {
    const key = (e: TokenEntity): string => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const e of gold) {
      this.counts(e.type).gold++;
      this.overall.gold++;
    }
    for (const e of predicted) {
      const c = this.counts(e.type);
      c.predicted++;
      this.overall.predicted++;
      if (goldKeys.has(key(e))) {
        c.correct++;
        this.overall.correct++;
      }
    }
  }

  result(): NerScore {
    return {
      overall: { ...this.overall },
      byType: new Map(this.byType),
      tokens: this.tokens,
      tokensCorrect: this.tokensCorrect,
    };
  }

  private counts(type: string): PrfCounts {
    let c = this.byType.get(type);
    if (!c) {
      c = { correct: 0, predicted: 0, gold: 0 };
      this.byType.set(type, c);
    }
    return c;
  }
}

/** Token accuracy compares entity types only, so IOB1 and IOB2 files of the same tagging agree. */
function normTag(tag: string | undefined): string {
  if (!tag || tag === 'O') return 'O';
  return tag.length > 2 && tag[1] === '-' ? tag.slice(2) : tag;
}

/** Lines of a conlleval-like table: overall and one row per type, in percent. */
export function formatNerScore(score: NerScore): string[] {
  const row = (name: string, c: PrfCounts): string => {
    const p = prf(c);
    const pct = (v: number): string => (100 * v).toFixed(2).padStart(6);
    return `${name.padEnd(8)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  gold ${String(c.gold).padStart(5)}  pred ${String(c.predicted).padStart(5)}`;
  };
  const types = [...score.byType.keys()].sort();
  return [row('overall', score.overall), ...types.map((t) => row(t, score.byType.get(t) as PrfCounts))];
}
