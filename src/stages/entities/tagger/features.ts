/**
 * Feature extraction for the entity tagger. Each token gets a list of hashed
 * features from families that can be switched off one at a time (the ablation
 * in docs/ner.md): word identity, affixes, shape, neighbouring words, gazetteer
 * matches, word clusters, learned casing, and document memory.
 */

import { feat, feat2, hashFolded, hashString } from '../../../learn/hashing.js';
import { clusterPrefix } from '../../pos/word-clusters.js';
import type { DocContext } from './document-casing.js';
import type { FeatureSink } from './feature-buffer.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { LINE_RUNNING, lineKind, NUMBER } from './line-kind.js';
import { sentenceCase } from './sentence-case.js';
import { PAD, T } from './templates.js';
import { NO_SLOT, WordInfoCache } from './word-cache.js';
import {
  F_ALLCAPS,
  F_ALPHA,
  F_APOS,
  F_DIGIT,
  F_HYPHEN,
  F_INITCAP,
  F_PERIOD,
  normalizeToken,
  shortShape,
  stemCandidates,
  type WordInfo,
  wordShape,
} from './word-info.js';

export type { WordInfo } from './word-info.js';

export const FEATURE_FAMILIES = [
  'lexical',
  'affix',
  'shape',
  'context',
  'gazetteer',
  'cluster',
  'casing',
  'document',
  'global',
  'embedding',
  'lines',
  'company',
  'confident',
] as const;
export type FeatureFamily = (typeof FEATURE_FAMILIES)[number];

/** Embedding-cluster granularities (path bits): 16, 256 and 4096 clusters. */
const EMB_BITS = [4, 8, 12] as const;

/** Longest prefix and suffix with a feature of its own. */
const AFFIX_LEN = 4;

/** Shared empty cluster list of words missing from the lexicon (never written to). */
const NO_CLUSTERS: readonly number[] = [];

/** Shared empty gazetteer code list of tokens without matches (never written to). */
const NO_CODES: number[] = [];

/** Neighbour offsets with features of their own (see `neighbourFeatures`). */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** A sentence as the tagger reads it (see `FeatureExtractor.prepare`). */
export interface SentenceFacts {
  readonly infos: WordInfo[];
  /** The words as written (differs from `infos` in a Title Case headline). */
  readonly raw: readonly WordInfo[];
  /** Read as ALL CAPS (also a Title Case headline when the casing family is off). */
  readonly capsSentence: boolean;
  /** 0 running text, 1 ALL CAPS, 2 Title Case read with its common words lower-cased. */
  readonly sentKind: number;
  /** The line's kind (line-kind.ts): running text, ALL CAPS or Title Case headline, results table or score line. */
  readonly lineKind: number;
  /** Gazetteer codes (category·4 + position + 1) per token. */
  readonly gazAt: readonly (readonly number[])[];
}

/** A sentence with its features: `feats[offs[i]…offs[i+1])` are token `i`'s. */
export interface PreparedSentence extends SentenceFacts {
  readonly feats: Uint32Array;
  readonly offs: Int32Array;
}

export class FeatureExtractor {
  /** Facts of recent words, in two generations (word-cache.ts). */
  private readonly words = new WordInfoCache((token) => this.computeInfo(token));
  private readonly on: Record<FeatureFamily, boolean>;

  constructor(
    private readonly lexicon: Lexicon | undefined,
    private readonly gazetteer: Gazetteer | undefined,
    disabled: readonly FeatureFamily[] = [],
    /** Folded-word hash → packed cluster path from pre-trained word vectors (scripts/ner/build-model.ts). */
    readonly embeddings?: ReadonlyMap<number, number>,
  ) {
    this.on = Object.fromEntries(FEATURE_FAMILIES.map((f) => [f, !disabled.includes(f)])) as Record<
      FeatureFamily,
      boolean
    >;
  }

  info(token: string): WordInfo {
    return this.words.get(token);
  }

  /** Words cached now (at most two generations). */
  get cachedWords(): number {
    return this.words.size;
  }

