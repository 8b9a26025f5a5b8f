/**
 * Word profiles learnt from unlabelled text, for the tagger's features: how
 * often a word is capitalised where capitals are not forced (not after a
 * sentence end or at a line start), how frequent it is, and the frequent words
 * that most often stand just before and just after it (a cheap distributional
 * signature, in the spirit of Brown clusters, that needs no clustering run).
 * Words unseen in EWT but common in news thus still carry evidence of their
 * class. Built by scripts/train-pos.ts; stored in the model as folded-word hash →
 * packed profile.
 */
import { hashFolded } from '../../learn/hashing.js';

/** Words occurring fewer times get no profile (their statistics are noise). */
export const PROFILE_MIN_COUNT = 3;
/** Context words: the most frequent folded words of the text (function words, punctuation). */
export const CONTEXT_WORDS = 100;
/** Marks a packed profile as present (a zero profile would read as "unknown word"). */
const PRESENT = 1 << 30;

/** Unpacked fields of a profile. */
export function capBin(p: number): number {
  return p & 7;
}
export function freqBin(p: number): number {
  return (p >>> 3) & 15;
}
export function leftContext(p: number): number {
  return (p >>> 7) & 255;
}
export function rightContext(p: number): number {
  return (p >>> 15) & 255;
}

/** Tokens ending a sentence: the next token's capital is forced. */
const FORCING = new Set(['.', '!', '?', ':', '"', '“', '”', '(', '-', '—', '–', '...', '…', "''", '``']);

interface Stats {
  count: number;
  /** Occurrences where capitals are not forced, and how many of them capitalised. */
  free: number;
  capped: number;
  left: Map<number, number>;
  right: Map<number, number>;
}

function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0x80) return false;
  const ch = w[0] as string;
  return ch !== ch.toLowerCase();
}

function hasLetter(w: string): boolean {
  return /\p{L}/u.test(w);
}

/** Counts over lines of tokens (each line a unit whose first token is capitalised by force). */
export class ProfileBuilder {
  private readonly stats = new Map<number, Stats>();
  private readonly lines: number[][] = [];
  tokens = 0;

  addLine(tokens: readonly string[]): void {
    const ids: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i] as string;
      const h = hashFolded(w);
      let s = this.stats.get(h);
      if (!s) {
        s = { count: 0, free: 0, capped: 0, left: new Map(), right: new Map() };
        this.stats.set(h, s);
      }
      s.count++;
      const forced = i === 0 || FORCING.has(tokens[i - 1] as string);
      if (!forced && hasLetter(w)) {
        s.free++;
        if (isUpperStart(w)) s.capped++;
      }
      ids.push(h);
    }
    this.lines.push(ids);
    this.tokens += tokens.length;
  }

  /** Folded-word hash → packed profile, for words seen PROFILE_MIN_COUNT times or more. */
  build(): Map<number, number> {
    const byCount = [...this.stats].sort((a, b) => b[1].count - a[1].count || a[0] - b[0]);
    const context = new Map<number, number>();
    for (const [h] of byCount.slice(0, CONTEXT_WORDS)) context.set(h, context.size + 1);
    // Sentence edges count as context words of their own.
    const START = CONTEXT_WORDS + 1;
    const END = CONTEXT_WORDS + 2;
    for (const ids of this.lines) {
      for (let i = 0; i < ids.length; i++) {
        const s = this.stats.get(ids[i] as number) as Stats;
        if (s.count < PROFILE_MIN_COUNT) continue;
        const l = i === 0 ? START : context.get(ids[i - 1] as number);
        const r = i === ids.length - 1 ? END : context.get(ids[i + 1] as number);
        if (l !== undefined) s.left.set(l, (s.left.get(l) ?? 0) + 1);
        if (r !== undefined) s.right.set(r, (s.right.get(r) ?? 0) + 1);
      }
    }
    const out = new Map<number, number>();
    for (const [h, s] of this.stats) {
      if (s.count < PROFILE_MIN_COUNT) continue;
      // Capitalised share in 5 bins (0 = no free occurrence), frequency as log2 bins.
      const cap = s.free === 0 ? 0 : 1 + Math.min(3, Math.floor((4 * s.capped) / s.free));
      const capB = s.free > 0 && s.capped === s.free ? 5 : cap;
      const freq = Math.min(15, Math.floor(Math.log2(s.count)));
      out.set(h, PRESENT | capB | (freq << 3) | (argmax(s.left) << 7) | (argmax(s.right) << 15));
    }
    return out;
  }
}

function argmax(m: Map<number, number>): number {
  let best = 0;
  let top = 0;
  for (const [k, v] of m) {
    if (v > top || (v === top && k < best)) {
      top = v;
      best = k;
    }
  }
  return best;
}
