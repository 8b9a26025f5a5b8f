/**
 * Trigger finding: verbs of the CAMEO dictionary and their patterns (words in order after and
 * before the verb, within a short window: a syntax-light stand-in for PETRARCH's parse trees),
 * and Verbatim's noun triggers (`sanctions on Russia`, `support for Ukraine`).
 */
import type { VerbLexicon } from './lexicon.js';
import { NOUN_TRIGGERS } from './noun-triggers.js';
import { isVerb, type SentenceView } from './sentence-view.js';
import type { PatternWord, VerbBlock, VerbPattern } from './verb-file.js';

/** Tokens after the verb a pattern may reach (PETRARCH patterns cover the verb phrase). */
const AFTER_WINDOW = 8;
/** The first word of a pattern must come this close after the verb (`called on`, `met with X`). */
const FIRST_WORD_WINDOW = 3;
/** Tokens before the verb a pattern may reach. */
const BEFORE_WINDOW = 4;
/** Words that close the verb phrase for pattern matching. */
const PHRASE_STOPS: ReadonlySet<string> = new Set([';', '.', '?', '!', 'said', 'told', 'according']);

export interface Trigger {
  /** First and last+1 token (view indexes) of the trigger words, pattern words included. */
  readonly first: number;
  readonly last: number;
  /** The verb (or noun) token. */
  readonly head: number;
  readonly lemma: string;
  readonly code: string;
  readonly kind: 'verb' | 'pattern' | 'noun';
}

/**
 * A verb block's pattern words, indexed by the tokens that offer them: a pattern with a word no
 * token of the sentence offers cannot match, so it is not tried (speed). A token offers a word `w`
 * when it is `w`, an inflected form of the verb `w`, or `w` + s / es (`w` in -y: -ies): the token's
 * own form, its lemma and its singulars. Built once per block, on first use.
 */
interface BlockIndex {
  /** Number of pattern-word groups (each pattern's `before` and `after` elements, numbered). */
  readonly groups: number;
  /** Token → the groups it satisfies. */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  /** Group → index of its pattern in the block. */
  readonly patternOf: Int32Array;
  /** Pattern index → how many groups it has. */
  readonly groupCount: Int32Array;
}

const INDEXES = new WeakMap<VerbBlock, BlockIndex>();

function blockIndex(lex: VerbLexicon, block: VerbBlock): BlockIndex {
  const cached = INDEXES.get(block);
  if (cached) return cached;
  const byToken = new Map<string, number[]>();
  const offer = (token: string, group: number): void => {
    const list = byToken.get(token);
    if (list) list.push(group);
    else byToken.set(token, [group]);
  };
  const patternOf: number[] = [];
  const groupCount = new Int32Array(block.patterns.length);
  block.patterns.forEach((p, k) => {
    for (const alts of [...p.after, ...p.before]) {
      const g = patternOf.length;
      patternOf.push(k);
      groupCount[k] = (groupCount[k] ?? 0) + 1;
      for (const w of alts) {
        for (const token of [w, `${w}s`, `${w}es`, ...lex.formsOf(w)]) offer(token, g);
        if (w.endsWith('y')) offer(`${w.slice(0, -1)}ies`, g);
      }
    }
  });
  const index = { groups: patternOf.length, byToken, patternOf: Int32Array.from(patternOf), groupCount };
  INDEXES.set(block, index);
  return index;
}

/**
 * The block's patterns whose every word some token of the sentence offers, in block order (a
 * pattern without words is never the most specific, so it is not listed).
 */
