/** What the entity tagger knows about the whole document while it tags one sentence. */
import { honorificOf } from '../../../lang/en/titles.js';
import { feat } from '../../../learn/hashing.js';
import type { FeatureExtractor } from './features.js';
import { AGG_MAX, PAD, T } from './templates.js';
import { F_ALPHA, type WordInfo } from './word-info.js';

export interface DocContext {
  /** Lower-cased words seen in lower case anywhere in the document. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-cased words seen capitalised away from sentence starts in mixed-case sentences. */
  readonly seenCapMid: ReadonlySet<string>;
  /** Entity-type counts per lower-cased word from sentences tagged so far (4 types). */
  readonly memory: ReadonlyMap<string, Int32Array>;
  /** Last label given to each lower-cased word in this document. */
  readonly lastLabel: ReadonlyMap<string, number>;
  /** Lower-cased words of capitalised runs that end in a company suffix (`Bre-X Minerals Ltd`) in the document. */
  readonly companyWords: ReadonlySet<string>;
  /** Lower-cased capitalised words that follow a personal title (`Mr`, `Dr`) somewhere in the document. */
  readonly personWords: ReadonlySet<string>;
  /** Aggregated neighbour features of every occurrence of a capitalised word in the document. */
  readonly aggregate: ReadonlyMap<string, readonly number[]>;
  /**
   * First-pass label counts (4 types, then capitalised-but-O) of each word over
   * the other sentences of the document; absent during the first pass.
   */
  globalCounts(lower: string): Int32Array | undefined;
}

/** Document-wide facts that need no labels (see `documentCasing`). */
export interface DocumentCasing {
  readonly seenLower: ReadonlySet<string>;
  readonly seenCapMid: ReadonlySet<string>;
  readonly companyWords: ReadonlySet<string>;
  readonly personWords: ReadonlySet<string>;
  readonly aggregate: ReadonlyMap<string, readonly number[]>;
}

/**
 * Document-wide facts that need no labels: which words appear lower-case, which
 * capitalised mid-sentence, and the neighbours of every occurrence of each
 * capitalised word (Ratinov & Roth's context aggregation: a later bare
 * "Putin" sees that another occurrence followed "Vladimir").
 */
export function documentCasing(
  extractor: FeatureExtractor,
  sentences: readonly (readonly string[])[],
  /** The words of each sentence as written (`SentenceFacts.raw`), when already looked up. */
  raw?: readonly (readonly WordInfo[])[],
): DocumentCasing {
  const seenLower = new Set<string>();
  const companyWords = new Set<string>();
  const personWords = new Set<string>();
  const seenCapMid = new Set<string>();
  const aggSets = new Map<string, Set<number>>();
  for (let k = 0; k < sentences.length; k++) {
    const infos = raw?.[k] ?? (sentences[k] as readonly string[]).map((t) => extractor.info(t));
    for (let i = 0; i < infos.length; i++) {
      const x = infos[i] as WordInfo;
      if (!x.isCap) continue;
      let set = aggSets.get(x.lower);
      if (!set) {
        set = new Set();
        aggSets.set(x.lower, set);
      }
      if (set.size >= AGG_MAX * 4) continue;
      // Indices outside the sentence are not read (an out-of-bounds read deoptimises the compiled loop).
      const l = i > 0 ? infos[i - 1] : undefined;
      const r = i + 1 < infos.length ? infos[i + 1] : undefined;
      set.add(feat(T.aggL, l?.lw ?? PAD));
      set.add(feat(T.aggR, r?.lw ?? PAD));
      set.add(feat(T.aggLS, l?.short ?? PAD));
      set.add(feat(T.aggRS, r?.short ?? PAD));
    }
    nameEvidence(infos, companyWords, personWords);
    const mixed = infos.some((x) => !x.isCap && (x.flags & F_ALPHA) !== 0);
    for (let i = 0; i < infos.length; i++) {
      const x = infos[i] as WordInfo;
      if (!x.isCap && x.flags & F_ALPHA) seenLower.add(x.lower);
      else if (x.isCap && i > 0 && mixed && !x.isAllCaps) seenCapMid.add(x.lower);
    }
  }
  const aggregate = new Map<string, number[]>();
  for (const [w, set] of aggSets) aggregate.set(w, [...set]);
  return { seenLower, seenCapMid, companyWords, personWords, aggregate };
}

/** Legal-form and corporate words that end a company name (lower case, without a final period). */
const COMPANY_SUFFIXES = new Set(
  'inc corp corporation co ltd limited plc llc ag sa nv bv gmbh spa holdings group'.split(' '),
);

/** Label-free evidence in one sentence: words of company names, and names after a personal title. */
function nameEvidence(infos: readonly WordInfo[], companies: Set<string>, persons: Set<string>): void {
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i] as WordInfo;
    const bare = x.lower.endsWith('.') ? x.lower.slice(0, -1) : x.lower;
    if (i > 0 && x.isCap && COMPANY_SUFFIXES.has(bare)) {
      for (let j = i - 1; j >= 0 && (infos[j] as WordInfo).isCap; j--)
        companies.add((infos[j] as WordInfo).lower);
    }
    const next = i + 1 < infos.length ? infos[i + 1] : undefined;
    if (next?.isCap && x.isCap && honorificOf(x.lower)) persons.add(next.lower);
  }
}
