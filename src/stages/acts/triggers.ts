/**
 * Trigger finding: verbs of the CAMEO dictionary and their patterns (words in order after and
 * before the verb, within a short window: a syntax-light stand-in for PETRARCH's parse trees),
 * and Verbatim's noun triggers (`sanctions on Russia`, `support for Ukraine`).
 */
import type { VerbLexicon } from './lexicon.js';
import { NOUN_TRIGGERS } from './noun-triggers.js';
import { isPassive } from './participants.js';
import {
  type CompiledPattern,
  matchesAt,
  type PatternVocabulary,
  patternVocabulary,
  type SentenceIds,
} from './pattern-words.js';
import { isVerb, type SentenceView } from './sentence-view.js';
import type { VerbPattern } from './verb-file.js';

/** Tokens after the verb a pattern may reach (PETRARCH patterns cover the verb phrase). */
const AFTER_WINDOW = 8;
/** The first word of a pattern must come this close after the verb (`called on`, `met with X`). */
const FIRST_WORD_WINDOW = 3;
/** Tokens before the verb a pattern may reach. */
const BEFORE_WINDOW = 4;
const NO_WORDS = new Int32Array(0);
/** The code of a pattern that vetoes its verb. */
const VETO = '---';
/** Tokens before a passive verb's auxiliaries searched for its pattern's object (`the nationwide curfew in X`). */
const PASSIVE_SUBJECT_WINDOW = 5;
/** Tags that end a passive subject looking back (a verb, clause word, pronoun or punctuation). */
const SUBJECT_STOP_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'PRON', 'CCONJ']);
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
  ids: SentenceIds,
  view: SentenceView,
  from: number,
  firstReach: number,
  words: readonly Int32Array[],
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
      if (matchesAt(ids, i, alts)) {
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

/**
 * `The curfew has been lifted`, `an agreement was reached`: a passive verb's subject is its object,
 * so the pattern's words after the verb (`LIFT * CURFEW`) are looked for, in order, in the subject
 * noun phrase: the tokens before the verb's auxiliaries, back to PASSIVE_SUBJECT_WINDOW tokens and
 * never across a verb, a clause word or punctuation.
 */
function passiveSubject(view: SentenceView, head: number): { from: number; to: number } | undefined {
  // Without Penn tags `isPassive` also takes progressives (`are beginning`): the verb must not be an `-ing` form.
  if (!isPassive(view, head) || (view.words[head] ?? '').endsWith('ing')) return undefined;
  let to = head - 1;
  while (to > 0 && (view.upos[to - 1] === 'AUX' || view.upos[to - 1] === 'ADV')) to--;
  let from = to;
  while (from > Math.max(0, to - PASSIVE_SUBJECT_WINDOW) && !SUBJECT_STOP_TAGS.has(view.upos[from - 1] ?? ''))
    from--;
  return from < to ? { from, to } : undefined;
}

/** True when every pattern word is found, in order, among tokens [from, to). */
function matchWithin(ids: SentenceIds, from: number, to: number, words: readonly Int32Array[]): boolean {
  let i = from;
  for (const alts of words) {
    while (i < to && !matchesAt(ids, i, alts)) i++;
    if (i >= to) return false;
    i++;
  }
  return true;
}

function matchBefore(ids: SentenceIds, to: number, words: readonly Int32Array[]): boolean {
  let i = to - 1;
  const limit = Math.max(0, to - BEFORE_WINDOW);
  for (let k = words.length - 1; k >= 0; k--) {
    const alts = words[k] ?? NO_WORDS;
    let found = false;
    for (; i >= limit; i--) {
      if (matchesAt(ids, i, alts)) {
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
  vocabulary: PatternVocabulary,
  ids: SentenceIds,
  view: SentenceView,
  head: number,
  after: number,
  patterns: readonly CompiledPattern[],
): { pattern: VerbPattern; last: number } | undefined {
  let best: { pattern: VerbPattern; last: number } | undefined;
  let bestSize = 0;
  const firstReach = firstWordReach(view, after);
  const subject = passiveSubject(view, head);
  for (const p of patterns) {
    if (p.size <= bestSize || !vocabulary.possible(ids, p.after) || !vocabulary.possible(ids, p.before))
      continue;
    let last = p.after.length ? matchAfter(ids, view, after, firstReach, p.after) : after - 1;
    // The subject only adds codes: the file's vetoes (`FIGHT * &AIRCRAFT [---]`) were written for objects after the verb.
    const bySubject = subject && p.after.length && !p.before.length && p.pattern.code !== VETO;
    if (last < 0 && bySubject && matchWithin(ids, subject.from, subject.to, p.after)) last = after - 1;
    if (last < 0) continue;
    if (p.before.length && !matchBefore(ids, head, p.before)) continue;
    best = { pattern: p.pattern, last };
    bestSize = p.size;
  }
  return best;
}

/** Every coded trigger of the sentence, in text order (`---` codes are kept: they veto). */
export function findTriggers(lex: VerbLexicon, view: SentenceView): Trigger[] {
  const out: Trigger[] = [];
  const covered = new Set<number>();
  const vocabulary = patternVocabulary(lex);
  let ids: SentenceIds | undefined;
  for (let i = 0; i < view.words.length; i++) {
    const m = isVerb(view, i) ? lex.match(view.words, i) : undefined;
    if (m && lex.isSilent(m.lemma)) continue;
    if (m && topicGerund(view, i)) continue;
    if (m && reducedRelative(view, i, out)) continue;
    if (m && adjectivalParticiple(view, i)) continue;
    if (m) {
      const patterns = vocabulary.patterns(m.lemma);
      let best: ReturnType<typeof bestPattern>;
      if (patterns.length) {
        ids ??= vocabulary.sentence(view);
        best = bestPattern(vocabulary, ids, view, i, i + m.length, patterns);
      }
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