  private computeInfo(token: string): WordInfo {
    const norm = normalizeToken(token);
    const lower = norm.toLowerCase();
    const shape = wordShape(norm);
    const lex = this.lexicon?.get(lower.replace(/\d/g, '0'));
    let flags = 0;
    const isCap = /^\p{Lu}/u.test(norm);
    const hasLetter = /\p{L}/u.test(norm);
    const isAllCaps = hasLetter && norm === norm.toUpperCase() && norm !== norm.toLowerCase();
    if (isCap) flags |= F_INITCAP;
    if (isAllCaps) flags |= F_ALLCAPS;
    if (/\d/.test(norm)) flags |= F_DIGIT;
    if (norm.includes('-')) flags |= F_HYPHEN;
    if (norm.includes('.')) flags |= F_PERIOD;
    if (norm.includes("'")) flags |= F_APOS;
    if (hasLetter) flags |= F_ALPHA;
    // Hashes kept as Int32 (`| 0`): only feature mixing reads them, bit by bit, so the sign changes nothing,
    // and a field that ever holds a number above 2^31 is boxed (16 bytes more per field and word).
    return {
      w: hashString(norm) | 0,
      lower,
      lw: hashString(lower.replace(/\d/g, '0')) | 0,
      shape: hashString(shape) | 0,
      short: hashString(shortShape(shape)) | 0,
      clusters: lex ? lex.clusters : NO_CLUSTERS,
      cap: lex ? lex.cap + 1 : 0,
      flags,
      isCap,
      isAllCaps,
      common: lex ? lex.cap <= 1 : this.stemIsCommon(lower),
      gaz: this.gazetteer?.lookup(lower) ?? 0,
      emb: this.embeddings?.get(hashFolded(norm)) ?? 0,
      isNumber: NUMBER.test(norm),
      slot: NO_SLOT,
      serial: 0,
    };
  }

  /** Whether a word missing from the lexicon inflects one that is rarely capitalised. */
  private stemIsCommon(lower: string): boolean {
    if (!this.lexicon || !/^[a-z]+$/.test(lower)) return false;
    for (const stem of stemCandidates(lower)) {
      const e = this.lexicon.get(stem);
      if (e) return e.cap <= 1;
    }
    return false;
  }

  /**
   * Features of a word alone (no neighbours, no sentence facts). Not cached: the tagger needs them
   * once per distinct word (it caches their summed scores), and a cache kept them alive with the word.
   */
  localFeatures(x: WordInfo): readonly number[] {
    const local = [feat(T.bias, 0)];
    if (this.on.lexical) local.push(feat(T.w, x.w), feat(T.lw + 2, x.lw));
    if (this.on.affix) {
      const lower = x.lower;
      for (let k = 1; k <= AFFIX_LEN && k <= lower.length; k++)
        local.push(
          feat(T.pre + k, hashString(lower.slice(0, k))),
          feat(T.suf + k, hashString(lower.slice(lower.length - k))),
        );
    }
    if (this.on.shape)
      local.push(feat(T.flags, x.flags), feat(T.shape + 2, x.shape), feat2(T.short + 2, x.short, 0));
    if (this.on.cluster)
      for (let g = 0; g < x.clusters.length; g++) local.push(feat2(T.cl + 8 + g, x.clusters[g] as number, 0));
    if (this.on.casing) local.push(feat(T.cap + 1, x.cap));
    if (this.on.embedding && x.emb)
      for (let g = 0; g < EMB_BITS.length; g++)
        local.push(feat2(T.emb + 4 + g, clusterPrefix(x.emb, EMB_BITS[g] as number), 0));
    return local;
  }

