/**
 * Statements found from a quotation region rather than a lexicon cue: naming with `as`
 * (`described Trump as “a con artist”`), a quotation closed on a comma before a subject and verb
 * (`“…,” she yells`), a clause ending in a colon (`McCaskill scolded him: “…”`), dash signatures
 * (`“…” ― Pamela Padilla`) and floating quotations filling their unit with no cue.
 */
import { CLOSE_MARK_RE, OPEN_MARK_RE } from '../../lang/en/quote-marks.js';
import { finish } from './content.js';
import { firstRegionFrom, type QuoteRegion, regionStartingAt } from './quote-marks.js';
import { sourceLeft } from './source.js';
import { clauseSubject } from './source-right.js';
import { PRONOUNS } from './source-words.js';
import {
  firstWordAt,
  isWordLike,
  type Range,
  type RawStatement,
  range,
  rawStatement,
  sentenceAt,
  type UnitContext,
  wordsWithin,
} from './unit-context.js';
import type { Word } from './words.js';

/** Words a floating quotation needs to count as speech rather than a scare quote or title. */
const MIN_FLOATING_WORDS = 5;

/** Share of a unit a quotation must fill to float (a quote paragraph or sentence, not a phrase). */
const MIN_FLOATING_SHARE = 0.6;

/** `” ― Name`: a dash, then a capitalised name of one to five words. */
const DASH_SIGNATURE_RE =
  /^(\s*)(―|—|–|--)(\s*)(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al)){0,4})/u;

/** Fewest words of the clause before `: “…”` (a subject and a verb at least). */
const MIN_COLON_CLAUSE_WORDS = 3;

/**
 * `McCaskill scolded him: “The scientific community…”`, `He put it this way: "…"`: a clause with
 * a subject ends in a colon and a quotation closes the sentence. News introduces quotations so
 * with verbs the lexicon lacks; the colon is the cue and the clause subject the source.
 */
export function colonQuotation(ctx: UnitContext, r: QuoteRegion): RawStatement | undefined {
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
  return made && rawStatement({ ...made, construction: true });
}

/** Most words of the subject between `,”` and its verb (`“…,” the former mayor yells`). */
const MAX_CLOSED_SUBJECT_WORDS = 4;

/**
 * `“Did you shoot him?” she yells.`, `“…,” Blige sings`: a quotation ending in a comma (or `?`/`!`)
 * inside its closing mark, followed by a pronoun or a short capitalised name and a verb in the
 * present or past tense. News puts nothing else there, so the verb is a cue even when the lexicon
 * lacks it.
 */
export function closedQuoteVerb(ctx: UnitContext, r: QuoteRegion): RawStatement | undefined {
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
  const next =
    after?.text === ',' && ws[v + 2] ? regionStartingAt(ctx.regions, (ws[v + 2] as Word).start) : undefined;
  const resumed = next && !next.open ? next : undefined;
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
export function namingStatement(
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
    if (/^[,;:.!?]$/.test(w.text) || OPEN_MARK_RE.test(w.text) || CLOSE_MARK_RE.test(w.text))
      return undefined;
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
  for (let i = firstRegionFrom(ctx.regions, end); i < ctx.regions.length; i++) {
    const next = ctx.regions[i] as QuoteRegion;
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

/** Most characters of a line a dash signature signs as a whole (a quotation line, not a paragraph of prose). */
const MAX_SIGNED_LINE = 2000;

/** Start of the line holding `pos`, when it is at or after `floor`; else `pos` (the search stops at `floor`). */
function lineStartAfter(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor - 1 && i >= 0; i--) if (text[i] === '\n') return i + 1;
  return floor === 0 ? 0 : pos;
}

/** `“…” ― Pamela Padilla`: a quotation signed with a dash and a name after it. */
export function dashSignature(ctx: UnitContext, r: QuoteRegion): RawStatement | undefined {
  const { words: ws, text, unit } = ctx;
  // The signature may fall in the next sentence of a sentence splitter: look to the paragraph end.
  const paragraphEnd = ws[ws.length - 1]?.end ?? unit.end;
  const m = DASH_SIGNATURE_RE.exec(text.slice(r.end, Math.min(paragraphEnd, r.end + 80)));
  if (!m) return undefined;
  const dash = r.end + (m[1] as string).length;
  const name = dash + (m[2] as string).length + (m[3] as string).length;
  // `“…money.” And that’s all he has “the root of all evil.” ― Cris Lastra`: the signature signs
  // its whole line when the line opens with a quotation mark.
  const lineStart = lineStartAfter(
    text,
    r.start,
    Math.max(ws[0]?.start ?? r.start, r.start - MAX_SIGNED_LINE),
  );
  const signed = lineStart < r.start && OPEN_MARK_RE.test(text[lineStart] ?? '') ? lineStart : r.start;
  return finish(
    ctx,
    'direct',
    [{ start: signed, end: r.end }],
    { start: dash, end: dash + (m[2] as string).length },
    { start: name, end: name + (m[4] as string).length },
    false,
    sentenceAt(unit, r.start),
  );
}

/**
 * A quotation filling its unit with no cue of its own floats: it inherits `source` (the unit's or
 * the last one). A short one floats only as the continuation of a quotation before it
 * (`“I would,” she said. “I would.”`).
 */
export function floatingQuotation(
  ctx: UnitContext,
  r: QuoteRegion,
  source: Range | undefined,
): RawStatement | undefined {
  const { words: ws, unit } = ctx;
  const inner = wordsWithin(ws, r.innerStart, Math.min(r.innerEnd, unit.end)).filter(isWordLike).length;
  const share = (Math.min(r.end, unit.end) - r.start) / Math.max(1, unit.end - unit.start);
  if (inner === 0 || share < MIN_FLOATING_SHARE) return undefined;
  const joinOnly = inner < MIN_FLOATING_WORDS;
  return rawStatement({
    kind: 'direct',
    content: [{ start: r.start, end: Math.min(r.end, unit.end) }],
    cue: { start: r.start, end: r.start + 1 },
    source,
    inherited: true,
    floating: true,
    joinOnly: joinOnly || undefined,
    openEnd: r.open,
    sentence: sentenceAt(unit, r.start),
    quoted: [{ start: r.innerStart, end: Math.min(r.innerEnd, unit.end) }],
  });
}
