/**
 * Features of the learned boundary classifier, shared by training
 * (scripts/train-sentences.ts) and the run-time scorer (boundary-model.ts), so
 * both see exactly the same feature ids.
 *
 * A candidate is the gap between tokens L1 and R1 (with L2 before and R2 after).
 * Features are 32-bit FNV-1a hashes of strings: per token and role, its
 * lower-cased form, form as written, shape, class and suffix; per gap, the
 * classes of the tokens around it (pairs and triples), the rules' verdict, the
 * tokens since the sentence began and the tokens left in the block.
 */
import { classAt, DIGIT, LOWER, PUNCT, UPPER } from '../tokens/char-class.js';
import type { Token } from '../tokens/types.js';

/** Coarse token classes (see `tokenClass`); a gap's class features combine them. */
export const CLS_LOWER = 0;
export const CLS_CAP = 1;
export const CLS_ALLCAPS = 2;
export const CLS_I = 3;
export const CLS_LETTER = 4;
export const CLS_NUMBER = 5;
export const CLS_TIME_DATE = 6;
export const CLS_PERIOD = 7;
export const CLS_EXCLAIM = 8;
export const CLS_ELLIPSIS = 9;
export const CLS_COMMA = 10;
export const CLS_COLON = 11;
export const CLS_OPEN = 12;
export const CLS_CLOSE = 13;
export const CLS_DASH = 14;
export const CLS_EMOTICON = 15;
export const CLS_URL = 16;
export const CLS_ABBREV = 17;
export const CLS_SYMBOL = 18;
export const CLS_OTHER = 19;
/** Outside the block (before its first token or after its last). */
export const CLS_EDGE = 20;
export const CLASS_COUNT = 21;

/** The rules' verdict on a gap, a feature of its own (see segment.ts). */
export const RULE_NONE = 0;
export const RULE_WEAK_YES = 1;
export const RULE_WEAK_NO = 2;
export const RULE_COUNT = 3;

/** Buckets of tokens since the sentence began: 1, 2, 3, 4–5, 6–9, 10–19, 20–39, 40+. */
export const SINCE_BUCKETS = 8;
/** Buckets of tokens left in the block after the gap: 1, 2, 3, 4–5, 6–9, 10+. */
export const LEFT_BUCKETS = 6;

/** Token roles around a gap. */
export const ROLE_L2 = 0;
export const ROLE_L1 = 1;
export const ROLE_R1 = 2;
export const ROLE_R2 = 3;
const ROLE_NAMES = ['L2', 'L1', 'R1', 'R2'] as const;

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const URL_RE = /^(?:https?:|www\.)|@\w+\.|\.(?:com|org|net|edu|gov|pdf|doc)$/i;
const TIME_DATE_RE = /^\d+[:/.-]\d+/;

/** Coarse class of a token from its text alone. */
export function tokenClass(t: string): number {
  const c0 = classAt(t, 0);
  const n = t.length;
  if (c0 === LOWER) return URL_RE.test(t) ? CLS_URL : CLS_LOWER;
  if (c0 === UPPER) {
    if (n === 1) return t === 'I' ? CLS_I : CLS_LETTER;
    if (t.charCodeAt(n - 1) === 0x2e) return CLS_ABBREV;
    if (URL_RE.test(t)) return CLS_URL;
    return classAt(t, 1) === UPPER ? CLS_ALLCAPS : CLS_CAP;
  }
  if (c0 === DIGIT) return TIME_DATE_RE.test(t) ? CLS_TIME_DATE : CLS_NUMBER;
  if (c0 !== PUNCT) return CLS_OTHER;
  const c = t.charCodeAt(0);
  if (n === 1) {
    if (c === 0x2e) return CLS_PERIOD;
    if (c === 0x21 || c === 0x3f) return CLS_EXCLAIM;
    if (c === 0x2026) return CLS_ELLIPSIS;
    if (c === 0x2c) return CLS_COMMA;
    if (c === 0x3a || c === 0x3b) return CLS_COLON;
    if (c === 0x28 || c === 0x5b || c === 0x7b || c === 0x201c || c === 0x2018 || c === 0xab) return CLS_OPEN;
    if (c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 || c === 0xbb)
      return CLS_CLOSE;
    if (c === 0x22 || c === 0x27) return CLS_OPEN;
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2a) return CLS_DASH;
    return CLS_SYMBOL;
  }
  if (c === 0x2e) return CLS_ELLIPSIS;
  if (c === 0x21 || c === 0x3f) return CLS_EXCLAIM;
  if (c === 0x2d) return CLS_DASH;
  return CLS_SYMBOL;
}

/** `:)`, `:-(`, `;D`: `tokens[i]` ends an emoticon glued to the one or two tokens before it (from `from` on). */
export function endsEmoticon(tokens: readonly Token[], from: number, i: number): boolean {
  const t = (tokens[i] as Token).text;
  if (t.length !== 1 || !EMOTICON_MOUTHS.includes(t) || i <= from) return false;
  let k = i - 1;
  if ((tokens[k] as Token).end !== (tokens[i] as Token).start) return false;
  if (
    (tokens[k] as Token).text === '-' &&
    k > from &&
    (tokens[k - 1] as Token).end === (tokens[k] as Token).start
  )
    k--;
  const eyes = (tokens[k] as Token).text;
  return eyes === ':' || eyes === ';' || eyes === '=';
}
/** Last characters of `:)`, `:-(`, `;D`, `:P`, `:/`. */
const EMOTICON_MOUTHS = ')(DPp/|][';

