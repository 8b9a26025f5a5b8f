/**
 * Feature extraction for the entity tagger. Each token gets a list of hashed
 * features from families that can be switched off one at a time (the ablation
 * in docs/ner.md): word identity, affixes, shape, neighbouring words, gazetteer
 * matches, word clusters, learned casing, and document memory.
 */
import type { Gazetteer } from './gazetteer.js';
import { feat, feat2, hashString } from './hash.js';
import type { Lexicon } from './lexicon.js';

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
] as const;
export type FeatureFamily = (typeof FEATURE_FAMILIES)[number];

/** Template ids; a feature is `feat(template, value)`. Offsets are folded into the template. */
const T = {
  bias: 1,
  w: 2,
  lw: 10, // +offset (-2…2 → 10…14)
  lwBi: 20,
  lwBiR: 21,
  wPrevCur: 22,
  pre: 30, // +len
  suf: 40, // +len
  shape: 50, // +offset
  short: 60, // +offset
  shortBi: 70,
  shortBiR: 71,
  flags: 72,
  initCap: 73,
  capsSent: 74,
  gaz: 80, // +offset
  cl: 100, // +offset*8+granularity
  cap: 150, // +offset
  capInit: 160,
  hist: 170,
  histLast: 171,
  docCase: 172,
  histNext: 173,
  aggL: 174,
  aggR: 175,
  aggLS: 176,
  aggRS: 177,
  glob: 178,
  globMix: 179,
} as const;
/** At most this many distinct neighbours per word feed the context aggregation. */
const AGG_MAX = 12;

/** Word-level facts computed once per distinct token string. */
interface WordInfo {
  readonly w: number;
  readonly lower: string;
  readonly lw: number;
  readonly shape: number;
  readonly short: number;
  readonly affixes: readonly number[];
  readonly clusters: readonly number[];
  readonly cap: number;
  readonly flags: number;
  readonly isCap: boolean;
  readonly isAllCaps: boolean;
}

const F_INITCAP = 1;
const F_ALLCAPS = 2;
const F_DIGIT = 4;
const F_HYPHEN = 8;
const F_PERIOD = 16;
const F_APOS = 32;
const F_ALPHA = 64;
/** Cache bound: new words beyond this are computed but not cached, so memory stays flat on long runs. */
const WORD_CACHE_MAX = 200_000;
const PAD = hashString('<pad>');

export function wordShape(w: string, maxLen = 12): string {
  let s = '';
  for (let i = 0; i < w.length && i < maxLen; i++) s += charClass(w.charCodeAt(i), w[i] as string);
  return s;
}

function charClass(c: number, ch: string): string {
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c > 127) return ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
  return ch;
}

function shortShape(shape: string): string {
  let s = '';
  for (const ch of shape) if (s[s.length - 1] !== ch) s += ch;
  return s;
}

