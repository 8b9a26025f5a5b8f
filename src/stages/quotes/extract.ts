/**
 * Statement extraction on words and quotation regions (the pure `match` half of
 * the stage). Per unit (sentences joined across quotations) it finds cues from the
 * learned lexicon and applies the attribution patterns news uses:
 *
 * - content before the cue: `“…,” Peskov stated.`, `…, said Peskov.`, `…, Trump said.`
 * - content after the cue: `Peskov said there were…`, `told NBC that…`, `said: “…”`
 * - both sides: `“…,” he said, “…”` (discontinuous content)
 * - participial and coordinated cues inherit the clause's source: `saying, “…”`, `…but indicated that…`
 * - `according to X, …` / `…, according to X.`; headline colons `Poll: …`
 * - floating quotation paragraphs inherit the last source.
 *
 * Scare quotes, titles and nicknames produce nothing: a quotation becomes a
 * statement only through a cue or by filling its unit (floating).
 */
import type { CueLexicon } from './lexicon.js';
import { findQuoteRegions, type QuoteRegion } from './quote-marks.js';
import { clauseSubject, PRONOUNS, sourceLeft, sourceRight, type WordRange } from './source.js';
import type { StatementKind } from './types.js';
import { buildUnits, type SentenceRef, type Unit } from './units.js';
import { type Word, wordsOf } from './words.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface RawStatement {
  readonly kind: StatementKind;
  readonly content: readonly Range[];
  readonly cue: Range;
  readonly source?: Range;
  readonly inherited: boolean;
  readonly sentence: SentenceRef;
  readonly quoted: readonly Range[];
  /** A quotation with no cue of its own (it inherits its source). */
  readonly floating?: boolean;
  /** Too short to stand alone: kept only when joined to the quotation statement before it. */
  readonly joinOnly?: boolean;
  /** The content ends in a quotation left open at the paragraph end. */
  readonly openEnd?: boolean;
  /** Made by a construction rather than a lexicon cue: the statement yield does not filter it. */
  readonly construction?: boolean;
  /** An interview transcript turn (`PENCE: …`): its content runs to the paragraph end. */
  readonly transcript?: boolean;
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly SentenceRef[];
}

/** Verbs whose object comes before the `that` clause (`told NBC that`). */
const OBJECT_VERBS: ReadonlySet<string> = new Set(
  'told tells telling tell asked asks asking informed assured warned warns urged urges reminded promised notified convinced'.split(
    ' ',
  ),
);

/** A statement's content needs at least this many words (`Peskov said.` has none). */
const MIN_CONTENT_WORDS = 2;

/** Words a floating quotation needs to count as speech rather than a scare quote or title. */
const MIN_FLOATING_WORDS = 5;

/** Share of a unit a quotation must fill to float (a quote paragraph or sentence, not a phrase). */
const MIN_FLOATING_SHARE = 0.6;

/** Paragraphs back a floating quotation may look for its speaker. */
const FLOATING_REACH = 2;

/** `” ― Name`: a dash, then a capitalised name of one to five words. */
const DASH_SIGNATURE_RE =
  /^(\s*)(―|—|–|--)(\s*)(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al)){0,4})/u;

/** Cue forms whose training Source rarely precedes them (`seems`, `is expected`) take the subject as content. */
const RAISING_SOURCE_SHARE = 0.35;

/** Prepositions that open a sentence with a participial cue (`After saying…, she…`, `In defending…`). */
const OPENING_PREPOSITIONS = /^(after|before|while|when|since|in|by|upon|on)$/;

type CueType = 'verb' | 'participle' | 'coordinated' | 'according' | 'colon';

interface Cue {
  readonly type: CueType;
  readonly from: number;
  readonly to: number;
}

