/**
 * Tense of the clause around a time expression: the cue nearest the expression
 * within its sentence wins. News uses it to pick the past Monday in `said
 * Monday` and the next one in `will meet Monday`. Works from words alone; when
 * the `pos` layer is available (`TagAt`), a past-form word counts only when it
 * is tagged as a verb, so adjectives and nouns in `-ed`/irregular past form
 * (`a still unspecified date`, `the left wing`) no longer pass for past tense.
 * UPOS has no tense feature, so the past forms themselves still come from
 * morphology (`-ed`) and a list of irregular verbs.
 */
import type { Upos } from '../pos/types.js';

export type Tense = 'past' | 'future' | 'present' | 'unknown';

/** Future cues: modal `will`/`shall`, `going to`, schedules. */
const FUTURE_RE =
  /\b(?:will|would|shall|won't|wo n't|'ll|going to|scheduled|plans? to|planned|planning to|expected to|next(?! to)|upcoming|due to|set to|to be held|tomorrow)\b/gi;
/** Past cues: common irregular past forms and `-ed` verbs (minus frequent non-verbs ending in -ed). */
/** Past cues: common irregular past forms (and `ago`, `yesterday`…); regular `-ed` verbs are found by their ending. */
const PAST_WORDS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'met',
  'spoke',
  'took',
  'gave',
  'made',
  'came',
  'went',
  'saw',
  'left',
  'began',
  'won',
  'lost',
  'held',
  'became',
  'fell',
  'rose',
  'brought',
  'bought',
  'sold',
  'paid',
  'sent',
  'spent',
  'built',
  'found',
  'got',
  'knew',
  'thought',
  'wrote',
  'ran',
  'led',
  'struck',
  'fought',
  'taught',
  'caught',
  'felt',
  'kept',
  'meant',
  'drew',
  'flew',
  'grew',
  'threw',
  'broke',
  'chose',
  'drove',
  'rode',
  'wore',
  'forbade',
  'fled',
  'hid',
  'shot',
  'sought',
  'stood',
  'understood',
  'swore',
  'sank',
  'rang',
  'sang',
  'ate',
  'forgot',
  'forgave',
  'oversaw',
  'undertook',
  'withdrew',
  'overtook',
  'ago',
  'yesterday',
  'last',
  'earlier',
]);
/**
 * One regex for all past cues: `-ed` forms, then the listed words with an optional capital
 * (case-sensitive: irregexp runs a long case-insensitive alternation several times slower).
 */