function possiblePatterns(index: BlockIndex, view: SentenceView): number[] {
  const offered = new Uint8Array(index.groups);
  const found = new Int32Array(index.groupCount.length);
  const out: number[] = [];
  for (const w of view.words) {
    const groups = index.byToken.get(w);
    if (!groups) continue;
    for (const g of groups) {
      if (offered[g]) continue;
      offered[g] = 1;
      const k = index.patternOf[g]!;
      if (++found[k]! === index.groupCount[k]) out.push(k);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

function wordIs(lex: VerbLexicon, token: string, w: string): boolean {
  if (token === w || token === `${w}s` || token === `${w}es`) return true;
  if (w.endsWith('y') && token === `${w.slice(0, -1)}ies`) return true;
  return lex.lemma(token) === w;
}

/** Index of the last pattern word matched after `from`, or -1. */
function matchAfter(
  lex: VerbLexicon,
  view: SentenceView,
  from: number,
  words: readonly PatternWord[],
): number {
  let i = from;
  const limit = Math.min(view.words.length, from + AFTER_WINDOW);
  let last = from - 1;
  for (const alts of words) {
    let found = -1;
    const reach = last < from ? Math.min(limit, from + FIRST_WORD_WINDOW) : limit;
    for (; i < reach; i++) {
      const t = view.words[i] ?? '';
      if (PHRASE_STOPS.has(t)) return -1;
      if (alts.some((w) => wordIs(lex, t, w))) {
        found = i;
        i++;
        break;
      }
    }
    if (found < 0) return -1;
    last = found;
  }
  return last;
}

function matchBefore(
  lex: VerbLexicon,
  view: SentenceView,
  to: number,
  words: readonly PatternWord[],
): boolean {
  let i = to - 1;
  const limit = Math.max(0, to - BEFORE_WINDOW);
  for (let k = words.length - 1; k >= 0; k--) {
    const alts = words[k] ?? [];
    let found = false;
    for (; i >= limit; i--) {
      if (alts.some((w) => wordIs(lex, view.words[i] ?? '', w))) {
        found = true;
        i--;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** The most specific pattern of the verb's block that matches (most words), with its reach. */
function bestPattern(
  lex: VerbLexicon,
  view: SentenceView,
  head: number,
  after: number,
  block: VerbBlock,
): { pattern: VerbPattern; last: number } | undefined {
  let best: { pattern: VerbPattern; last: number } | undefined;
  let bestSize = 0;
  for (const k of possiblePatterns(blockIndex(lex, block), view)) {
    const p = block.patterns[k] as VerbPattern;
    const size = p.before.length + p.after.length;
    if (size <= bestSize) continue;
    const last = p.after.length ? matchAfter(lex, view, after, p.after) : after - 1;
    if (last < 0) continue;
    if (p.before.length && !matchBefore(lex, view, head, p.before)) continue;
    best = { pattern: p, last };
    bestSize = size;
  }
  return best;
}

/** Every coded trigger of the sentence, in text order (`---` codes are kept: they veto). */
export function findTriggers(lex: VerbLexicon, view: SentenceView): Trigger[] {
  const out: Trigger[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < view.words.length; i++) {
    const m = isVerb(view, i) ? lex.match(view.words, i) : undefined;
    if (m && lex.isSilent(m.lemma)) continue;
    if (m && topicGerund(view, i)) continue;
    if (m && reducedRelative(view, i, out)) continue;
    if (m && adjectivalParticiple(view, i)) continue;
    if (m) {
      const block = lex.block(m.lemma);
      const best = block ? bestPattern(lex, view, i, i + m.length, block) : undefined;
      const code = best?.pattern.code ?? lex.defaultCode(m.lemma);
      if (!code) continue;
      const last = best ? Math.max(best.last + 1, i + m.length) : i + m.length;
      for (let k = i; k < last; k++) covered.add(k);
      out.push({ first: i, last, head: i, lemma: m.lemma, code, kind: best ? 'pattern' : 'verb' });
      continue;
    }
    if (covered.has(i) || view.upos[i] !== 'NOUN') continue;
    const noun = NOUN_TRIGGERS.get(view.words[i] ?? '');
    if (noun && noun.test(view, i))
      out.push({ first: i, last: i + 1, head: i, lemma: view.words[i] ?? '', code: noun.code, kind: 'noun' });
  }
  return out;
}

/** `on ending the war`, `for resolving the conflict`: a gerund after a preposition names a topic. */
function topicGerund(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1];
  return (
    (view.words[i] ?? '').endsWith('ing') && (view.upos[i - 1] === 'ADP' || prev === 'to') && prev !== 'by'
  );
}

/**
 * `support provided to Ukraine`, `equipment seized last year from …`: a participle right after a
 * noun, once the sentence already has an act, describes the noun (a reduced relative clause).
 */
function reducedRelative(view: SentenceView, i: number, found: readonly Trigger[]): boolean {
  if (!(view.words[i] ?? '').endsWith('ed') || view.upos[i - 1] !== 'NOUN') return false;
  const prev = found.at(-1);
  return prev !== undefined && (prev.kind !== 'noun' || prev.last === i);
}

/** `Ousted President …`, `the besieged town`, `Israeli-occupied West Bank`: a participle used as an adjective. */
function adjectivalParticiple(view: SentenceView, i: number): boolean {
  const w = view.words[i] ?? '';
  if (!w.endsWith('ed')) return false;
  const next = view.upos[i + 1];
  const prev = view.upos[i - 1];
  const before = i === 0 || prev === 'DET' || prev === 'ADJ' || view.words[i - 1] === '-' || prev === 'ADP';
  return before && (next === 'NOUN' || next === 'PROPN');
}
