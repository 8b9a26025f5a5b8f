/**
 * Word-level resources learned from unlabeled text (scripts/ner/resources.ts):
 * distributional cluster ids at several granularities and how often a word is
 * capitalised mid-sentence, which lets the tagger read all-caps headlines and
 * sentence-initial words as if they were in running text.
 */

export interface LexEntry {
  /** Cluster id per level of the cluster tree (coarse to fine). */
  readonly clusters: readonly number[];
  /** Mid-sentence capitalisation bucket: 0 never … 4 almost always, 5 too few observations. */
  readonly cap: number;
}

/** Bucket of the share of mid-sentence occurrences that were capitalised. */
export function capBucket(capitalised: number, total: number): number {
  const r = capitalised / total;
  return r < 0.05 ? 0 : r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.95 ? 3 : 4;
}

export class Lexicon {
  /**
   * Serialised entries (`cap<TAB>c1,c2,…`), parsed at each lookup so loading stays fast. Not memoised:
   * the tagger asks only for words missing from its own word cache (features.ts), which keeps the entry,
   * and a memo here grew with every word ever seen (17k entries, 3.2 MB after 840 PolNeAR articles).
   */
  private readonly raw = new Map<string, string>();
  /** Entries given already parsed (training), answered as given. */
  private readonly parsed = new Map<string, LexEntry>();

  constructor(entries: ReadonlyMap<string, LexEntry> = new Map()) {
    for (const [w, e] of entries) {
      this.raw.set(w, `${e.cap}\t${e.clusters.join(',')}`);
      this.parsed.set(w, e);
    }
  }

  get size(): number {
    return this.raw.size;
  }

  get(lower: string): LexEntry | undefined {
    const hit = this.parsed.get(lower);
    if (hit) return hit;
    const r = this.raw.get(lower);
    if (r === undefined) return undefined;
    const tab = r.indexOf('\t');
    const cl = r.slice(tab + 1);
    // Pushed one by one, the ids stay small integers in every array: `split(',').map(Number)` made
    // double arrays once V8 had compiled this function, and the second array kind deoptimised every
    // compiled function reading a word's clusters.
    const clusters: number[] = [];
    if (cl) for (const id of cl.split(',')) clusters.push(Number(id));
    return { cap: Number(r.slice(0, tab)), clusters };
  }

  /** `word<TAB>cap<TAB>c1,c2,…` lines. */
  *lines(): Iterable<string> {
    for (const [w, r] of this.raw) yield `${w}\t${r}`;
  }

  static fromLines(lines: Iterable<string>): Lexicon {
    const lex = new Lexicon();
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      lex.raw.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return lex;
  }
}