const PAST_RE = new RegExp(
  `\\b(?:[A-Za-z]{3,}ed|${[...PAST_WORDS].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\\b`,
  'g',
);
/** Past cues that are adverbs, not verbs: the POS filter leaves them alone. */
const PAST_ADVERBS = new Set(['ago', 'yesterday', 'last', 'earlier']);
/** Words ending in -ed that are not past verbs, or are past participles used as adjectives too often. */
const NOT_PAST = new Set([
  'need',
  'needed',
  'indeed',
  'speed',
  'seed',
  'united',
  'based',
  'related',
  'proceed',
  'exceed',
  'succeed',
  'bed',
  'red',
  'embed',
  'feed',
  'breed',
  'greed',
  'shed',
  'weed',
  'deed',
  'scheduled',
  'expected',
  'planned',
  'proposed',
  'armed',
  'limited',
  'detailed',
  'advanced',
  'concerned',
  'interested',
  'called',
  'elected',
  'supposed',
  'used',
]);
/** Cues after the expression count this many times their distance. */
const AFTER_WEIGHT = 3;
/** A deadline preposition just before the expression. */
const DEADLINE_RE = /\b(?:by|until|till|before|through|effective|as soon as|as early as)\s+$/i;
/** `since March`: the start of a state lasting until now lies in the past. */
const SINCE_RE = /\bsince\s+$/i;
/** A past perfect (`had filed … by Wednesday`, `had not called`): a deadline it meets lies in the past too. */
/** How far (characters) before / after a deadline its past perfect verb may stand. */
const PERFECT_BEFORE = 50;
const PERFECT_AFTER = 30;
const PAST_PERFECT_RE = /\bhad\s+(?:not\s+|n't\s+|already\s+|never\s+)?\w+(?:ed|en|t|wn)\b/i;
/** Auxiliaries and modals after which an `-ed` form is a participle, not a past tense. */
const NON_PAST_AUX =
  /\b(?:be|been|being|is|are|am|to|should|must|can|could|may|might|would|will|'s|get|gets)\s+(?:\w+\s+)?$/i;
/** A plan word right after `was`/`were`. */
const PLAN_AFTER_RE = /^\s+(?:planning|going|about|due|expected|scheduled|set)\b/i;
/** `had` / `had been` just before a future cue. */
const HAD_RE = /\bhad\s+(?:been\s+)?$/i;
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** The sentence (range of characters) holding `[start, end)`: the cue window of tense. */
export type SentenceAt = (start: number, end: number) => SentenceRange;

/** The UPOS tag of the token starting at a text offset, when the `pos` layer is known. */
export type TagAt = (offset: number) => Upos | undefined;

/** Tags a past-form word may carry and still be a verb (`AUX` for `was`, `had`). */
const VERB_TAGS: ReadonlySet<Upos> = new Set<Upos>(['VERB', 'AUX']);

/** Tense of the clause around `[start, end)` within `sentence`; `tagAt` (optional) filters non-verbs. */
export function tenseAt(
  text: string,
  sentence: SentenceRange,
  start: number,
  end: number,
  tagAt?: TagAt,
): Tense {
  const slice = text.slice(sentence.start, sentence.end);
  const best = { dist: Number.POSITIVE_INFINITY, tense: 'unknown' as Tense };
  const consider = (cues: readonly RegExpExecArray[], tense: Tense): void => {
    for (const m of cues) {
      const word = m[0].toLowerCase();
      if (tense === 'past' && NOT_PAST.has(word)) continue;
      // With POS tags, a past form that is no verb here (`a still unspecified date`) is no tense cue.
      if (tense === 'past' && tagAt && !PAST_ADVERBS.has(word)) {
        const tag = tagAt(sentence.start + m.index);
        if (tag !== undefined && !VERB_TAGS.has(tag)) continue;
      }
      // `were planning to`, `was due to`: the auxiliary carries a plan, not a past event.
      if (
        tense === 'past' &&
        PLAN_AFTER_RE.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 14))
      )
        continue;
      // A participle after an auxiliary or modal (`be held`, `would be returned`) is no past tense.
      if (tense === 'past' && NON_PAST_AUX.test(slice.slice(Math.max(0, m.index - 24), m.index))) continue;
      // A schedule in the past perfect (`had been due to expire Friday`) lies in the past.
      const cue: Tense =
        tense === 'future' && HAD_RE.test(slice.slice(Math.max(0, m.index - 12), m.index)) ? 'past' : tense;
      const at = sentence.start + m.index;
      // Cues inside the expression itself (`last`, `next`) are handled by the rules.
      if (at >= start && at < end) continue;
      // The verb before an expression governs it more often than one after (`met on Thursday and will…`).
      const dist = at < start ? start - at : AFTER_WEIGHT * (at - end);
      if (dist < best.dist) {
        best.dist = dist;
        best.tense = cue;
      }
    }
  };
  const future: RegExpExecArray[] = [];
  FUTURE_RE.lastIndex = 0;
  for (let m = FUTURE_RE.exec(slice); m; m = FUTURE_RE.exec(slice)) future.push(m);
  const past: RegExpExecArray[] = [];
  PAST_RE.lastIndex = 0;
  for (let m = PAST_RE.exec(slice); m; m = PAST_RE.exec(slice)) past.push(m);
  consider(future, 'future');
  consider(past, 'past');
  const head = text.slice(Math.max(sentence.start, start - 12), start);
  if (SINCE_RE.test(head)) return 'past';
  // `by Jan. 14`, `until March 6`: deadlines point forward whatever the verb's tense, unless a past
  // perfect says the deadline was met already (`had filed reports by Wednesday`).
  if (DEADLINE_RE.test(head)) {
    const near =
      text.slice(Math.max(sentence.start, start - PERFECT_BEFORE), start) +
      ' | ' +
      text.slice(end, Math.min(sentence.end, end + PERFECT_AFTER));
    return PAST_PERFECT_RE.test(near) ? 'past' : 'future';
  }
  return best.tense;
}