/** Folds curly quotes and digits so `Russia’s` and `Russia's`, `1996` and `2024` share features. */
export function normalizeToken(w: string): string {
  return w.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

export interface DocContext {
  /** Lower-cased words seen in lower case anywhere in the document. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-cased words seen capitalised away from sentence starts in mixed-case sentences. */
  readonly seenCapMid: ReadonlySet<string>;
  /** Entity-type counts per lower-cased word from sentences tagged so far (4 types). */
  readonly memory: ReadonlyMap<string, Int32Array>;
  /** Last label given to each lower-cased word in this document. */
  readonly lastLabel: ReadonlyMap<string, number>;
  /** Aggregated neighbour features of every occurrence of a capitalised word in the document. */
  readonly aggregate: ReadonlyMap<string, readonly number[]>;
  /**
   * First-pass label counts (4 types, then capitalised-but-O) of each word over
   * the other sentences of the document; absent during the first pass.
   */
  globalCounts(lower: string): Int32Array | undefined;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly locals = new WeakMap<WordInfo, number[]>();
  private readonly on: Record<FeatureFamily, boolean>;

  constructor(
    private readonly lexicon: Lexicon | undefined,
    private readonly gazetteer: Gazetteer | undefined,
    disabled: readonly FeatureFamily[] = [],
  ) {
    this.on = Object.fromEntries(FEATURE_FAMILIES.map((f) => [f, !disabled.includes(f)])) as Record<
      FeatureFamily,
      boolean
    >;
  }

  info(token: string): WordInfo {
    let wi = this.cache.get(token);
    if (wi) return wi;
    wi = this.computeInfo(token);
    if (this.cache.size < WORD_CACHE_MAX) this.cache.set(token, wi);
    return wi;
  }

  private computeInfo(token: string): WordInfo {
    const norm = normalizeToken(token);
    const lower = norm.toLowerCase();
    const shape = wordShape(norm);
    const affixes: number[] = [];
    for (let k = 1; k <= 4 && k <= lower.length; k++) {
      affixes.push(feat(T.pre + k, hashString(lower.slice(0, k))));
      affixes.push(feat(T.suf + k, hashString(lower.slice(lower.length - k))));
    }
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
    return {
      w: hashString(norm),
      lower,
      lw: hashString(lower.replace(/\d/g, '0')),
      shape: hashString(shape),
      short: hashString(shortShape(shape)),
      affixes,
      clusters: lex ? lex.clusters : [],
      cap: lex ? lex.cap + 1 : 0,
      flags,
      isCap,
      isAllCaps,
    };
  }

  /** Features that depend only on the sentence, per token: `feats[offs[i]…offs[i+1])`. */
  /**
   * Features of a word alone (no neighbours, no sentence facts), computed once per
   * distinct word: the tagger caches their summed scores per word.
   */
  localFeatures(x: WordInfo): readonly number[] {
    let local = this.locals.get(x);
    if (local) return local;
    local = [feat(T.bias, 0)];
    if (this.on.lexical) local.push(feat(T.w, x.w), feat(T.lw + 2, x.lw));
    if (this.on.affix) local.push(...x.affixes);
    if (this.on.shape)
      local.push(feat(T.flags, x.flags), feat(T.shape + 2, x.shape), feat2(T.short + 2, x.short, 0));
    if (this.on.cluster)
      for (let g = 0; g < x.clusters.length; g++) local.push(feat2(T.cl + 8 + g, x.clusters[g] as number, 0));
    if (this.on.casing) local.push(feat(T.cap + 1, x.cap));
    this.locals.set(x, local);
    return local;
  }

  /** Per token: sentence features `feats[offs[i]…offs[i+1])`, with or without the word's local features. */
  sentence(
    tokens: readonly string[],
    withLocal = true,
  ): { feats: Uint32Array; offs: Int32Array; infos: WordInfo[] } {
    const n = tokens.length;
    const infos = tokens.map((t) => this.info(t));
    const lowers = infos.map((x) => x.lower);
    const caseKind = sentenceCase(infos);
    if (caseKind === 'title' && this.on.casing) {
      // Title Case headline: read common words as lower case (`Remain Firm` → `remain firm`)
      for (let i = 0; i < n; i++) {
        const x = infos[i] as WordInfo;
        if (x.isCap && !x.isAllCaps && (x.cap === 1 || x.cap === 2)) infos[i] = this.info(x.lower);
      }
    }
    const gazAt: number[][] = Array.from({ length: n }, () => []);
    if (this.on.gazetteer && this.gazetteer) {
      for (const m of this.gazetteer.match(lowers)) {
        for (let i = m.start; i < m.end; i++) {
          const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
          (gazAt[i] as number[]).push(m.category * 4 + pos + 1);
        }
      }
    }
    const capsSentence = caseKind === 'caps' || (caseKind === 'title' && !this.on.casing);
    const out: number[] = [];
    const offs = new Int32Array(n + 1);
    const at = (j: number): WordInfo | undefined => (j >= 0 && j < n ? infos[j] : undefined);
    for (let i = 0; i < n; i++) {
      offs[i] = out.length;
      const x = infos[i] as WordInfo;
      if (withLocal) for (const f of this.localFeatures(x)) out.push(f);
      if (this.on.shape) {
        out.push(feat2(T.initCap, x.flags & (F_INITCAP | F_ALLCAPS), i === 0 ? 1 : 0));
        out.push(feat2(T.capsSent, capsSentence ? 1 : 0, x.short));
        for (const d of [-1, 1]) out.push(feat(T.shape + d + 2, at(i + d)?.shape ?? PAD));
        for (let d = -2; d <= 2; d++) if (d !== 0) out.push(feat(T.short + d + 2, at(i + d)?.short ?? PAD));
        out.push(feat2(T.shortBi, at(i - 1)?.short ?? PAD, x.short));
        out.push(feat2(T.shortBiR, x.short, at(i + 1)?.short ?? PAD));
      }
      if (this.on.context) {
        for (let d = -2; d <= 2; d++) if (d !== 0) out.push(feat(T.lw + d + 2, at(i + d)?.lw ?? PAD));
        out.push(feat2(T.lwBi, at(i - 1)?.lw ?? PAD, x.lw));
        out.push(feat2(T.lwBiR, x.lw, at(i + 1)?.lw ?? PAD));
        out.push(feat2(T.wPrevCur, at(i - 1)?.lw ?? PAD, x.short));
      }
      if (this.on.gazetteer) {
        for (let d = -1; d <= 1; d++) {
          const g = gazAt[i + d];
          if (g) for (const c of g) out.push(feat2(T.gaz + d + 1, c, 0));
        }
      }
      if (this.on.cluster) {
        for (const d of [-1, 1]) {
          const cs = at(i + d)?.clusters;
          if (!cs) continue;
          for (let g = 0; g < cs.length; g++) out.push(feat2(T.cl + (d + 1) * 8 + g, cs[g] as number, 0));
        }
        for (const d of [-2, 2]) {
          const cs = at(i + d)?.clusters;
          if (cs?.length) out.push(feat2(T.cl + 40 + d, cs[0] as number, 0));
        }
      }
      if (this.on.casing) {
        for (const d of [-1, 1]) out.push(feat(T.cap + d + 1, at(i + d)?.cap ?? 7));
        out.push(feat2(T.capInit, x.cap, (i === 0 ? 1 : 0) + (capsSentence ? 2 : 0) + (x.isCap ? 4 : 0)));
      }
    }
    offs[n] = out.length;
    return { feats: Uint32Array.from(out), offs, infos };
  }

  /** Document-memory features of token `i` given the document seen so far. */
  documentFeatures(infos: readonly WordInfo[], i: number, ctx: DocContext, out: number[]): void {
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
    const agg = ctx.aggregate.get(x.lower);
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

/** Share of longer words capitalised above which a sentence may be a Title Case headline. */
const TITLE_CASE_SHARE = 0.7;
/** Words Title Case leaves lower-case; any other lower-case word means the sentence is running text. */
const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(
  "a an and as at but by for from in into is of on or 's the to v vs via with".split(' '),
);
/** Capitalised common words (rarely capitalised mid-sentence elsewhere) needed to call it Title Case. */
const TITLE_CASE_COMMON = 2;

/**
 * Sentences whose capitalisation says little about names: ALL CAPS (CoNLL
 * headlines, datelines) and Title Case headlines of web news, recognised
 * by capitalised common words (`Open`, `Remain`), so that tables of names
 * (`Leeds United 2 Chelsea 1`) don't count.
 */
export function sentenceCase(infos: readonly WordInfo[]): 'caps' | 'title' | 'mixed' {
  let letters = 0;
  let caps = 0;
  let long = 0;
  let longCap = 0;
  let common = 0;
  let lowerContent = 0;
  for (const x of infos) {
    if (!(x.flags & F_ALPHA)) continue;
    letters++;
    if (x.isAllCaps) caps++;
    if (!x.isCap && !TITLE_LOWER_WORDS.has(x.lower)) lowerContent++;
    if (x.lower.length > 3) {
      long++;
      if (x.isCap) {
        longCap++;
        if (x.cap === 1 || x.cap === 2) common++;
      }
    }
  }
  if (letters >= 2 && caps === letters) return 'caps';
  if (lowerContent > 0) return 'mixed';
  return common >= TITLE_CASE_COMMON && longCap >= TITLE_CASE_SHARE * long ? 'title' : 'mixed';
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
): { seenLower: Set<string>; seenCapMid: Set<string>; aggregate: Map<string, number[]> } {
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  const aggSets = new Map<string, Set<number>>();
  for (const s of sentences) {
    const infos = s.map((t) => extractor.info(t));
    for (let i = 0; i < infos.length; i++) {
      const x = infos[i] as WordInfo;
      if (!x.isCap) continue;
      let set = aggSets.get(x.lower);
      if (!set) {
        set = new Set();
        aggSets.set(x.lower, set);
      }
      if (set.size >= AGG_MAX * 4) continue;
      const l = infos[i - 1];
      const r = infos[i + 1];
      set.add(feat(T.aggL, l?.lw ?? PAD));
      set.add(feat(T.aggR, r?.lw ?? PAD));
      set.add(feat(T.aggLS, l?.short ?? PAD));
      set.add(feat(T.aggRS, r?.short ?? PAD));
    }
    const mixed = infos.some((x) => !x.isCap && (x.flags & F_ALPHA) !== 0);
    for (let i = 0; i < infos.length; i++) {
      const x = infos[i] as WordInfo;
      if (!x.isCap && x.flags & F_ALPHA) seenLower.add(x.lower);
      else if (x.isCap && i > 0 && mixed && !x.isAllCaps) seenCapMid.add(x.lower);
    }
  }
  const aggregate = new Map<string, number[]>();
  for (const [w, set] of aggSets) aggregate.set(w, [...set]);
  return { seenLower, seenCapMid, aggregate };
}