  /** The words of a sentence as the tagger reads them, its case kind and gazetteer matches. */
  prepare(tokens: readonly string[]): SentenceFacts {
    const n = tokens.length;
    // Word arrays are built by push, and copied with slice: arrays from `map` or a spread change their
    // elements kind once V8 compiles the caller, and each new array map deoptimised every compiled
    // function reading a sentence's words.
    const raw: WordInfo[] = [];
    for (let i = 0; i < n; i++) raw.push(this.info(tokens[i] as string));
    const caseKind = sentenceCase(raw);
    const infos = caseKind === 'title' && this.on.casing ? raw.slice() : raw;
    const gazAt: number[][] = new Array(n).fill(NO_CODES);
    if (this.on.gazetteer && this.gazetteer && raw.some((x) => x.gaz !== 0)) {
      const first: number[] = [];
      const lower: string[] = [];
      for (let i = 0; i < n; i++) {
        first.push((raw[i] as WordInfo).gaz);
        lower.push((raw[i] as WordInfo).lower);
      }
      for (const m of this.gazetteer.match(lower, first)) {
        for (let i = m.start; i < m.end; i++) {
          const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
          if (gazAt[i] === NO_CODES) gazAt[i] = [];
          (gazAt[i] as number[]).push(m.category * 4 + pos + 1);
        }
      }
    }
    if (caseKind === 'title' && this.on.casing) {
      // Title Case headline: read common words as lower case (`Remain Firm` → `remain firm`)
      for (let i = 0; i < n; i++) {
        const x = infos[i] as WordInfo;
        if (x.isCap && !x.isAllCaps && x.common) infos[i] = this.info(x.lower);
      }
    }
    const capsSentence = caseKind === 'caps' || (caseKind === 'title' && !this.on.casing);
    // 2: a Title Case headline read with its common words lower-cased; its other capitals are weak evidence
    const sentKind = capsSentence ? 1 : caseKind === 'title' ? 2 : 0;
    return { infos, raw, capsSentence, sentKind, lineKind: lineKind(raw, sentKind), gazAt };
  }

  /** Features of neighbour `y` (undefined beyond the sentence) seen at offset `d` ∈ {-2, -1, 1, 2}. */
  neighbourFeatures(y: WordInfo | undefined, d: number, out: FeatureSink): void {
    const near = d === -1 || d === 1;
    if (this.on.shape) {
      if (near) out.push(feat(T.shape + d + 2, y?.shape ?? PAD));
      out.push(feat(T.short + d + 2, y?.short ?? PAD));
    }
    if (this.on.context) out.push(feat(T.lw + d + 2, y?.lw ?? PAD));
    if (this.on.cluster && y) {
      const cs = y.clusters;
      if (near)
        for (let g = 0; g < cs.length; g++) out.push(feat2(T.cl + (d + 1) * 8 + g, cs[g] as number, 0));
      else if (cs.length) out.push(feat2(T.cl + 40 + d, cs[0] as number, 0));
    }
    if (this.on.casing && near) out.push(feat(T.cap + d + 1, y?.cap ?? 7));
    if (this.on.embedding && near && y?.emb)
      out.push(feat2(T.emb + (d + 1) * 4, clusterPrefix(y.emb, EMB_BITS[1] as number), 0));
  }

  /** Features of token `i` that join it with a neighbour or with facts of the sentence. */
  pairFeatures(s: SentenceFacts, i: number, out: FeatureSink): void {
    const { infos } = s;
    const x = infos[i] as WordInfo;
    const prev = i > 0 ? infos[i - 1] : undefined;
    const next = i + 1 < infos.length ? infos[i + 1] : undefined;
    if (this.on.shape) {
      out.push(feat2(T.initCap, x.flags & (F_INITCAP | F_ALLCAPS), i === 0 ? 1 : 0));
      out.push(feat2(T.capsSent, s.sentKind, x.short));
      out.push(feat2(T.shortBi, prev?.short ?? PAD, x.short));
      out.push(feat2(T.shortBiR, x.short, next?.short ?? PAD));
    }
    if (this.on.context) {
      out.push(feat2(T.lwBi, prev?.lw ?? PAD, x.lw));
      out.push(feat2(T.lwBiR, x.lw, next?.lw ?? PAD));
      out.push(feat2(T.wPrevCur, prev?.lw ?? PAD, x.short));
    }
    if (this.on.casing)
      out.push(feat2(T.capInit, x.cap, (i === 0 ? 1 : 0) + (s.capsSentence ? 2 : 0) + (x.isCap ? 4 : 0)));
    if (this.on.lines && s.lineKind !== LINE_RUNNING) this.lineFeatures(s, i, out);
  }