const CLOSE_MARKS = /^["'”’»]$/;
const OPEN_MARKS = /^["'“‘«„]$/;

export function extractStatements(
  text: string,
  paragraphs: readonly Paragraph[],
  lexicon: CueLexicon,
): RawStatement[] {
  const out: RawStatement[] = [];
  let last: { source: Range; paragraph: number } | undefined;
  // The last quotation statement, to which later quotation sentences of its paragraph (or the
  // paragraphs its open quotation continues into) are joined as discontinuous content.
  let quoteOwner: { index: number; paragraph: number; open: boolean } | undefined;
  paragraphs.forEach((p, pi) => {
    const regions = findQuoteRegions(text, p.start, p.end);
    const words = wordsOf(text, p.start, p.end);
    const units = buildUnits(p.sentences, regions);
    let w0 = 0;
    for (const unit of units) {
      while (w0 < words.length && (words[w0] as Word).start < unit.start) w0++;
      let w1 = w0;
      while (w1 < words.length && (words[w1] as Word).end <= unit.end) w1++;
      const ctx: UnitContext = { text, words, from: w0, to: w1, unit, regions, lexicon };
      const found = unitStatements(
        ctx,
        last && pi - last.paragraph <= FLOATING_REACH ? last.source : undefined,
      );
      for (const s of found) {
        const owner = quoteOwner ? out[quoteOwner.index] : undefined;
        const joins =
          s.floating &&
          owner &&
          quoteOwner &&
          (quoteOwner.paragraph === pi ||
            (quoteOwner.open && quoteOwner.paragraph === pi - 1 && s.content[0]?.start === p.start));
        if (joins && owner && quoteOwner) {
          out[quoteOwner.index] = {
            ...owner,
            content: [...owner.content, ...s.content],
            quoted: [...owner.quoted, ...s.quoted],
          };
          quoteOwner = { index: quoteOwner.index, paragraph: pi, open: s.openEnd === true };
          continue;
        }
        if (s.joinOnly) continue;
        // A signed line replaces the floating quotation statements it contains.
        if (/^(―|—|–|--)$/.test(text.slice(s.cue.start, s.cue.end))) {
          const first = s.content[0] as Range;
          for (let i = out.length - 1; i >= 0; i--) {
            const o = out[i] as RawStatement;
            if (o.floating && o.content.every((c) => c.start >= first.start && c.end <= first.end)) {
              out.splice(i, 1);
              if (quoteOwner && quoteOwner.index >= i) quoteOwner = undefined;
            }
          }
        }
        out.push(s);
        if (s.source) last = { source: s.source, paragraph: pi };
        // A quotation signed with a dash (`“…” ― Ana Lopez`) is closed by its signature: the next
        // quotation is another reader's, not a continuation.
        const signed = /^(―|—|–|--)$/.test(text.slice(s.cue.start, s.cue.end));
        quoteOwner = signed
          ? undefined
          : s.kind === 'direct' || s.kind === 'mixed'
            ? { index: out.length - 1, paragraph: pi, open: s.openEnd === true }
            : quoteOwner;
      }
      w0 = w1;
    }
    extendTranscriptTurn(text, out, p);
  });
  return out;
}

/**
 * `"PENCE: Well, look… But this is America. And…`: a transcript turn is the speaker's whole
 * paragraph (PolNeAR's Content), not the first sentence; statements of inner cues it then
 * contains are dropped as nested (see `dropNested`).
 */
function extendTranscriptTurn(text: string, out: RawStatement[], p: Paragraph): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const s = out[i] as RawStatement;
    if (s.cue.start < p.start) return;
    const last = s.content[s.content.length - 1];
    if (!s.transcript || !last) continue;
    const end = trimContent(text, { start: last.start, end: p.end }).end;
    if (end > last.end) out[i] = { ...s, content: [...s.content.slice(0, -1), { start: last.start, end }] };
  }
}

interface UnitContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly from: number;
  readonly to: number;
  readonly unit: Unit;
  readonly regions: readonly QuoteRegion[];
  readonly lexicon: CueLexicon;
}

function insideQuote(regions: readonly QuoteRegion[], pos: number): boolean {
  return regions.some((r) => pos >= r.innerStart && pos < r.innerEnd);
}

function findCues(ctx: UnitContext): Cue[] {
  const { words: ws, from, to } = ctx;
  const cues: Cue[] = [];
  for (let k = from; k < to; k++) {
    const w = ws[k] as Word;
    if (w.text === ':' && isTranscriptSpeaker(ws, from, k)) {
      // `"PENCE: Well, look…`: an interview transcript line, even inside the quotation it opens.
      cues.push({ type: 'colon', from: k, to: k + 1 });
      continue;
    }
    if (insideQuote(ctx.regions, w.start)) continue;
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
    if (prev && (prev.lower === 'to' || prev.lower === 'the' || prev.lower === 'a')) continue; // `to say`, `the show`
    const before = skipAdverbsLeft(ws, k, from);
    // `After saying…, she…`: a participle after an opening preposition has the main clause's subject.
    const afterPreposition = k - 1 === from && OPENING_PREPOSITIONS.test(prev?.lower ?? '');
    const type: CueType =
      w.lower.endsWith('ing') && (before?.text === ',' || before === undefined || afterPreposition)
        ? 'participle'
        : before && (before.lower === 'and' || before.lower === 'but')
          ? 'coordinated'
          : 'verb';
    cues.push({ type, from: k, to: k + 1 });
  }
  return cues;
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
function isTranscriptSpeaker(ws: readonly Word[], from: number, k: number): boolean {
  let i = from;
  if (i < k && OPEN_MARKS.test((ws[i] as Word).text)) i++;
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
    OPEN_MARKS.test(ctx.words[colon + 1]?.text ?? '')
  );
}

/** A form in the lexicon's core (`isCore` alone is also true of forms not in the lexicon). */
function isCoreCue(ctx: UnitContext, form: string): boolean {
  return ctx.lexicon.get(form) !== undefined && ctx.lexicon.isCore(form);
}

function isHeadlineSource(ws: readonly Word[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) if (!/^\p{Lu}/u.test((ws[i] as Word).text)) return false;
  return true;
}

function range(ws: readonly Word[], r: WordRange): Range {
  return { start: (ws[r.from] as Word).start, end: (ws[r.to - 1] as Word).end };
}

