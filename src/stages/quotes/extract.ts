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
import type { DocView } from '../../pipeline/doc-view.js';
import { clipBefore, trimContent, yieldTakenContent } from './content.js';
import { cueStatement } from './cue-statement.js';
import { findCues } from './cues.js';
import type { CueLexicon } from './lexicon.js';
import {
  closedQuoteVerb,
  colonQuotation,
  dashSignature,
  floatingQuotation,
  namingStatement,
} from './quotation-statements.js';
import { findQuoteRegions, firstRegionFrom, type QuoteRegion } from './quote-marks.js';
import {
  type Cue,
  firstComma,
  type Paragraph,
  type Range,
  type RawStatement,
  rawStatement,
  type UnitContext,
} from './unit-context.js';
import { buildUnits } from './units.js';
import { type Word, wordsOf } from './words.js';

/** A statement whose content and quoted lists this module owns and extends. */
type Grown = RawStatement & { content: Range[]; quoted: Range[] };

/** Paragraphs back a floating quotation may look for its speaker. */
const FLOATING_REACH = 2;

export function extractStatements(
  view: DocView,
  paragraphs: readonly Paragraph[],
  lexicon: CueLexicon,
  /** Each paragraph's quotation regions, when the caller has them (statement-finder.ts). */
  paragraphRegions?: readonly (readonly QuoteRegion[])[],
): RawStatement[] {
  const text = view.text;
  const out: RawStatement[] = [];
  let last: { source: Range; paragraph: number } | undefined;
  // The last quotation statement, to which later quotation sentences of its paragraph (or the
  // paragraphs its open quotation continues into) are joined as discontinuous content.
  let quoteOwner: { index: number; paragraph: number; open: boolean; grown?: boolean } | undefined;
  paragraphs.forEach((p, pi) => {
    // Statements of earlier paragraphs lie outside this one: a signed line never replaces them.
    const paragraphFirst = out.length;
    const regions = paragraphRegions?.[pi] ?? findQuoteRegions(text, p.start, p.end);
    const words = wordsOf(view, p.start, p.end);
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
          // The owner's lists are copied once, then grow in place (a copy per join was quadratic).
          const grown: Grown = quoteOwner.grown
            ? (owner as Grown)
            : (rawStatement({ ...owner, content: [...owner.content], quoted: [...owner.quoted] }) as Grown);
          grown.content.push(...s.content);
          grown.quoted.push(...s.quoted);
          out[quoteOwner.index] = grown;
          quoteOwner = { index: quoteOwner.index, paragraph: pi, open: s.openEnd === true, grown: true };
          continue;
        }
        if (s.joinOnly) continue;
        // A signed line replaces the floating quotation statements it contains.
        if (/^(―|—|–|--)$/.test(text.slice(s.cue.start, s.cue.end))) {
          const first = s.content[0] as Range;
          for (let i = out.length - 1; i >= paragraphFirst; i--) {
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
    if (end > last.end)
      out[i] = rawStatement({ ...s, content: [...s.content.slice(0, -1), { start: last.start, end }] });
  }
}

function unitStatements(ctx: UnitContext, inheritedSource: Range | undefined): RawStatement[] {
  const { words: ws, from, to, unit, text } = ctx;
  // Only cues that make a statement on their own bound the content of the cue before them.
  const cues: Cue[] = [];
  // Each kept cue's statement on its own: the statement below while no earlier cue has moved a
  // floor or set the unit's source and nothing limits its content (most units have one cue).
  const alone: RawStatement[] = [];
  for (const c of findCues(ctx)) {
    const made = cueStatement(ctx, c, from, to, undefined);
    if (made === undefined) continue;
    cues.push(c);
    alone.push(made);
  }
  const out: RawStatement[] = [];
  let unitSource: Range | undefined;
  let floor = from;
  let contentFloor = from;
  // Where a later cue's source search stops: not at a cue inside a relative clause (`Donna Ruiz,
  // 59, who watched the ceremony, said…`), whose clause is an insertion before the subject's verb.
  let sourceFloor = from;
  // `With leaders worried about X, Obama is…`, `After aides insisted that…, she…`: a cue inside a
  // clause-opening adjunct has its content end at the comma closing the adjunct.
  const openingEnd = OPENING_ADJUNCT.test(ws[from]?.lower ?? '') ? firstComma(ws, from + 1, to) : -1;
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
    const unmoved =
      floor === from && contentFloor === from && sourceFloor === from && unitSource === undefined;
    const found =
      unmoved && limit === to
        ? alone[ci]
        : cueStatement(ctx, cue, floor, limit, unitSource, contentFloor, sourceFloor);
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
    // `Sen. Anna Berg, noting the crowd, said…`: a participle set off by a comma is an insertion
    // before the subject's verb too (PolNeAR train: the subject became content before `said`).
    const insertedParticiple = cue.type === 'participle' && ws[cue.from - 1]?.text === ',';
    if (!relative && !insertedParticiple) sourceFloor = floor;
    // Content before a later cue may span a nested cue (`X decided to…, a source said`) but not
    // an earlier statement whose content also came before its cue.
    if ((made.content[0]?.start ?? 0) < made.cue.start) contentFloor = cue.to;
  });
  // The unit's quotation regions: those opening inside it (each rule below keeps a subset).
  const inUnit = ctx.regions.slice(
    firstRegionFrom(ctx.regions, unit.start),
    firstRegionFrom(ctx.regions, unit.end),
  );
  const free = (r: QuoteRegion) =>
    !out.some((s) => s.content.some((c) => c.start < r.end && c.end > r.start));
  // `described Trump as “a con artist”`: a verb naming its object with a quotation.
  for (const r of inUnit) {
    if (r.end > unit.end || !free(r)) continue;
    const made = namingStatement(ctx, r, unitSource);
    if (made) out.push(made);
  }
  // `“…,” she yells.`: a quotation closed on a comma, then a subject and a verb the lexicon lacks.
  for (const r of inUnit) {
    if (r.open || r.end > unit.end || !free(r)) continue;
    const made = closedQuoteVerb(ctx, r);
    if (made) out.push(made);
  }
  // `Obama is rolling out a new message: "It's about me."`: a clause ending in a colon, then a
  // quotation closing the sentence.
  for (const r of inUnit) {
    if (!free(r)) continue;
    const made = colonQuotation(ctx, r);
    if (made) out.push(made);
  }
  // `“…” ― Pamela Padilla`: a quotation signed with a dash and a name.
  for (const r of inUnit) {
    if (r.open || r.end > unit.end || !free(r)) continue;
    const made = dashSignature(ctx, r);
    if (made) out.push(made);
  }
  // Floating quotations: a quotation filling its unit with no cue of its own.
  for (const r of inUnit) {
    if (!free(r)) continue;
    const made = floatingQuotation(ctx, r, unitSource ?? inheritedSource);
    if (made) out.push(made);
  }
  return out;
}

/** Words opening an adjunct clause before the main clause (`With leaders worried…, Obama…`). */
const OPENING_ADJUNCT = /^(with|despite|amid|though|although)$/;