  /** Features of a token on a headline, table or score line: its word, place and resources read by line kind. */
  private lineFeatures(s: SentenceFacts, i: number, out: FeatureSink): void {
    const k = s.lineKind;
    const x = s.infos[i] as WordInfo;
    const place = (i === 0 ? 1 : 0) + (s.infos[i - 1]?.isNumber ? 2 : 0) + (s.infos[i + 1]?.isNumber ? 4 : 0);
    out.push(feat2(T.lineWord, k, x.lw));
    out.push(feat2(T.lineShape, k * 8 + place, x.short));
    for (const c of s.gazAt[i] ?? NO_CODES) out.push(feat2(T.lineGaz, k, c));
    if (x.emb) out.push(feat2(T.lineEmb, k, clusterPrefix(x.emb, EMB_BITS[1] as number)));
    if (x.clusters.length) out.push(feat2(T.lineCl, k, x.clusters[0] as number));
  }

  /** Feature of gazetteer code `c` (category·4 + position + 1) on the token at offset `d` ∈ {-1, 0, 1}. */
  gazetteerFeature(d: number, c: number): number {
    return feat2(T.gaz + d + 1, c, 0);
  }

  has(family: FeatureFamily): boolean {
    return this.on[family];
  }

  /** Per token: sentence features `feats[offs[i]…offs[i+1])`, with or without the word's local features. */
  sentence(tokens: readonly string[], withLocal = true): PreparedSentence {
    const facts = this.prepare(tokens);
    const { infos, gazAt } = facts;
    const n = infos.length;
    const out: number[] = [];
    const offs = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offs[i] = out.length;
      if (withLocal) for (const f of this.localFeatures(infos[i] as WordInfo)) out.push(f);
      this.pairFeatures(facts, i, out);
      for (const d of NEIGHBOUR_OFFSETS) this.neighbourFeatures(infos[i + d], d, out);
      if (this.on.gazetteer) {
        for (let d = -1; d <= 1; d++) {
          const g = gazAt[i + d];
          if (g) for (const c of g) out.push(this.gazetteerFeature(d, c));
        }
      }
    }
    offs[n] = out.length;
    return { ...facts, feats: Uint32Array.from(out), offs };
  }

  /**
   * Document-memory features of token `i` given the document seen so far; the
   * context aggregation features only `withAggregate` (the tagger sums them once per word).
   */
  documentFeatures(
    infos: readonly WordInfo[],
    i: number,
    ctx: DocContext,
    out: FeatureSink,
    withAggregate = true,
  ): void {
    if (!this.on.document) return;
    const x = infos[i] as WordInfo;
    if (!x.isCap) return;
    const counts = ctx.memory.get(x.lower);
    if (counts) {
      let best = 0;
      for (let t = 1; t < 4; t++) if ((counts[t] as number) > (counts[best] as number)) best = t;
      out.push(feat2(T.hist, best, 0));
      const last = ctx.lastLabel.get(x.lower);
      if (last !== undefined) out.push(feat2(T.histLast, last, 0));
      const next = infos[i + 1];
      if (next) out.push(feat2(T.histNext, best, next.isCap ? 1 : 0));
    }
    if (this.on.global) {
      const g = ctx.globalCounts(x.lower);
      if (g) {
        let best = 0;
        let total = 0;
        for (let t = 0; t < 5; t++) {
          total += g[t] as number;
          if ((g[t] as number) > (g[best] as number)) best = t;
        }
        if (total > 0) {
          out.push(feat2(T.glob, best, 0));
          out.push(feat2(T.globMix, best, (g[best] as number) === total ? 1 : 0));
        }
      }
    }
    if (this.on.company) {
      if (ctx.companyWords.has(x.lower)) out.push(feat(T.docCompany, 1));
      if (ctx.personWords.has(x.lower)) out.push(feat(T.docPerson, 1));
    }
    const agg = withAggregate ? ctx.aggregate.get(x.lower) : undefined;
    if (agg) for (const f of agg) out.push(f);
    out.push(
      feat2(
        T.docCase,
        (ctx.seenLower.has(x.lower) ? 1 : 0) + (ctx.seenCapMid.has(x.lower) ? 2 : 0),
        i === 0 ? 1 : 0,
      ),
    );
  }

  /** Whether the tagger runs a second pass with first-pass labels of the whole document. */
  get twoPass(): boolean {
    return this.on.document && this.on.global;
  }
}