function unitStatements(ctx: UnitContext, inheritedSource: Range | undefined): RawStatement[] {
  const { words: ws, from, to, unit, text } = ctx;
  // Only cues that make a statement on their own bound the content of the cue before them.
  const cues = findCues(ctx).filter((c) => cueStatement(ctx, c, from, to, undefined) !== undefined);
  const out: RawStatement[] = [];
  let unitSource: Range | undefined;
  let floor = from;
  let contentFloor = from;
  // Where a later cue's source search stops: not at a cue inside a relative clause (`Donna Ruiz,
  // 59, who watched the ceremony, said…`), whose clause is an insertion before the subject's verb.
  let sourceFloor = from;
  // `With leaders worried about X, Obama is…`, `After aides insisted that…, she…`: a cue inside a
  // clause-opening adjunct has its content end at the comma closing the adjunct.
  const openingEnd = OPENING_ADJUNCT.test(ws[from]?.lower ?? '')
    ? ws.findIndex((w, i) => i > from && i < to && w.text === ',')
    : -1;
  cues.forEach((cue, ci) => {
    // The content stops where a later cue in the unit starts a clause of its own.
    let limit = to;
    if (cue.type !== 'according') {
      for (const next of cues.slice(ci + 1)) {
        limit = clipBefore(ws, next, Math.max(floor, cue.to), to);
        if (limit < to) break;
      }
      if (openingEnd > cue.to) limit = Math.min(limit, openingEnd);
    }
    const found = cueStatement(ctx, cue, floor, limit, unitSource, contentFloor, sourceFloor);
    if (!found) return;
    const made = yieldTakenContent(text, found, out);
    out.push(made);
    // A cue nested in an earlier statement's content does not become the clause's source.
    const nested = out.some(
      (o) => o !== made && o.content.some((c) => c.start <= made.cue.start && c.end >= made.cue.end),
    );
    const relative =
      made.source !== undefined && /^(who|which)$/i.test(text.slice(made.source.start, made.source.end));
    if (made.source && !nested && !relative) unitSource = made.source;
    floor = Math.max(floor, cue.to);
    if (!relative) sourceFloor = floor;
    // Content before a later cue may span a nested cue (`X decided to…, a source said`) but not
    // an earlier statement whose content also came before its cue.
    if ((made.content[0]?.start ?? 0) < made.cue.start) contentFloor = cue.to;
  });
  // `described Trump as “a con artist”`: a verb naming its object with a quotation.
  for (const r of ctx.regions) {
    if (r.start < unit.start || r.end > unit.end) continue;
    if (out.some((s) => s.content.some((c) => c.start < r.end && c.end > r.start))) continue;
    const made = namingStatement(ctx, r, unitSource);
    if (made) out.push(made);
  }
  // `“…,” she yells.`: a quotation closed on a comma, then a subject and a verb the lexicon lacks.
  for (const r of ctx.regions) {
    if (r.open || r.start < unit.start || r.end > unit.end) continue;
    if (out.some((s) => s.content.some((c) => c.start < r.end && c.end > r.start))) continue;
    const made = closedQuoteVerb(ctx, r);
    if (made) out.push(made);
  }
  // `Obama is rolling out a new message: "It's about me."`: a clause ending in a colon, then a
  // quotation closing the sentence.
  for (const r of ctx.regions) {
    if (r.start < unit.start || r.start >= unit.end) continue;
    if (out.some((s) => s.content.some((c) => c.start < r.end && c.end > r.start))) continue;
    const made = colonQuotation(ctx, r);
    if (made) out.push(made);
  }
  // `“…” ― Pamela Padilla`: a quotation signed with a dash and a name.
  for (const r of ctx.regions) {
    if (r.open || r.start < unit.start || r.end > unit.end) continue;
    if (out.some((s) => s.content.some((c) => c.start < r.end && c.end > r.start))) continue;
    // The signature may fall in the next sentence of a sentence splitter: look to the paragraph end.
    const paragraphEnd = ws[ws.length - 1]?.end ?? unit.end;
    const m = DASH_SIGNATURE_RE.exec(text.slice(r.end, Math.min(paragraphEnd, r.end + 80)));
    if (!m) continue;
    const dash = r.end + (m[1] as string).length;
    const name = dash + (m[2] as string).length + (m[3] as string).length;
    // `“…money.” And that’s all he has “the root of all evil.” ― Cris Lastra`: the signature signs
    // its whole line when the line opens with a quotation mark.
    const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
    const signed =
      lineStart < r.start && lineStart >= (ws[0]?.start ?? r.start) && OPEN_MARKS.test(text[lineStart] ?? '')
        ? lineStart
        : r.start;
    const made = finish(
      ctx,
      'direct',
      [{ start: signed, end: r.end }],
      { start: dash, end: dash + (m[2] as string).length },
      { start: name, end: name + (m[4] as string).length },
      false,
      sentenceAt(unit, r.start),
    );
    if (made) out.push(made);
  }
  // Floating quotations: a quotation filling its unit with no cue of its own.
  for (const r of ctx.regions) {
    if (r.start < unit.start || r.start >= unit.end) continue;
    if (out.some((s) => s.content.some((c) => c.start < r.end && c.end > r.start))) continue;
    const inner = wordsWithin(ws, r.innerStart, Math.min(r.innerEnd, unit.end)).filter(isWordLike).length;
    const share = (Math.min(r.end, unit.end) - r.start) / Math.max(1, unit.end - unit.start);
    // A short quotation floats only as the continuation of a quotation before it (`“I would,” she said. “I would.”`).
    if (inner === 0 || share < MIN_FLOATING_SHARE) continue;
    const joinOnly = inner < MIN_FLOATING_WORDS;
    const source = unitSource ?? inheritedSource;
    out.push({
      kind: 'direct',
      content: [{ start: r.start, end: Math.min(r.end, unit.end) }],
      cue: { start: r.start, end: r.start + 1 },
      ...(source ? { source } : {}),
      inherited: true,
      floating: true,
      ...(joinOnly ? { joinOnly } : {}),
      openEnd: r.open,
      sentence: sentenceAt(unit, r.start),
      quoted: [{ start: r.innerStart, end: Math.min(r.innerEnd, unit.end) }],
    });
  }
  return out;
}

/** Fewest words of the clause before `: “…”` (a subject and a verb at least). */
const MIN_COLON_CLAUSE_WORDS = 3;

