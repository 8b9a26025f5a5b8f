/**
 * The statements of a document before speaker resolution: statement matching on the production
 * words and sentences (extract.ts), then the filters (statement yield, nested cues, duplicate
 * contents, unattested headline colons). It reads no actors, so the actors stage and the quotes
 * stage read the same statements: the actors stage for the speaker of a quotation (`I` inside
 * it), the quotes stage for each statement's speaker. Found once per document (memoised), with
 * the quotation regions they were found in: the one answer to "is this word inside a quotation".
 */
import type { Document } from '../../model/document.js';
import { contentBlocks } from '../../model/document.js';
import { type DocView, docView } from '../../pipeline/doc-view.js';
import { type CueYield, loadCueYield, statementShape } from './cue-yield.js';
import { extractStatements } from './extract.js';
import { CueLexicon, type CueSettings, DEFAULT_CUE_SETTINGS, loadCueEntries } from './lexicon.js';
import { nestedStatements } from './nested.js';
import { findQuoteRegions, type QuoteRegion } from './quote-marks.js';
import type { Paragraph, Range, RawStatement } from './unit-context.js';
import type { SentenceRef } from './units.js';

/**
 * Paragraphs of the document's content blocks, each with its production sentences (through the
 * shared document view). Blocks and sentences are both in text order, so one sweep assigns
 * sentences to blocks (linear, not blocks × sentences).
 */
export function paragraphsOf(doc: Document, view: DocView = docView(doc)): Paragraph[] {
  const sentences = view.sentences;
  const out: Paragraph[] = [];
  let s0 = 0;
  for (const b of contentBlocks(doc)) {
    const inBlock: SentenceRef[] = [];
    while (s0 < sentences.length && (sentences[s0] as SentenceRef).start < b.start) s0++;
    for (let i = s0; i < sentences.length && (sentences[i] as SentenceRef).start < b.end; i++) {
      const s = sentences[i] as SentenceRef;
      if (s.end <= b.end) inBlock.push({ id: s.id, start: s.start, end: s.end });
    }
    if (inBlock.length) out.push({ start: b.start, end: b.end, sentences: inBlock });
  }
  return out;
}

/**
 * Drops reported statements whose cue lies inside another statement's content and
 * whose content lies inside it too (`X said the plan, which critics called a failure,
 * would pass`): measured on PolNeAR dev, such nested cues are mostly not separate
 * attributions there, and dropping them raises F1@30 by about 2.5 points. Direct
 * quotations are always kept.
 */
export function dropNested(raw: readonly RawStatement[]): RawStatement[] {
  const nested = nestedStatements(raw);
  return raw.filter((r, i) => r.kind === 'direct' || !nested.has(i));
}

/**
 * A headline colon (`Pat Caddell: Democrats Worried…`) names a speaker only when the article
 * mentions that name again, or when it names a poll or report; `Stealth Over Health: …` does not.
 */
function colonSourceAttested(text: string, r: RawStatement, lastSeen: Map<string, number>): boolean {
  if (text.slice(r.cue.start, r.cue.end) !== ':' || !r.source || r.construction) return true;
  const source = text.slice(r.source.start, r.source.end);
  if (/\b(poll|polls|survey|report|study)\b/i.test(source)) return true;
  const last = source.split(/\s+/).pop() ?? '';
  if (last.length <= 1) return false;
  // `indexOf(last, cue.end) >= 0` is `lastIndexOf(last) >= cue.end`; one search per name, not per statement.
  let at = lastSeen.get(last);
  if (at === undefined) {
    at = text.lastIndexOf(last);
    lastSeen.set(last, at);
  }
  return at >= r.cue.end;
}

/** The cue form and construction a statement's yield is estimated for (see cue-yield.ts). */
export function yieldKey(
  text: string,
  r: { readonly cue: Range; readonly content: readonly Range[]; readonly source?: Range | undefined },
): { form: string; shape: string } {
  // A statement whose source was not found is a weaker candidate in any shape.
  const shape = statementShape(text, r.cue, r.content);
  return {
    form: text.slice(r.cue.start, r.cue.end).toLowerCase(),
    shape: r.source ? shape : `${shape}-nosource`,
  };
}

/** Least yields a statement needs: `core` for the lexicon's core forms, `rare` for the forms only the wider lexicon admits. */
export interface YieldThresholds {
  readonly core: number;
  readonly rare: number;
}

