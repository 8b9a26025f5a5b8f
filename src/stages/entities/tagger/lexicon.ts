/**
 * Word-level resources learned from unlabeled text (scripts/ner/clusters.ts):
 * distributional cluster ids at several granularities and how often a word is
 * capitalised mid-sentence, which lets the tagger read all-caps headlines and
 * sentence-initial words as if they were in running text.
 */

export interface LexEntry {
  /** Cluster id per granularity (coarse to fine). */
  readonly clusters: readonly number[];
  /** Mid-sentence capitalisation bucket: 0 never … 4 almost always. */
  readonly cap: number;
}

/** Bucket of the share of mid-sentence occurrences that were capitalised. */
export function capBucket(capitalised: number, total: number): number {
  const r = capitalised / total;
  return r < 0.05 ? 0 : r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.95 ? 3 : 4;
}

export class Lexicon {
  constructor(readonly entries: ReadonlyMap<string, LexEntry>) {}

  get(lower: string): LexEntry | undefined {
    return this.entries.get(lower);
  }

  /** `word<TAB>cap<TAB>c1,c2,…` lines. */
  *lines(): Iterable<string> {
    for (const [w, e] of this.entries) yield `${w}\t${e.cap}\t${e.clusters.join(',')}`;
  }

  static fromLines(lines: Iterable<string>): Lexicon {
    const m = new Map<string, LexEntry>();
    for (const line of lines) {
      const parts = line.split('\t');
      if (parts.length < 3) continue;
      m.set(parts[0] as string, {
        cap: Number(parts[1]),
        clusters: (parts[2] as string).split(',').filter(Boolean).map(Number),
      });
    }
    return new Lexicon(m);
  }
}
