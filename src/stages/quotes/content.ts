/**
 * Content extent: where a statement's content starts (`told NBC that…`), where it stops (a later
 * cue's clause, `; `, `, but he…`), when a clause follows a cue at all, where a quotation resumes
 * after the cue, and `finish`, which trims the pieces, finds the quoted words (titles and
 * nicknames in marks are not speech) and decides the kind (direct, mixed, indirect).
 */
import { OPEN_MARK_RE } from '../../lang/en/quote-marks.js';
import { OBJECT_SPEECH_VERBS } from '../../lang/en/speech-verbs.js';
import { firstRegionFrom, type QuoteRegion, regionBefore } from './quote-marks.js';
import { sourceLeft } from './source.js';
import { PRONOUNS } from './source-words.js';
import type { StatementKind } from './types.js';
import {
  type Cue,
  firstWordFrom,
  isWordLike,
  type Range,
  type RawStatement,
  rawStatement,
  type UnitContext,
} from './unit-context.js';
import type { SentenceRef } from './units.js';
import type { Word } from './words.js';

/** A statement's content needs at least this many words (`Peskov said.` has none). */
const MIN_CONTENT_WORDS = 2;

/** Where the previous cue's content must stop: before `, but` / `, though it` / `and` leading into the next cue. */
export function clipBefore(ws: readonly Word[], next: Cue, floor: number, to: number): number {
  let j = next.from;
  if (next.type === 'verb') {
    // A cue with its own subject after a clause boundary starts a new statement; one inside
    // the content (`…by calling out Trump`) is nested and does not cut it.
    const left = sourceLeft(ws, next.from, floor);
    const start = left ? left.from : next.from;
    if (!CLAUSE_BOUNDARY.test(ws[start - 1]?.lower ?? '')) return to;
    // `…said the spate of shootings and protests demands that…`: after `and` with no comma, a bare
    // lower-case noun (no determiner or pronoun) continues a coordinated noun phrase; it opens no
    // clause (`, and human rights groups warned` does).
    const first = ws[start] as Word;
    if (
      ws[start - 1]?.lower === 'and' &&
      ws[start - 2]?.text !== ',' &&
      start < next.from &&
      /^\p{Ll}/u.test(first.text) &&
      !PRONOUNS.has(first.lower) &&
      !/^(the|a|an|his|her|their|its|our|this|that|these|those|some|many|most|all)$/.test(first.lower)
    )
      return to;
    j = start;
  }
  while (j - 1 > floor && CLAUSE_BOUNDARY.test((ws[j - 1] as Word).lower)) j--;
  return j;
}

/** Words and marks after which a new clause (and statement) may begin. */
const CLAUSE_BOUNDARY =
  /^(,|;|and|but|though|although|while|yet|whereas|when|after|before|because|since|until)$/;

/**
 * `“…,” Tester said, referring to the excuse, “you give…”`: content an earlier statement of the
 * unit already holds (its resumed quotation) ends a later statement's content where it begins.
 */
export function yieldTakenContent(
  text: string,
  made: RawStatement,
  earlier: readonly RawStatement[],
): RawStatement {
  let changed = false;
  const content = made.content.map((c) => {
    let end = c.end;
    for (const o of earlier)
      for (const p of o.content.slice(1))
        if (p.start > c.start && p.start < end && OPEN_MARK_RE.test(text[p.start] ?? '')) end = p.start;
    if (end === c.end) return c;
    changed = true;
    return trimContent(text, { start: c.start, end });
  });
  return changed ? rawStatement({ ...made, content: content.filter((c) => c.end > c.start) }) : made;
}

/** Most words of an object or adjunct between a cue and a resumed quotation (`he told the host, “…`). */
const MAX_RESUME_GAP = 10;

/** Index of the opening mark of a quotation resuming after `, ` within a few words of `k`, or -1. */
export function resumedQuote(ws: readonly Word[], k: number, limit: number): number {
  // `“…,” Tester said, referring to the excuse, “…”`: a participle phrase may stand between.
  const start =
    ws[k]?.text === ',' &&
    /^\p{L}+ing$/u.test(ws[k + 1]?.lower ?? '') &&
    /^(to|at|the|a|an|his|her|their)$/.test(ws[k + 2]?.lower ?? '')
      ? k + 1
      : k;
  for (let j = start; j < Math.min(limit - 1, start + MAX_RESUME_GAP + 1); j++) {
    const w = ws[j] as Word;
    // `…,” Mosko wrote in an email, and “full of…”`: the quotation may resume after `and`.
    const and = ws[j + 1]?.lower === 'and' ? 1 : 0;
    if (w.text === ',')
      return OPEN_MARK_RE.test((ws[j + 1 + and] as Word | undefined)?.text ?? '') ? j + 1 + and : -1;
    if (!/[\p{L}\p{N}]/u.test(w.text) && w.text !== '.' && w.text !== '’') return -1;
  }
  return -1;
}