/**
 * `McCaskill scolded him: “The scientific community…”`, `He put it this way: "…"`: a clause with
 * a subject ends in a colon and a quotation closes the sentence. News introduces quotations so
 * with verbs the lexicon lacks; the colon is the cue and the clause subject the source.
 */
function colonQuotation(ctx: UnitContext, r: QuoteRegion): RawStatement | undefined {
  const { words: ws, from, text } = ctx;
  const at = firstWordAt(ws, r.start, from, ctx.to);
  const colon = at - 1;
  if (at < 0 || colon - from < MIN_COLON_CLAUSE_WORDS || (ws[colon] as Word).text !== ':') return undefined;
  // Single marks after a colon are headline style (`A lesson from Lynch: 'Be the voice…'`), where
  // the phrase before the colon is a title, not a clause with a speaker.
  if (/^['‘]/.test(text[r.start] ?? '')) return undefined;
  // The quotation ends the sentence: nothing but punctuation follows it in the unit.
  if (/[\p{L}\p{N}]/u.test(text.slice(Math.min(r.end, ctx.unit.end), ctx.unit.end))) return undefined;
  const subject = clauseSubject(ws, from, colon);
  if (!subject) return undefined;
  const made = finish(
    ctx,
    undefined,
    [{ start: r.start, end: Math.min(r.end, ctx.unit.end) }],
    { start: (ws[colon] as Word).start, end: (ws[colon] as Word).end },
    range(ws, subject),
    false,
    sentenceAt(ctx.unit, r.start),
  );
  return made && { ...made, construction: true };
}

/** Words opening an adjunct clause before the main clause (`With leaders worried…, Obama…`). */
const OPENING_ADJUNCT = /^(with|despite|amid|though|although)$/;

/** Most words of the subject between `,”` and its verb (`“…,” the former mayor yells`). */
const MAX_CLOSED_SUBJECT_WORDS = 4;

/**
 * `“Did you shoot him?” she yells.`, `“…,” Blige sings`: a quotation ending in a comma (or `?`/`!`)
 * inside its closing mark, followed by a pronoun or a short capitalised name and a verb in the
 * present or past tense. News puts nothing else there, so the verb is a cue even when the lexicon
 * lacks it.
 */
function closedQuoteVerb(ctx: UnitContext, r: QuoteRegion): RawStatement | undefined {
  const { words: ws, text } = ctx;
  if (!/[,?!]$/.test(text.slice(r.innerStart, r.innerEnd).trimEnd())) return undefined;
  const at = firstWordAt(ws, r.end, ctx.from, ctx.to);
  if (at < 0) return undefined;
  const first = ws[at] as Word;
  let v = -1;
  if (PRONOUNS.has(first.lower) && first.lower !== 'it' && first.lower !== 'you') v = at + 1;
  else {
    // A name or a role noun phrase: `Blige`, `the lifeguard Tom Ruiz`.
    const determiner = /^(the|a|an)$/.test(first.lower);
    let j = determiner ? at + 1 : at;
    const subjectWord = (w: Word) =>
      /^\p{Lu}/u.test(w.text) || (determiner && /^\p{Ll}+$/u.test(w.text) && !/(s|ed)$/.test(w.lower));
    while (j < ctx.to && j - at < MAX_CLOSED_SUBJECT_WORDS && subjectWord(ws[j] as Word)) j++;
    if (j > (determiner ? at + 1 : at) && (determiner || /^\p{Lu}/u.test(first.text))) v = j;
  }
  const verb = ws[v];
  if (v < 0 || !verb || v >= ctx.to || !/^\p{Ll}+(?:s|ed)$/u.test(verb.text)) return undefined;
  if (/^(is|was|has|does|as|his|its|this|us|yes|thus|plus|less|ss)$/.test(verb.lower)) return undefined;
  const after = ws[v + 1];
  if (
    after &&
    !/^[.,;:!?]$/.test(after.text) &&
    !/^(in|on|at|to|during|after|before|while|from|with|of|about|as|again|later|then|recently|afterward|afterwards)$/.test(
      after.lower,
    )
  ) {
    return undefined;
  }
  // `“…,” the judge exclaimed, “has totally overlapped.”`: the quotation resumes after the cue.
  const resumed =
    after?.text === ',' ? ctx.regions.find((n) => n.start === ws[v + 2]?.start && !n.open) : undefined;
  return finish(
    ctx,
    undefined,
    resumed
      ? [
          { start: r.start, end: r.end },
          { start: resumed.start, end: resumed.end },
        ]
      : [{ start: r.start, end: r.end }],
    { start: verb.start, end: verb.end },
    { start: first.start, end: (ws[v - 1] as Word).end },
    false,
    sentenceAt(ctx.unit, r.start),
  );
}

/** Most words between a naming verb and `as` (the named object: `the Republican nominee`). */
const MAX_NAMED_WORDS = 6;

/** Irregular verb forms that head phrasal naming verbs (`has gone after X as…`, `went after`). */
const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'gone',
  'went',
  'goes',
  'go',
  'took',
  'taken',
  'lashed',
]);

/** Particles of phrasal naming verbs (`gone after Trump as…`). */
const PARTICLES = /^(after|at|on|off|out|up|down)$/;

/** Words that are not the verb of a naming construction (`…as a “con artist”`). */
const NOT_NAMING_VERB =
  /^(is|are|was|were|be|been|being|has|have|had|such|known|well|so|just|same|much|many|more|less|serve|serves|served|serving|act|acts|acted|work|works|worked|seen|regarded|it|him|her|them|this|that)$/;

