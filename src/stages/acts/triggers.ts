/**
 * Trigger finding: verbs of the CAMEO dictionary and their patterns (words in order after and
 * before the verb, within a short window: a syntax-light stand-in for PETRARCH's parse trees),
 * and Verbatim's noun triggers (`sanctions on Russia`, `support for Ukraine`).
 */
import type { VerbLexicon } from './lexicon.js';
import { NOUN_TRIGGERS } from './noun-triggers.js';
import { isVerb, type SentenceView } from './sentence-view.js';
import type { PatternWord, VerbPattern } from './verb-file.js';

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
  readonly kind: 'verb' | 'pattern' | 'noun' | 'model';
}

/**
 * The forms a pattern word may take to match token `w`: the word, its verb lemma, its singulars
 * (`w`, `ws`, `wes`, `…ies` for `…y`). A pattern word matches a token exactly when it is one of these.
 */
function formsOf(lex: VerbLexicon, w: string): string[] {
  const out = [w];
  const lemma = lex.lemma(w);
  if (lemma) out.push(lemma);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

/**
 * The sentence's words as patterns read them, made once per sentence with a trigger: each token's
 * forms (`formsOf`), and every form of the sentence: a pattern with a word absent from `present`
 * cannot match, so it is not tried (speed).
 */
interface PatternWords {
  readonly forms: readonly (readonly string[])[];
  readonly present: ReadonlySet<string>;
}

function patternWords(lex: VerbLexicon, view: SentenceView): PatternWords {
  const forms = view.words.map((w) => formsOf(lex, w));
  const present = new Set<string>();
  for (const f of forms) for (const w of f) present.add(w);
  return { forms, present };
}

/** Token `i` matches one of the pattern word's alternatives (`formsOf`). */
function matchesAt(pw: PatternWords, i: number, alts: PatternWord): boolean {
  const forms = pw.forms[i];
  if (!forms) return false;
  for (const w of alts) if (forms.includes(w)) return true;
  return false;
}

/** Tags of words that fill a noun phrase before its head (`a four-day strike`, `a warm welcome`). */
const PREMODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PUNCT']);

/**
 * Where the first pattern word may be found: FIRST_WORD_WINDOW words after the verb, not counting
 * premodifiers, nor a quantity noun with its `of` (`a mission of observers`, `a team of inspectors`).
 */
function firstWordReach(view: SentenceView, from: number): number {
  const limit = Math.min(view.words.length, from + AFTER_WINDOW);
  let i = from;
  for (let counted = 0; i < limit && counted < FIRST_WORD_WINDOW; i++) {
    if (PHRASE_STOPS.has(view.words[i] ?? '')) break;
    const quantity = view.upos[i] === 'NOUN' && view.words[i + 1] === 'of';
    if (quantity) i++;
    else if (!PREMODIFIER_TAGS.has(view.upos[i] ?? '')) counted++;
  }
  return i;
}

/** Index of the last pattern word matched after `from`, or -1. */
function matchAfter(
  pw: PatternWords,
  view: SentenceView,
  from: number,
  firstReach: number,
  words: readonly PatternWord[],
): number {
  let i = from;
  const limit = Math.min(view.words.length, from + AFTER_WINDOW);
  let last = from - 1;
  for (const alts of words) {
    let found = -1;
    const reach = last < from ? Math.min(limit, firstReach) : limit;
    for (; i < reach; i++) {
      const t = view.words[i] ?? '';
      if (PHRASE_STOPS.has(t)) return -1;
      if (matchesAt(pw, i, alts)) {
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

function matchBefore(pw: PatternWords, to: number, words: readonly PatternWord[]): boolean {
  let i = to - 1;
  const limit = Math.max(0, to - BEFORE_WINDOW);
  for (let k = words.length - 1; k >= 0; k--) {
    const alts = words[k] ?? [];
    let found = false;
    for (; i >= limit; i--) {
      if (matchesAt(pw, i, alts)) {
        found = true;
        i--;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Every word slot of the pattern can be filled by some form of the sentence. */
function possible(words: readonly PatternWord[], present: ReadonlySet<string>): boolean {
  for (const alts of words) if (!alts.some((w) => present.has(w))) return false;
  return true;
}

/**
 * A verb's patterns indexed by one word slot each (the one with fewest alternatives): a sentence
 * tries only the patterns whose slot one of its forms fills, not all of them (a verb has up to ~190).
 */
interface PatternIndex {
  /** Patterns with no words (always tried). */
  readonly open: readonly number[];
  /** Word → indexes of the patterns whose indexed slot holds it. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}

/** Per pattern list (`VerbLexicon.patterns` keeps one list per lemma), made once. */
const INDEXES = new WeakMap<readonly VerbPattern[], PatternIndex>();

function patternIndex(patterns: readonly VerbPattern[]): PatternIndex {
  let index = INDEXES.get(patterns);
  if (index) return index;
  const open: number[] = [];
  const byWord = new Map<string, number[]>();
  patterns.forEach((p, k) => {
    let slot: PatternWord | undefined;
    for (const alts of [...p.after, ...p.before]) if (!slot || alts.length < slot.length) slot = alts;
    if (!slot) open.push(k);
    for (const w of new Set(slot)) {
      const list = byWord.get(w);
      if (list) list.push(k);
      else byWord.set(w, [k]);
    }
  });
  index = { open, byWord };
  INDEXES.set(patterns, index);
  return index;
}

/** Marks the patterns (by index) whose indexed slot a form of the sentence fills. */
function triable(patterns: readonly VerbPattern[], present: ReadonlySet<string>): Uint8Array {
  const { open, byWord } = patternIndex(patterns);
  const marks = new Uint8Array(patterns.length);
  for (const k of open) marks[k] = 1;
  if (byWord.size <= present.size) {
    for (const [w, list] of byWord) if (present.has(w)) for (const k of list) marks[k] = 1;
  } else {
    for (const w of present) {
      const list = byWord.get(w);
      if (list) for (const k of list) marks[k] = 1;
    }
  }
  return marks;
}

/** The most specific pattern of the verb's block that matches (most words), with its reach. */
function bestPattern(
  pw: PatternWords,
  view: SentenceView,
  head: number,
  after: number,
  patterns: readonly VerbPattern[],
): { pattern: VerbPattern; last: number } | undefined {
  let best: { pattern: VerbPattern; last: number } | undefined;
  let bestSize = 0;
  const firstReach = firstWordReach(view, after);
  const marks = triable(patterns, pw.present);
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k];
    if (!p || !marks[k]) continue;
    const size = p.before.length + p.after.length;
    if (size <= bestSize || !possible(p.after, pw.present) || !possible(p.before, pw.present)) continue;
    const last = p.after.length ? matchAfter(pw, view, after, firstReach, p.after) : after - 1;
    if (last < 0) continue;
    if (p.before.length && !matchBefore(pw, head, p.before)) continue;
    best = { pattern: p, last };
    bestSize = size;
  }
  return best;
}

/** Every coded trigger of the sentence, in text order (`---` codes are kept: they veto). */
export function findTriggers(lex: VerbLexicon, view: SentenceView): Trigger[] {
  const out: Trigger[] = [];
  const covered = new Set<number>();
  let pw: PatternWords | undefined;
  for (let i = 0; i < view.words.length; i++) {
    const m = isVerb(view, i) ? lex.match(view.words, i) : undefined;
    if (m && lex.isSilent(m.lemma)) continue;
    if (m && topicGerund(view, i)) continue;
    if (m && reducedRelative(view, i, out)) continue;
    if (m && adjectivalParticiple(view, i)) continue;
    if (m) {
      const patterns = lex.patterns(m.lemma);
      pw ??= patternWords(lex, view);
      const best = patterns.length ? bestPattern(pw, view, i, i + m.length, patterns) : undefined;
      const code = best?.pattern.code ?? lex.defaultCode(m.lemma);
      if (!code) continue;
      const last = best ? Math.max(best.last + 1, i + m.length) : i + m.length;
      for (let k = i; k < last; k++) covered.add(k);
      out.push({ first: i, last, head: i, lemma: m.lemma, code, kind: best ? 'pattern' : 'verb' });
      continue;
    }
    if (covered.has(i) || view.upos[i] !== 'NOUN') continue;
    const noun = NOUN_TRIGGERS.get(view.words[i] ?? '');
    if (noun?.test(view, i))
      out.push({ first: i, last: i + 1, head: i, lemma: view.words[i] ?? '', code: noun.code, kind: 'noun' });
  }
  return out;
}

/** Prepositions that name a topic (`comments on ending the war`), whatever tag the tagger gave them. */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** `on ending the war`, `for resolving the conflict`: a gerund after a preposition names a topic. */
function topicGerund(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1];
  // The tagger reads a preposition before a gerund as a subordinator (`comments on/SCONJ ending the war`).
  const preposition =
    view.upos[i - 1] === 'ADP' || (view.upos[i - 1] === 'SCONJ' && TOPIC_WORDS.has(prev ?? ''));
  return (view.words[i] ?? '').endsWith('ing') && (preposition || prev === 'to') && prev !== 'by';
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

/** Tags of name tokens: a name before an `ADJ` means the tagger misread the name's last word. */
const NAME_TAGS: ReadonlySet<string> = new Set(['PROPN']);

/** `Ousted President …`, `the besieged town`, `Israeli-occupied West Bank`: a participle used as an adjective. */
function adjectivalParticiple(view: SentenceView, i: number): boolean {
  const w = view.words[i] ?? '';
  if (!w.endsWith('ed')) return false;
  const next = view.upos[i + 1];
  const prev = view.upos[i - 1];
  // An adjective before counts when it opens a noun phrase itself (`the alleged`, `Israeli occupied`),
  // not when it ends a name the tagger misread (`Ahmed Ben Bella/ADJ blocked roads`).
  const adjBefore = prev === 'ADJ' && (i === 1 || !NAME_TAGS.has(view.upos[i - 2] ?? ''));
  const before = i === 0 || prev === 'DET' || adjBefore || view.words[i - 1] === '-' || prev === 'ADP';
  // `the alleged human rights violations`: an adjective may stand between the participle and its noun.
  const noun = (t: string | undefined) => t === 'NOUN' || t === 'PROPN';
  return before && (noun(next) || (next === 'ADJ' && noun(view.upos[i + 2])));
}