/** Compressed shape: `Xxxx`→`Xx`, `08/17/2000`→`d/d/d`, at most 6 characters. */
export function shapeOf(t: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < t.length && out.length < 6; i++) {
    const cls = classAt(t, i);
    const s = cls === LOWER ? 'x' : cls === UPPER ? 'X' : cls === DIGIT ? 'd' : cls === PUNCT ? t[i] : 'o';
    if (s !== last) out += s;
    last = s as string;
  }
  return out;
}

function lengthBucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 10 ? 5 : 6;
}

/** Hashes of the features that depend on one token's text in one role (its class is a feature of its own). */
export function unaryFeatures(t: string, role: number): number[] {
  const r = ROLE_NAMES[role] as string;
  const lower = t.toLowerCase();
  const out = [wordFeature(lower, role), fnv(`${r}s${shapeOf(t)}`)];
  if (role === ROLE_L1 || role === ROLE_R1) {
    out.push(fnv(`${r}W${t}`), fnv(`${r}x${lower.slice(-3)}`), fnv(`${r}n${lengthBucket(t.length)}`));
  }
  return out;
}

/** The lower-cased word in one role. */
export function wordFeature(lower: string, role: number): number {
  return fnv(`${ROLE_NAMES[role] as string}w${lower}`);
}

/** The class of the token in one role. */
export function classFeature(cls: number, role: number): number {
  return fnv(`${ROLE_NAMES[role] as string}c${cls}`);
}

/** Word of L1 with the class of R1, and word of R1 with the class of L1. */
export function l1WordR1Class(lowerL1: string, clsR1: number): number {
  return fnv(`LwR${clsR1}|${lowerL1}`);
}
export function r1WordL1Class(lowerR1: string, clsL1: number): number {
  return fnv(`RwL${clsL1}|${lowerR1}`);
}
export function classTriple(l2: number, l1: number, r1: number): number {
  return fnv(`T${l2}.${l1}.${r1}`);
}
export function classTripleRight(l1: number, r1: number, r2: number): number {
  return fnv(`U${l1}.${r1}.${r2}`);
}
export function ruleFeature(rule: number, r1: number): number {
  return fnv(`R${rule}.${r1}`);
}
export function sinceFeature(bucket: number, r1: number): number {
  return fnv(`S${bucket}.${r1}`);
}
export function leftFeature(bucket: number, l1: number): number {
  return fnv(`E${bucket}.${l1}`);
}
export const BIAS = fnv('bias');

export function sinceBucket(n: number): number {
  return n <= 3 ? n - 1 : n <= 5 ? 3 : n <= 9 ? 4 : n <= 19 ? 5 : n <= 39 ? 6 : 7;
}
export function leftBucket(n: number): number {
  return n <= 3 ? n - 1 : n <= 5 ? 3 : n <= 9 ? 4 : 5;
}

/** Stands for the missing neighbour outside the block. */
export const EDGE_TEXT = '';

/** Context of the gap after `tokens[i]` in the block `[from, to)`: texts and classes of L2, L1, R1, R2. */
export interface GapContext {
  l2: string;
  l1: string;
  r1: string;
  r2: string;
  c2: number;
  c1: number;
  d1: number;
  d2: number;
}

export function gapContext(tokens: readonly Token[], from: number, to: number, i: number): GapContext {
  const l2 = i - 1 >= from ? (tokens[i - 1] as Token).text : EDGE_TEXT;
  const l1 = (tokens[i] as Token).text;
  const r1 = (tokens[i + 1] as Token).text;
  const r2 = i + 2 < to ? (tokens[i + 2] as Token).text : EDGE_TEXT;
  return {
    l2,
    l1,
    r1,
    r2,
    c2: i - 1 >= from ? tokenClass(l2) : CLS_EDGE,
    c1: endsEmoticon(tokens, from, i) ? CLS_EMOTICON : tokenClass(l1),
    d1: tokenClass(r1),
    d2: i + 2 < to ? tokenClass(r2) : CLS_EDGE,
  };
}

/**
 * Every feature of the gap after `tokens[i]` as a list of hashes (training and tests);
 * `since` counts the tokens from the sentence start through `tokens[i]`.
 */
export function gapFeatures(g: GapContext, rule: number, since: number, left: number): number[] {
  return [
    BIAS,
    ...unaryFeatures(g.l2, ROLE_L2),
    ...unaryFeatures(g.l1, ROLE_L1),
    ...unaryFeatures(g.r1, ROLE_R1),
    ...unaryFeatures(g.r2, ROLE_R2),
    classFeature(g.c2, ROLE_L2),
    classFeature(g.c1, ROLE_L1),
    classFeature(g.d1, ROLE_R1),
    classFeature(g.d2, ROLE_R2),
    l1WordR1Class(g.l1.toLowerCase(), g.d1),
    r1WordL1Class(g.r1.toLowerCase(), g.c1),
    classTriple(g.c2, g.c1, g.d1),
    classTripleRight(g.c1, g.d1, g.d2),
    ruleFeature(rule, g.d1),
    sinceFeature(sinceBucket(since), g.d1),
    leftFeature(leftBucket(left), g.c1),
  ];
}