/** Adjuncts that may follow a cue without being its content (`said in a statement on Tuesday`). */
const ADJUNCT_START =
  /^(of|in|on|at|during|after|before|last|this|yesterday|today|earlier|later|late|recently|afterward|afterwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** True when a clause (content) follows word `k`: not just punctuation and time or place adjuncts. */
export function clauseFollows(ws: readonly Word[], k: number, limit: number): boolean {
  let j = k;
  if (j < limit && /^[:]$/.test((ws[j] as Word).text)) return true;
  if (j < limit && (ws[j] as Word).text === ',') return false;
  while (j < limit && ADJUNCT_START.test((ws[j] as Word).lower)) {
    while (j < limit && !/^[,.;:]$/.test((ws[j] as Word).text)) {
      // `stated of the scandal that the report…`: `that` or a quotation ends the adjunct and opens the content.
      if (j > k + 1 && ((ws[j] as Word).lower === 'that' || OPEN_MARK_RE.test((ws[j] as Word).text)))
        return true;
      j++;
    }
    if (j < limit && (ws[j] as Word).text === ',') j++;
  }
  let n = 0;
  for (; j < limit; j++) if (/[\p{L}\p{N}]/u.test((ws[j] as Word).text)) n++;
  return n >= 3;
}

/** First word of content after a cue: after `told NBC`, at `that`, at an opening quotation mark. */
/** Subject pronouns that open a complement clause after a cue's object (`told them they…`). */
const COMPLEMENT_SUBJECTS = /^(he|she|they|we|i)$/;

export function contentStart(ws: readonly Word[], cue: Cue, limit: number): number {
  let k = cue.to;
  const verb = (ws[cue.from] as Word).lower;
  // `Asked about the plan, …` / `asked to describe…`: no object before the content.
  if (/^(about|on)$/.test(ws[k]?.lower ?? '') && /^ask/.test(verb)) return k + 1;
  if (
    OBJECT_SPEECH_VERBS.has(verb) &&
    !/^(to|whether|if|why|how|what|when|where|who)$/.test(ws[k]?.lower ?? '')
  ) {
    // `telling Keyworth they wouldn't “have to…”`: a subject pronoun after the object opens a
    // that-less complement clause, which is the content (not just the quotation inside it; seen on
    // PolNeAR train, where we cut the clause down to its quoted end).
    let subject = -1;
    for (let j = k; j < Math.min(limit, k + 8); j++) {
      const w = ws[j] as Word;
      if (j > k && subject < 0 && COMPLEMENT_SUBJECTS.test(w.lower)) subject = j;
      if (OPEN_MARK_RE.test(w.text) && subject > 0) return subject;
      if (w.lower === 'that' || OPEN_MARK_RE.test(w.text)) return j;
      if (w.text === ',' || w.text === ':') return j + 1;
      // `asked the crowd to welcome…`, `urged Republicans to "vote…"`: an object with an infinitive
      // is the content from the object on (PolNeAR's Content starts there).
      if (w.lower === 'to' && j > k) return k;
    }
  }
  while (k < limit && /^[,:]$/.test((ws[k] as Word).text)) k++;
  return k;
}

export function finish(
  ctx: UnitContext,
  kind: StatementKind | undefined,
  content: Range[],
  cue: Range,
  source: Range | undefined,
  inherited: boolean,
  sentence: SentenceRef,
  cutClauses = true,
): RawStatement | undefined {
  const pieces: Range[] = [];
  for (const c of content) {
    const piece = trimContent(ctx.text, cutClauses && c.start >= cue.end ? cutAtNewClause(ctx, c) : c);
    if (piece.end > piece.start) pieces.push(piece);
  }
  // Each piece's words as index bounds into the unit's words (`wordsWithin` without the copies):
  // [from, to) of piece k at 2k and 2k + 1; only the word-like ones count.
  const ws = ctx.words;
  const bounds: number[] = [];
  let words = 0;
  for (const c of pieces) {
    const from = firstWordFrom(ws, c.start);
    let to = from;
    while (to < ws.length && (ws[to] as Word).end <= c.end) to++;
    bounds.push(from, to);
    for (let k = from; k < to; k++) if (isWordLike(ws[k] as Word)) words++;
  }
  // `“Absolutely,” he said.`, `“Denver?” she asked`: a one-word quotation closed on `,` `?` or `!`
  // inside its marks is a whole reply, not a scare quote or a title.
  const reply =
    words === 1 &&
    pieces.length === 1 &&
    ONE_WORD_REPLY_RE.test(ctx.text.slice((pieces[0] as Range).start, (pieces[0] as Range).end));
  if (words < MIN_CONTENT_WORDS && !reply) return undefined;
  if (
    source &&
    PRONOUNS.has(ctx.text.slice(source.start, source.end).toLowerCase()) &&
    source.end - source.start > 4
  )
    return undefined;
  const quoted: Range[] = [];
  const regions = ctx.regions;
  for (const c of pieces) {
    // Regions are in text order: from the one before the piece, until one opens after it.
    for (let i = Math.max(0, firstRegionFrom(regions, c.start) - 1); i < regions.length; i++) {
      const r = regions[i] as QuoteRegion;
      if (r.innerStart >= c.end) break;
      const qs = Math.max(c.start, r.innerStart);
      const qe = Math.min(c.end, r.innerEnd);
      if (qe > qs && !isNameLike(ctx.text.slice(qs, qe))) quoted.push({ start: qs, end: qe });
    }
  }
  // Direct when every word of the content lies inside quotation marks; mixed when only some do.
  const outside = quoted.length > 0 && someWordOutside(ws, bounds, regions);
  // Only the last region of a paragraph can be left open.
  const last = regions[regions.length - 1];
  const resolved: StatementKind = kind ?? (quoted.length === 0 ? 'indirect' : outside ? 'mixed' : 'direct');
  return rawStatement({
    kind: resolved,
    content: pieces,
    cue,
    source,
    inherited,
    sentence,
    quoted,
    openEnd: last?.open === true && pieces.some((c) => c.end > last.start),
  });
}

/** Some word-like word within the bounds (see `finish`) lies outside every quotation region's marks. */
function someWordOutside(
  ws: readonly Word[],
  bounds: readonly number[],
  regions: readonly QuoteRegion[],
): boolean {
  for (let b = 0; b < bounds.length; b += 2) {
    for (let k = bounds[b] as number; k < (bounds[b + 1] as number); k++) {
      const w = ws[k] as Word;
      if (!isWordLike(w)) continue;
      const r = regionBefore(regions, w.start + 1);
      if (!(r && w.start >= r.innerStart && w.end <= r.innerEnd)) return true;
    }
  }
  return false;
}

/** A whole quotation of one word closed on `,` `?` or `!` (`“Really,”`, `"Absolutely!"`). */
const ONE_WORD_REPLY_RE = /^["“‘'«][\p{L}\p{N}’'-]+[,?!]+["”’'»]$/u;

/** Function words allowed in lower case inside titles and nicknames (`War and Peace`, `the Rocket`). */
const TITLE_GLUE = /^(?:a|an|the|and|of|in|on|for|to|at|by|with|or)$/;

/** Longest title or nickname in quotation marks (`“War and Peace”`), in words. */
const MAX_TITLE_WORDS = 5;

/** A quoted title or nickname rather than quoted speech: a few capitalised words, no punctuation. */
export function isNameLike(quoted: string): boolean {
  if (/[.,!?;:]/.test(quoted)) return false;
  const words = quoted.trim().split(/\s+/);
  return (
    words.length <= MAX_TITLE_WORDS &&
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_GLUE.test(w))
  );
}

/** `; ` or `, but he…` / `, though the…`: a new clause with its own subject, where reported content ends. */
const NEW_CLAUSE_RE =
  /;\s|,(["”’']?)\s+(?:but|yet|whereas)\s+(?=(?:he|she|they|it|we|i|the|his|her|their|its|\p{Lu}\p{Ll}+)\b)/gu;

/** Content after a cue ends where a new clause begins outside quotation marks. */
function cutAtNewClause(ctx: UnitContext, c: Range): Range {
  const slice = ctx.text.slice(c.start, c.end);
  NEW_CLAUSE_RE.lastIndex = 0;
  for (let m = NEW_CLAUSE_RE.exec(slice); m !== null; m = NEW_CLAUSE_RE.exec(slice)) {
    // `…and “jobs, jobs, jobs,” but he has…`: after a closing mark the cut falls behind it.
    const at = c.start + m.index + (m[1] ? 2 : 0);
    const r = regionBefore(ctx.regions, at);
    if (!(r && at < r.end)) return { start: c.start, end: at };
  }
  return c;
}

/** Trims white space and trailing sentence punctuation outside quotation marks. */
export function trimContent(text: string, r: Range): Range {
  let s = r.start;
  let e = r.end;
  while (s < e && /[\s,;:—–-]/.test(text[s] as string)) s++;
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