/**
 * `described Trump as “a con artist”`, `has gone after Trump as a “spoiled brat”`: a verb, its
 * object and `as` before a quotation. PolNeAR annotates these as attributions of the quoted
 * characterisation (content: the object through the quotation); the verb is any past or
 * present-participle form or a lexicon cue, since the long tail of such verbs (`pounding`,
 * `branded`, `mocked`) is not in the lexicon.
 */
function namingStatement(
  ctx: UnitContext,
  r: QuoteRegion,
  unitSource: Range | undefined,
): RawStatement | undefined {
  const { words: ws, from, text } = ctx;
  const at = firstWordAt(ws, r.start, from, ctx.to);
  if (at < 0) return undefined;
  let k = at - 1;
  while (k >= from && /^(a|an|the)$/.test((ws[k] as Word).lower)) k--;
  if (k < from || (ws[k] as Word).lower !== 'as') return undefined;
  // `terms such as “…”`, `known as “the Rocket”`: examples and nicknames, not characterisations.
  if (NOT_NAMING_VERB.test(ws[k - 1]?.lower ?? '') || ws[k - 1]?.lower === 'to') return undefined;
  // Walk left over the object (at least one word) to the verb, or to a phrasal verb's particle.
  const verbish = (w: Word) =>
    (/(ed|ing)$/.test(w.lower) || IRREGULAR_VERBS.has(w.lower) || ctx.lexicon.get(w.lower) !== undefined) &&
    !NOT_NAMING_VERB.test(w.lower) &&
    !/^\p{Lu}/u.test(w.text);
  let v = -1;
  for (let j = k - 2; j >= from && k - j <= MAX_NAMED_WORDS + 1; j--) {
    const w = ws[j] as Word;
    if (/^[,;:.!?]$/.test(w.text) || OPEN_MARKS.test(w.text) || CLOSE_MARKS.test(w.text)) return undefined;
    if (verbish(w)) {
      v = j;
      break;
    }
    const before = ws[j - 1];
    if (PARTICLES.test(w.lower) && before && j - 1 >= from && verbish(before)) {
      v = j - 1;
      break;
    }
  }
  if (v < 0) return undefined;
  const objectStart = ws[v + 1] && PARTICLES.test((ws[v + 1] as Word).lower) ? v + 2 : v + 1;
  if (objectStart >= k) return undefined;
  const verb = ws[v] as Word;
  // The content runs over further quotations joined by `and`/`or` (`a “leech” and a “spoiled brat.”`).
  let end = r.end;
  for (const next of ctx.regions) {
    if (next.start < end || next.end > ctx.unit.end) continue;
    const between = text.slice(end, next.start);
    if (!/^[\s,]*(?:and|or)\s+(?:(?:a|an|the)\s+)?$/.test(between)) break;
    end = next.end;
  }
  const left = sourceLeft(ws, v, from);
  const source = left ? range(ws, left) : unitSource;
  return finish(
    ctx,
    undefined,
    [{ start: (ws[objectStart] as Word).start, end }],
    { start: verb.start, end: verb.end },
    source,
    !left && unitSource !== undefined,
    sentenceAt(ctx.unit, r.start),
  );
}

/** Index of the first word starting at or after `pos` in `[from, to)`, or -1. */
function firstWordAt(ws: readonly Word[], pos: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((ws[i] as Word).start >= pos) return i;
  return -1;
}

