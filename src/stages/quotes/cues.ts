/**
 * Cue finding in a unit: lexicon forms (typed as plain verb, participle or coordinated verb),
 * `according to`, headline and transcript colons (`Poll: …`, `"PENCE: Well…`) and `quoted … as
 * saying`. Forms inside quotation marks are quoted words, not cues.
 */
import { OPEN_MARK_RE } from '../../lang/en/quote-marks.js';
import type { QuoteRegion } from './quote-marks.js';
import { type Cue, type CueType, isCoreCue, type UnitContext } from './unit-context.js';
import type { Word } from './words.js';

/**
 * Prepositions that open a sentence with a participial cue (`After saying…, she…`, `In defending…`);
 * `despite`, `without` and the perfect `having` (`Despite criticizing…, Cruz said`, `Having announced
 * that…, the judge…`) as well: seen on PolNeAR train, where the opening word was taken as the source.
 */
export const OPENING_PREPOSITIONS = /^(after|before|while|when|since|in|by|upon|on|despite|without|having)$/;

export function findCues(ctx: UnitContext): Cue[] {
  const { words: ws, from, to } = ctx;
  const cues: Cue[] = [];
  const regions = ctx.regions;
  // Words and regions are both in text order: a cursor (the first region opening after the word)
  // instead of a binary search per word. A word between a region's marks is quoted, not a cue.
  let next = 0;
  for (let k = from; k < to; k++) {
    const w = ws[k] as Word;
    if (w.text === ':' && isTranscriptSpeaker(ws, from, k)) {
      // `"PENCE: Well, look…`: an interview transcript line, even inside the quotation it opens.
      cues.push({ type: 'colon', from: k, to: k + 1 });
      continue;
    }
    while (next < regions.length && (regions[next] as QuoteRegion).start <= w.start) next++;
    // (`regions[-1]` would be a slow generic property lookup, not an array read.)
    const region = next > 0 ? regions[next - 1] : undefined;
    if (region && w.start >= region.innerStart && w.start < region.innerEnd) continue;
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to') {
      cues.push({ type: 'according', from: k, to: k + 2 });
      k++;
      continue;
    }
    if (
      w.text === ':' &&
      k > from &&
      k - from <= 5 &&
      /\s/.test(ctx.text[w.end] ?? '') &&
      isHeadlineSource(ws, from, k) &&
      !invertedCueAt(ctx, from, k)
    ) {
      cues.push({ type: 'colon', from: k, to: k + 1 });
      continue;
    }
    const quotedAs = w.lower === 'quoted' ? quotedAsSaying(ws, k, to) : -1;
    if (quotedAs > 0) {
      // `X was quoted (by the paper) as saying that…`: one cue, the subject is the speaker.
      cues.push({ type: 'verb', from: k, to: quotedAs });
      k = quotedAs - 1;
      continue;
    }
    const entry = ctx.lexicon.get(w.lower);
    if (!entry) continue;
    // A rare cue form capitalised inside its unit is a headline noun (`U.S. Support for Ukraine`).
    if (k > from && !ctx.lexicon.isCore(w.lower) && /^\p{Lu}/u.test(w.text)) continue;
    const prev = ws[k - 1];
    // `to say`, `the show`; but `He went on to say, “…”` is the subject's own statement (PolNeAR
    // train annotates `went on to say` as the cue; we made the quotation float to another speaker).
    if (prev && (prev.lower === 'to' || prev.lower === 'the' || prev.lower === 'a') && !goesOnTo(ws, k, from))
      continue;
    // `Moscow’s demands remain firm`, `Rubio’s decision was…`: a form after a possessive is a noun,
    // and a noun whose next word is a finite verb is that verb's subject, not a speech verb with content.
    if (prev && isPossessive(prev) && PREDICATE_START.test(ws[k + 1]?.lower ?? '')) continue;
    const before = skipAdverbsLeft(ws, k, from);
    // `After saying…, she…`: a participle after an opening preposition has the main clause's subject.
    const afterPreposition = k - 1 === from && OPENING_PREPOSITIONS.test(prev?.lower ?? '');
    const type: CueType =
      (w.lower.endsWith('ing') || (afterPreposition && prev?.lower === 'having')) &&
      (before?.text === ',' || before === undefined || afterPreposition)
        ? 'participle'
        : before && (before.lower === 'and' || before.lower === 'but')
          ? 'coordinated'
          : 'verb';
    cues.push({ type, from: k, to: k + 1 });
  }
  return cues;
}

/** `went on to` (or `goes`/`go`/`going`/`gone on to`) right before word `k`. */
export function goesOnTo(ws: readonly Word[], k: number, floor: number): boolean {
  return (
    k - 3 >= floor &&
    ws[k - 1]?.lower === 'to' &&
    ws[k - 2]?.lower === 'on' &&
    /^(went|goes|go|going|gone)$/.test(ws[k - 3]?.lower ?? '')
  );
}

/** Finite verbs opening a predicate (`…’s demands remain firm`, `…’s plan was…`). */
const PREDICATE_START =
  /^(is|are|was|were|will|would|may|might|can|could|should|must|has|have|had|remain|remains|remained|seem|seems|seemed|appear|appears|appeared)$/;

/** `Moscow’s`, `the group's` (not the contractions `he's`, `that's`, `there's`). */
function isPossessive(w: Word): boolean {
  return (
    /^\p{L}[\p{L}.-]*['’]s$/u.test(w.text) &&
    !/^(he|she|it|that|there|what|who|here|where|let)['’]s$/.test(w.lower)
  );
}

/** Most words of the by-phrase in `quoted by the local paper as saying`. */
const MAX_QUOTED_BY_WORDS = 8;

/** After `quoted [by …] as saying` starting at word `k`: the index past `saying`, or -1. */
function quotedAsSaying(ws: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  if (ws[j]?.lower === 'by') {
    while (j < to && j - k <= MAX_QUOTED_BY_WORDS && ws[j]?.lower !== 'as') j++;
  }
  return ws[j]?.lower === 'as' && /^(saying|telling|writing)$/.test(ws[j + 1]?.lower ?? '') ? j + 2 : -1;
}

function skipAdverbsLeft(ws: readonly Word[], k: number, floor: number): Word | undefined {
  let j = k - 1;
  while (
    j >= floor &&
    /^(has|have|had|also|then|later|further|again|not|did|would|will)$|ly$/.test((ws[j] as Word).lower)
  )
    j--;
  return j >= floor ? ws[j] : undefined;
}

/** `PENCE:` / `“WALLACE:` opening a unit: one or two upper-case words (after an opening mark). */
export function isTranscriptSpeaker(ws: readonly Word[], from: number, k: number): boolean {
  let i = from;
  if (i < k && OPEN_MARK_RE.test((ws[i] as Word).text)) i++;
  if (k - i < 1 || k - i > 2) return false;
  for (let j = i; j < k; j++) if (!/^\p{Lu}{2,}$/u.test((ws[j] as Word).text)) return false;
  return true;
}

/** `Said Ellis: “…”`: a past or present cue verb opening the unit before a colon and a quotation is an inverted cue, not a headline name. */
function invertedCueAt(ctx: UnitContext, from: number, colon: number): boolean {
  const first = (ctx.words[from] as Word).lower;
  return (
    isCoreCue(ctx, first) &&
    /^(said|\p{L}+ed|\p{L}+s)$/u.test(first) &&
    OPEN_MARK_RE.test(ctx.words[colon + 1]?.text ?? '')
  );
}

function isHeadlineSource(ws: readonly Word[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) if (!/^\p{Lu}/u.test((ws[i] as Word).text)) return false;
  return true;
}
