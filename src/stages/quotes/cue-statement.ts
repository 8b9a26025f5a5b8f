/**
 * The statement a single cue makes: reported speech with a complement (`said there were…`,
 * `told NBC that…`), content before the cue (`“…,” Peskov stated.`, `…, said Peskov.`) or around it
 * (`“…,” he said, “…”`), participial and coordinated cues inheriting the clause's source
 * (`saying, “…”`, `…but indicated that…`), `according to X`, headline colons, inverted cues
 * (`Said Ellis: “…”`), agent passives and raising verbs.
 */

import { CLOSE_MARK_RE, OPEN_MARK_RE } from '../../lang/en/quote-marks.js';
import { clauseFollows, contentStart, finish, isNameLike, resumedQuote } from './content.js';
import { isTranscriptSpeaker, OPENING_PREPOSITIONS } from './cues.js';
import { type QuoteRegion, regionEndingAt, regionStartingAt } from './quote-marks.js';
import { sourceLeft } from './source.js';
import { clauseSubject, sourceRight } from './source-right.js';
import { PRONOUNS, type WordRange } from './source-words.js';
import type { StatementKind } from './types.js';
import {
  type Cue,
  firstComma,
  isCoreCue,
  type Range,
  type RawStatement,
  range,
  rawStatement,
  sentenceAt,
  span,
  type UnitContext,
  wrap,
} from './unit-context.js';
import type { Word } from './words.js';

/** Cue forms whose training Source rarely precedes them (`seems`, `is expected`) take the subject as content. */
const RAISING_SOURCE_SHARE = 0.35;