/** Where the previous cue's content must stop: before `, but` / `, though it` / `and` leading into the next cue. */
function clipBefore(ws: readonly Word[], next: Cue, floor: number, to: number): number {
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

function sentenceAt(unit: Unit, pos: number): SentenceRef {
  return unit.sentences.find((s) => pos >= s.start && pos < s.end) ?? (unit.sentences[0] as SentenceRef);
}

function cueStatement(
  ctx: UnitContext,
  cue: Cue,
  floor: number,
  limit: number,
  unitSource: Range | undefined,
  contentFloor = floor,
  sourceFloor = floor,
): RawStatement | undefined {
  const { words: ws, from, to, unit } = ctx;
  const cueRange = { start: (ws[cue.from] as Word).start, end: (ws[cue.to - 1] as Word).end };
  const make = (
    kind: StatementKind | undefined,
    content: Range[],
    source: Range | undefined,
    inherited: boolean,
  ) => finish(ctx, kind, content, cueRange, source, inherited, sentenceAt(unit, cueRange.start));
  if (cue.type === 'according') {
    const src = sourceRight(ws, cue.to - 1, to);
    const source = src ? range(ws, src) : undefined;
    const opensUnit = cue.from - from <= 3;
    if (opensUnit && src && ws[src.to]?.text === ',')
      return make('according-to', [span(ws, src.to + 1, limit)], source, false);
    let e = cue.from;
    while (e > contentFloor && (ws[e - 1] as Word).text === ',') e--;
    return make('according-to', [span(ws, contentFloor, e)], source, false);
  }
  if (cue.type === 'colon') {
    const name = OPEN_MARKS.test((ws[from] as Word).text) ? from + 1 : from;
    // A headline colon attributes the whole rest of the headline, `; ` included (`Ruiz: Budget Is
    // Late; It’s ‘a Disgrace’`): no cut at a new clause.
    const made = finish(
      ctx,
      undefined,
      [span(ws, cue.to, limit)],
      cueRange,
      range(ws, { from: name, to: cue.from }),
      false,
      sentenceAt(unit, cueRange.start),
      false,
    );
    return made && isTranscriptSpeaker(ws, from, cue.from) ? { ...made, transcript: true } : made;
  }
  if (cue.type === 'participle' || cue.type === 'coordinated') {
    // `Lamenting their luck, Mexicans often say…`: an opening participle's subject follows its phrase.
    const opensUnit =
      cue.from === from || (cue.from - 1 === from && OPENING_PREPOSITIONS.test((ws[from] as Word).lower));
    const opening = opensUnit ? ws.findIndex((w, i) => i > cue.from && i < to && w.text === ',') : -1;
    const relative = cue.type === 'coordinated' ? relativeSubject(ws, from, cue.from) : undefined;
    const subject =
      opening > 0
        ? wrap(ws, clauseSubject(ws, opening + 1, to))
        : (relative ??
          nearerPronoun(ws, from, cue.from, unitSource) ??
          unitSource ??
          wrap(ws, clauseSubject(ws, from, cue.from)));
    // An opening participle's content ends at the comma before the main clause (with a `,”` mark).
    const closedAt = opening > 0 && CLOSE_MARKS.test(ws[opening + 1]?.text ?? '') ? opening + 2 : opening;
    const end = opening > 0 ? Math.min(limit, closedAt) : limit;
    return make(undefined, [span(ws, contentStart(ws, cue, end), end)], subject, unitSource !== undefined);
  }
  // A verb cue.
  const inverted = cue.from === from ? invertedOpening(ws, cue.from, limit) : undefined;
  if (inverted) return make(undefined, [span(ws, inverted.to + 1, limit)], range(ws, inverted), false);
  const left = sourceLeft(ws, cue.from, sourceFloor);
  const beforeLeft = left ? ws[left.from - 1] : ws[cue.from - 1];
  const boundary = beforeLeft !== undefined && (beforeLeft.text === ',' || CLOSE_MARKS.test(beforeLeft.text));
  const right = left || !boundary ? undefined : sourceRight(ws, cue.from, limit);
  const afterCue = right ? right.to : cue.to;
  // `“…,” she said …`: a quotation closed by `,”` right before the source is the content whatever follows.
  // (Not a title: `On this weekend’s broadcast of “Fox News Sunday,” Pence said…`.)
  const quoteBefore =
    beforeLeft !== undefined &&
    CLOSE_MARKS.test(beforeLeft.text) &&
    // (`outreach,' " he told`: a space may stand between the punctuation and the closing mark.)
    /[,?!—–-]["'”’]?\s?$/.test(ctx.text.slice(Math.max(0, beforeLeft.start - 3), beforeLeft.start)) &&
    !ctx.regions.some(
      (r) =>
        r.end === beforeLeft.end &&
        isNameLike(ctx.text.slice(r.innerStart, r.innerEnd).replace(/[,?!]+$/, '')),
    );
  // `Asked about the device, O'Neill said, "Not going…"`: a quotation opening after `said,` is the
  // whole content when the clause before opens with a cue of its own (`Asked`, `Pressed`), which
  // makes its own statement. (Other opening adjuncts, `Of the scrutiny, she said, "…"`, are part
  // of the content in PolNeAR: seen on train.)
  const quoteAfter =
    !quoteBefore &&
    right === undefined &&
    ws[cue.to]?.text === ',' &&
    OPEN_MARKS.test(ws[cue.to + 1]?.text ?? '') &&
    isCoreCue(ctx, (ws[from] as Word).lower) &&
    /^\p{Lu}/u.test((ws[from] as Word).text);
  const contentBefore =
    boundary &&
    !quoteAfter &&
    (left ? left.from : cue.from) - 1 > floor &&
    (quoteBefore || !clauseFollows(ws, afterCue, limit));
  if (contentBefore) {
    const source = left ? range(ws, left) : right ? range(ws, right) : undefined;
    const end = (left ? left.from : cue.from) - 1;
    const endWord = ws[end] as Word;
    const contentEnd = CLOSE_MARKS.test(endWord.text) ? endWord.end : (ws[end - 1] as Word).end;
    const pieces = [{ start: (ws[contentFloor] as Word).start, end: contentEnd }];
    // `“…,” he said, “…”` / `The museum, he said, would…`: the content continues after the cue.
    // After an inverted source, `, a Democrat from Ohio` is an appositive, not more content.
    const appositive = right !== undefined && APPOSITIVE_START.test(ws[afterCue + 1]?.lower ?? '');
    // `“You winning?” she said, but Kevin was…`, `…,” Sanders said, going on to…`: a conjunction or
    // a participle after the cue opens a new clause, not the rest of the content.
    const newClause =
      quoteBefore &&
      !OPEN_MARKS.test(ws[afterCue + 2]?.text ?? '') &&
      /^(and|but|or|so|as|while|when|before|after|until|because|though|although|\p{L}+ing)$/u.test(
        ws[afterCue + 1]?.lower ?? '',
      );
    if (
      ws[afterCue]?.text === ',' &&
      !appositive &&
      (OPEN_MARKS.test(ws[afterCue + 1]?.text ?? '') || (limit - afterCue > 3 && !newClause))
    ) {
      pieces.push(span(ws, afterCue + 1, limit));
    } else if (quoteBefore) {
      // `“…,” he told the host, “…”`: the quotation resumes after the cue's object or adjunct.
      // The later cue (a participle, `referring to…`) may have clipped `limit`: search to the unit
      // end and take the resumed quotation region itself.
      const resume = resumedQuote(ws, afterCue, to);
      const region = ctx.regions.find((g) => g.start === ws[resume]?.start);
      if (resume > 0 && region) pieces.push({ start: region.start, end: Math.min(region.end, unit.end) });
    }
    return make(undefined, pieces, source, false);
  }
  if (ws[cue.to]?.lower === 'by') {
    // `regions claimed by Russia` is a participle, not a statement.
    if (!/^(is|are|was|were|been|be|being)$/.test(ws[cue.from - 1]?.lower ?? '')) return undefined;
    // `It was announced by the ministry that…`: the by-phrase is the source.
    const agent = sourceRight(ws, cue.to, limit);
    if (agent) return make(undefined, [span(ws, agent.to, limit)], range(ws, agent), false);
  }
  const entry = ctx.lexicon.get((ws[cue.from] as Word).lower);
  if (entry && entry.sourceBefore < RAISING_SOURCE_SHARE && entry.contentAfter < 0.5) {
    // `X appears to be helping…`, `X is expected to…`: the subject belongs to the content.
    return make(undefined, [span(ws, floor, limit)], left ? range(ws, left) : undefined, false);
  }
  const source = left ? range(ws, left) : (unitSource ?? wrap(ws, clauseSubject(ws, from, cue.from)));
  return make(undefined, [span(ws, contentStart(ws, cue, limit), limit)], source, false);
}

/**
 * `Said Ellis: “…”`, `Added the senator, “…”`: a cue opening its sentence, then the speaker and a
 * colon or comma before a quotation (literary inversion common in news features).
 */
function invertedOpening(ws: readonly Word[], k: number, limit: number): WordRange | undefined {
  const right = sourceRight(ws, k, limit);
  if (!right || !/^[:,]$/.test(ws[right.to]?.text ?? '')) return undefined;
  return OPEN_MARKS.test(ws[right.to + 1]?.text ?? '') ? right : undefined;
}

/**
 * `“…,” Tester said, referring to the excuse, “you give…”`: content an earlier statement of the
 * unit already holds (its resumed quotation) ends a later statement's content where it begins.
 */
function yieldTakenContent(text: string, made: RawStatement, earlier: readonly RawStatement[]): RawStatement {
  let changed = false;
  const content = made.content.map((c) => {
    let end = c.end;
    for (const o of earlier)
      for (const p of o.content.slice(1))
        if (p.start > c.start && p.start < end && OPEN_MARKS.test(text[p.start] ?? '')) end = p.start;
    if (end === c.end) return c;
    changed = true;
    return trimContent(text, { start: c.start, end });
  });
  return changed ? { ...made, content: content.filter((c) => c.end > c.start) } : made;
}

/** Most words of an object or adjunct between a cue and a resumed quotation (`he told the host, “…`). */
const MAX_RESUME_GAP = 10;

/** Index of the opening mark of a quotation resuming after `, ` within a few words of `k`, or -1. */
function resumedQuote(ws: readonly Word[], k: number, limit: number): number {
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
      return OPEN_MARKS.test((ws[j + 1 + and] as Word | undefined)?.text ?? '') ? j + 1 + and : -1;
    if (!/[\p{L}\p{N}]/u.test(w.text) && w.text !== '.' && w.text !== '’') return -1;
  }
  return -1;
}

/**
 * `Trump said…, and he has also intensified his attacks, promising…`: a pronoun subject of a
 * later clause (after the unit's source, if any) is the participle's subject.
 */
function nearerPronoun(
  ws: readonly Word[],
  from: number,
  cueFrom: number,
  unitSource: Range | undefined,
): Range | undefined {
  for (let k = cueFrom - 1; k >= from; k--) {
    const w = ws[k] as Word;
    if (unitSource && w.end <= unitSource.end) return undefined;
    const prev = ws[k - 1];
    if (
      PRONOUNS.has(w.lower) &&
      w.lower !== 'it' &&
      w.lower !== 'you' &&
      (k === from || (prev !== undefined && /^(and|but|;|,)$/.test(prev.lower)))
    )
      return { start: w.start, end: w.end };
  }
  return undefined;
}

/**
 * `…demonstrators, who have taken to the streets and called for…`: a verb coordinated inside a
 * relative clause has the relative pronoun as its subject (the mention PolNeAR marks as source).
 */
function relativeSubject(ws: readonly Word[], from: number, cueFrom: number): Range | undefined {
  for (let k = cueFrom - 1; k > from; k--) {
    const w = ws[k] as Word;
    if (/^[,;:—–()]$/.test(w.text)) {
      const rel = ws[k + 1] as Word;
      return /^(who|which)$/.test(rel.lower) ? { start: rel.start, end: rel.end } : undefined;
    }
  }
  return undefined;
}

/** Words opening an appositive after an inverted source (`said Lopez, a Democrat who…`). */
const APPOSITIVE_START = /^(a|an|the|who|whose|which|one|its|his|her|their)$/;

/** Adjuncts that may follow a cue without being its content (`said in a statement on Tuesday`). */
const ADJUNCT_START =
  /^(of|in|on|at|during|after|before|last|this|yesterday|today|earlier|later|late|recently|afterward|afterwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** True when a clause (content) follows word `k`: not just punctuation and time or place adjuncts. */
function clauseFollows(ws: readonly Word[], k: number, limit: number): boolean {
  let j = k;
  if (j < limit && /^[:]$/.test((ws[j] as Word).text)) return true;
  if (j < limit && (ws[j] as Word).text === ',') return false;
  while (j < limit && ADJUNCT_START.test((ws[j] as Word).lower)) {
    while (j < limit && !/^[,.;:]$/.test((ws[j] as Word).text)) j++;
    if (j < limit && (ws[j] as Word).text === ',') j++;
  }
  let n = 0;
  for (; j < limit; j++) if (/[\p{L}\p{N}]/u.test((ws[j] as Word).text)) n++;
  return n >= 3;
}

function wrap(ws: readonly Word[], r: WordRange | undefined): Range | undefined {
  return r ? range(ws, r) : undefined;
}

/** First word of content after a cue: after `told NBC`, at `that`, at an opening quotation mark. */
function contentStart(ws: readonly Word[], cue: Cue, limit: number): number {
  let k = cue.to;
  const verb = (ws[cue.from] as Word).lower;
  // `Asked about the plan, …` / `asked to describe…`: no object before the content.
  if (/^(about|on)$/.test(ws[k]?.lower ?? '') && /^ask/.test(verb)) return k + 1;
  if (OBJECT_VERBS.has(verb) && !/^(to|whether|if|why|how|what|when|where|who)$/.test(ws[k]?.lower ?? '')) {
    for (let j = k; j < Math.min(limit, k + 8); j++) {
      const w = ws[j] as Word;
      if (w.lower === 'that' || OPEN_MARKS.test(w.text)) return j;
      if (w.text === ',' || w.text === ':') return j + 1;
      // `asked the crowd to welcome…`, `urged Republicans to "vote…"`: an object with an infinitive
      // is the content from the object on (PolNeAR's Content starts there).
      if (w.lower === 'to' && j > k) return k;
    }
  }
  while (k < limit && /^[,:]$/.test((ws[k] as Word).text)) k++;
  return k;
}

function span(ws: readonly Word[], a: number, b: number): Range {
  if (b <= a) return { start: 0, end: 0 };
  return { start: (ws[a] as Word).start, end: (ws[b - 1] as Word).end };
}

function finish(
  ctx: UnitContext,
  kind: StatementKind | undefined,
  content: Range[],
  cue: Range,
  source: Range | undefined,
  inherited: boolean,
  sentence: SentenceRef,
  cutClauses = true,
): RawStatement | undefined {
  const pieces = content
    .map((c) => trimContent(ctx.text, cutClauses && c.start >= cue.end ? cutAtNewClause(ctx, c) : c))
    .filter((c) => c.end > c.start);
  const inside = pieces.map((c) => wordsWithin(ctx.words, c.start, c.end).filter(isWordLike));
  const words = inside.reduce((n, ws) => n + ws.length, 0);
  if (words < MIN_CONTENT_WORDS) return undefined;
  if (
    source &&
    PRONOUNS.has(ctx.text.slice(source.start, source.end).toLowerCase()) &&
    source.end - source.start > 4
  )
    return undefined;
  const quoted: Range[] = [];
  for (const c of pieces) {
    for (const r of ctx.regions) {
      const qs = Math.max(c.start, r.innerStart);
      const qe = Math.min(c.end, r.innerEnd);
      if (qe > qs && !isNameLike(ctx.text.slice(qs, qe))) quoted.push({ start: qs, end: qe });
    }
  }
  // Direct when every word of the content lies inside quotation marks; mixed when only some do.
  const outside =
    quoted.length > 0 &&
    inside.some((ws) =>
      ws.some((w) => !ctx.regions.some((r) => w.start >= r.innerStart && w.end <= r.innerEnd)),
    );
  const resolved: StatementKind = kind ?? (quoted.length === 0 ? 'indirect' : outside ? 'mixed' : 'direct');
  return {
    kind: resolved,
    content: pieces,
    cue,
    ...(source ? { source } : {}),
    inherited,
    sentence,
    quoted,
    openEnd: ctx.regions.some((r) => r.open && pieces.some((c) => c.end > r.start)),
  };
}

/** Function words allowed in lower case inside titles and nicknames (`War and Peace`, `the Rocket`). */
const TITLE_GLUE = /^(?:a|an|the|and|of|in|on|for|to|at|by|with|or)$/;

/** Longest title or nickname in quotation marks (`“War and Peace”`), in words. */
const MAX_TITLE_WORDS = 5;

/** A quoted title or nickname rather than quoted speech: a few capitalised words, no punctuation. */
function isNameLike(quoted: string): boolean {
  if (/[.,!?;:]/.test(quoted)) return false;
  const words = quoted.trim().split(/\s+/);
  return (
    words.length <= MAX_TITLE_WORDS &&
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_GLUE.test(w))
  );
}

/** The words of `ws` (sorted by offset) lying within `[start, end)`. */
function wordsWithin(ws: readonly Word[], start: number, end: number): readonly Word[] {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ws[mid] as Word).start < start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < ws.length && (ws[e] as Word).end <= end) e++;
  return ws.slice(lo, e);
}

function isWordLike(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c > 0x7f && /[\p{L}\p{N}]/u.test(w.text))
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
    if (!ctx.regions.some((r) => at > r.start && at < r.end)) return { start: c.start, end: at };
  }
  return c;
}

/** Trims white space and trailing sentence punctuation outside quotation marks. */
function trimContent(text: string, r: Range): Range {
  let s = r.start;
  let e = r.end;
  while (s < e && /[\s,;:—–-]/.test(text[s] as string)) s++;
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