/** Drops statements whose cue form and shape yield gold attributions less often than their threshold on train. */
export function keepLikely(
  text: string,
  raw: readonly RawStatement[],
  lexicon: CueLexicon,
  cueYield: CueYield,
  min: YieldThresholds,
): RawStatement[] {
  if (min.core <= 0 && min.rare <= 0) return [...raw];
  return raw.filter((r) => {
    if (r.construction) return true;
    const { form, shape } = yieldKey(text, r);
    const need = lexicon.isCore(form) ? min.core : Math.max(min.core, min.rare);
    return need <= 0 || cueYield.probability(form, shape) >= need;
  });
}

/** The quotation regions of each paragraph (quote-marks.ts), in text order. */
export function paragraphQuotations(text: string, paragraphs: readonly Paragraph[]): QuoteRegion[][] {
  return paragraphs.map((p) => findQuoteRegions(text, p.start, p.end));
}

/** Matches and filters the document's statements (pure: reads `doc`, returns raw statements). */
export function findStatements(
  doc: Document,
  lexicon: CueLexicon,
  cueYield?: CueYield,
  min: YieldThresholds = { core: 0, rare: 0 },
  regions?: readonly (readonly QuoteRegion[])[],
  /** The document's paragraphs, when the caller has them (`paragraphsOf`). */
  paragraphs?: readonly Paragraph[],
): RawStatement[] {
  const view = docView(doc);
  const found = extractStatements(view, paragraphs ?? paragraphsOf(doc, view), lexicon, regions);
  const raw = dropNested(cueYield ? keepLikely(doc.text, found, lexicon, cueYield, min) : found);
  const text = doc.text;
  const seen = new Set<string>();
  const lastSeen = new Map<string, number>();
  const out: RawStatement[] = [];
  for (const r of raw) {
    if (!r.content[0]) continue;
    const key = contentKey(r.content);
    if (seen.has(key) || !colonSourceAttested(text, r, lastSeen)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** The statements found per document, with the tokens and sentences layers they were found on. */
interface Found {
  readonly view: DocView;
  readonly statements: readonly RawStatement[];
  /** The quotation regions of the content blocks' paragraphs, in text order. */
  readonly quotations: readonly QuoteRegion[];
}

/** A cue lexicon and yield model, and the statements they found per document. */
export class StatementFinder {
  readonly lexicon: CueLexicon;
  readonly cueYield: CueYield | undefined;
  readonly min: YieldThresholds;
  private readonly found = new WeakMap<Document, Found>();

  constructor(settings: CueSettings = DEFAULT_CUE_SETTINGS) {
    this.lexicon = new CueLexicon(loadCueEntries(), settings);
    this.cueYield = settings.minYield === 0 ? undefined : loadCueYield();
    this.min = settings.minYield
      ? { core: settings.minYield, rare: settings.minYield }
      : (this.cueYield?.thresholds ?? { core: 0, rare: 0 });
  }

  /** The document's statements, found once for its tokens and sentences. */
  statements(doc: Document): readonly RawStatement[] {
    return this.find(doc).statements;
  }

  /** The quotation regions the statements were found in (opening mark to closing mark), in text order. */
  quotations(doc: Document): readonly QuoteRegion[] {
    return this.find(doc).quotations;
  }

  private find(doc: Document): Found {
    const view = docView(doc);
    const known = this.found.get(doc);
    if (known && known.view === view) return known;
    const paragraphs = paragraphsOf(doc, view);
    const regions = paragraphQuotations(doc.text, paragraphs);
    const statements = findStatements(doc, this.lexicon, this.cueYield, this.min, regions, paragraphs);
    const found = { view, statements, quotations: flatten(regions) };
    this.found.set(doc, found);
    return found;
  }
}

let shared: StatementFinder | undefined;

/** The finder with the shipped lexicon and settings, shared by the actors and quotes stages. */
export function defaultStatementFinder(): StatementFinder {
  shared ??= new StatementFinder();
  return shared;
}

/** `lists.flat()` without the generic builtin (slow in V8 for an array of arrays; run once per document). */
function flatten<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}

/** `content.map((c) => `${c.start}-${c.end}`).join(',')` without the array of pieces (one key per statement). */
function contentKey(content: readonly Range[]): string {
  let key = '';
  for (let k = 0; k < content.length; k++) {
    const c = content[k]!;
    key += k === 0 ? `${c.start}-${c.end}` : `,${c.start}-${c.end}`;
  }
  return key;
}