export function cueStatement(
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
    const name = OPEN_MARK_RE.test((ws[from] as Word).text) ? from + 1 : from;
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
    return made && isTranscriptSpeaker(ws, from, cue.from)
      ? rawStatement({ ...made, transcript: true })
      : made;
  }
  if (cue.type === 'participle' || cue.type === 'coordinated') {
    // `Lamenting their luck, Mexicans often say…`: an opening participle's subject follows its phrase.
    const opensUnit =
      cue.from === from || (cue.from - 1 === from && OPENING_PREPOSITIONS.test((ws[from] as Word).lower));
    const opening = opensUnit ? firstComma(ws, cue.from + 1, to) : -1;
    const relative = cue.type === 'coordinated' ? relativeSubject(ws, from, cue.from) : undefined;
    const subject =
      opening > 0
        ? wrap(ws, clauseSubject(ws, opening + 1, to))
        : (relative ??
          nearerPronoun(ws, from, cue.from, unitSource) ??
          unitSource ??
          wrap(ws, clauseSubject(ws, from, cue.from)));
    // An opening participle's content ends at the comma before the main clause (with a `,”` mark).
    const closedAt = opening > 0 && CLOSE_MARK_RE.test(ws[opening + 1]?.text ?? '') ? opening + 2 : opening;
    const end = opening > 0 ? Math.min(limit, closedAt) : limit;
    return make(undefined, [span(ws, contentStart(ws, cue, end), end)], subject, unitSource !== undefined);
  }
  // A verb cue.
  const inverted = cue.from === from ? invertedOpening(ws, cue.from, limit) : undefined;
  if (inverted) return make(undefined, [span(ws, inverted.to + 1, limit)], range(ws, inverted), false);
  const left = possessiveSource(ws, cue.from, sourceFloor) ?? sourceLeft(ws, cue.from, sourceFloor);
  const beforeLeft = left ? ws[left.from - 1] : ws[cue.from - 1];
  const boundary =
    beforeLeft !== undefined && (beforeLeft.text === ',' || CLOSE_MARK_RE.test(beforeLeft.text));
  const right = left || !boundary ? undefined : sourceRight(ws, cue.from, limit);
  const afterCue = right ? right.to : cue.to;
  // `“…,” she said …`: a quotation closed by `,”` right before the source is the content whatever follows.
  // (Not a title: `On this weekend’s broadcast of “Fox News Sunday,” Pence said…`.)
  const quoteBefore =
    beforeLeft !== undefined &&
    CLOSE_MARK_RE.test(beforeLeft.text) &&
    // (`outreach,' " he told`: a space may stand between the punctuation and the closing mark.)
    /[,?!—–-]["'”’]?\s?$/.test(ctx.text.slice(Math.max(0, beforeLeft.start - 3), beforeLeft.start)) &&
    !isNamingRegion(ctx, regionEndingAt(ctx.regions, beforeLeft.end));
  // `Asked about the device, O'Neill said, "Not going…"`: a quotation opening after `said,` is the
  // whole content when the clause before opens with a cue of its own (`Asked`, `Pressed`), which
  // makes its own statement. (Other opening adjuncts, `Of the scrutiny, she said, "…"`, are part
  // of the content in PolNeAR: seen on train.)
  const quoteAfter =
    !quoteBefore &&
    right === undefined &&
    ws[cue.to]?.text === ',' &&
    OPEN_MARK_RE.test(ws[cue.to + 1]?.text ?? '') &&
    isCoreCue(ctx, (ws[from] as Word).lower) &&
    /^\p{Lu}/u.test((ws[from] as Word).text);
  const contentBefore =
    boundary &&
    !quoteAfter &&
    (left ? left.from : cue.from) - 1 > floor &&
    (quoteBefore || !clauseFollows(ws, afterCue, limit)) &&
    (quoteBefore || !openingAdjunct(ws, contentFloor, (left ? left.from : cue.from) - 1));
  if (contentBefore) {
    const source = left ? range(ws, left) : right ? range(ws, right) : undefined;
    const end = (left ? left.from : cue.from) - 1;
    const endWord = ws[end] as Word;
    const contentEnd = CLOSE_MARK_RE.test(endWord.text) ? endWord.end : (ws[end - 1] as Word).end;
    const pieces = [{ start: (ws[contentFloor] as Word).start, end: contentEnd }];
    // `“…,” he said, “…”` / `The museum, he said, would…`: the content continues after the cue.
    // After an inverted source, `, a Democrat from Ohio` is an appositive, not more content.
    const appositive = right !== undefined && APPOSITIVE_START.test(ws[afterCue + 1]?.lower ?? '');
    // `“You winning?” she said, but Kevin was…`, `…,” Sanders said, going on to…`: a conjunction or
    // a participle after the cue opens a new clause, not the rest of the content.
    const newClause =
      quoteBefore &&
      !OPEN_MARK_RE.test(ws[afterCue + 2]?.text ?? '') &&
      /^(and|but|or|so|as|while|when|before|after|until|because|though|although|\p{L}+ing)$/u.test(
        ws[afterCue + 1]?.lower ?? '',
      );
    if (
      ws[afterCue]?.text === ',' &&
      !appositive &&
      (OPEN_MARK_RE.test(ws[afterCue + 1]?.text ?? '') || (limit - afterCue > 3 && !newClause))
    ) {
      pieces.push(span(ws, afterCue + 1, limit));
    } else if (quoteBefore) {
      // `“…,” he told the host, “…”`: the quotation resumes after the cue's object or adjunct.
      // The later cue (a participle, `referring to…`) may have clipped `limit`: search to the unit
      // end and take the resumed quotation region itself.
      const resume = resumedQuote(ws, afterCue, to);
      const region = resume >= 0 ? regionStartingAt(ctx.regions, (ws[resume] as Word).start) : undefined;
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

/** A quotation of a title or name (`“Fox News Sunday,”`), not speech. */
function isNamingRegion(ctx: UnitContext, r: QuoteRegion | undefined): boolean {
  return r !== undefined && isNameLike(ctx.text.slice(r.innerStart, r.innerEnd).replace(/[,?!]+$/, ''));
}

/** Possessive determiners: the holder of a cue noun (`her argument that…`, `his calls for…`). */
const POSSESSIVE_DETERMINERS = /^(his|her|their|its|my|our|your)$/;

/** Most adjectives between a possessive determiner and its cue noun (`her fundamental argument`); train speaker@30 right: gap 0 +5, 1 +17, 2 +18. */
const MAX_POSSESSIVE_GAP = 1;

/**
 * `her argument that…`, `his deep reluctance to…`, `their view of…`: a cue noun's possessive
 * determiner names whose speech or view it is (PolNeAR marks the determiner as the Source).
 */
function possessiveSource(ws: readonly Word[], k: number, floor: number): WordRange | undefined {
  for (let j = k - 1; j >= floor && k - 1 - j <= MAX_POSSESSIVE_GAP; j--) {
    const w = ws[j] as Word;
    if (POSSESSIVE_DETERMINERS.test(w.lower)) return { from: j, to: j + 1 };
    if (!/^\p{Ll}+$/u.test(w.text) || /^(the|a|an|and|or|of|to|that|not)$/.test(w.lower)) return undefined;
  }
  return undefined;
}

/** Prepositions opening an adverbial phrase before the subject (`In Kyiv, …`, `After the vote, …`). */
const OPENING_PREPOSITION_PHRASE =
  /^(in|on|at|after|before|during|for|with|without|despite|amid|following|since|upon|from|by|under|over|through|throughout|within|unlike|like|as)$/;

/**
 * `Responding to Trump’s statements, Zelensky congratulated…`, `In Kyiv on Monday, he said`: the
 * words `[from, to)` before the subject's comma form one opening participial or prepositional
 * phrase (no comma or quotation inside): an adjunct of the main clause, not reported content.
 * Reported content before a cue is a clause (`The talks failed, Peskov said`).
 */
function openingAdjunct(ws: readonly Word[], from: number, to: number): boolean {
  const first = ws[from];
  if (
    !first ||
    (!/^(\p{L}+ing|\p{L}+ed)$/u.test(first.lower) && !OPENING_PREPOSITION_PHRASE.test(first.lower))
  )
    return false;
  for (let i = from; i < to; i++) {
    const t = (ws[i] as Word).text;
    if (t === ',' || OPEN_MARK_RE.test(t) || CLOSE_MARK_RE.test(t)) return false;
  }
  return true;
}

/**
 * `Said Ellis: “…”`, `Added the senator, “…”`: a cue opening its sentence, then the speaker and a
 * colon or comma before a quotation (literary inversion common in news features).
 */
function invertedOpening(ws: readonly Word[], k: number, limit: number): WordRange | undefined {
  const right = sourceRight(ws, k, limit);
  if (!right || !/^[:,]$/.test(ws[right.to]?.text ?? '')) return undefined;
  return OPEN_MARK_RE.test(ws[right.to + 1]?.text ?? '') ? right : undefined;
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
