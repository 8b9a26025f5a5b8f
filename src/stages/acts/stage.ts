/**
 * The acts stage: every sentence → coded acts (coder.ts), then the cross-act rules
 * (discourse.ts), dates (dating.ts) and links to statements (quotes layer) and actors.
 */

import type { ActorCodeBook } from '../../kb/actor-codes.js';
import { defaultActorCodeBook } from '../../kb/load.js';
import type { ActorCode } from '../../kb/types.js';
import { type Document, setLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { spanOf } from '../../model/span.js';
import { type DocView, docView } from '../../pipeline/doc-view.js';
import type { ReportSection, Stage } from '../../pipeline/stage.js';
import type { Actor } from '../actors/types.js';
import type {} from '../entities/types.js';
import type {} from '../pos/types.js';
import type { Statement } from '../quotes/types.js';
import type { Sentence } from '../sentences/types.js';
import type { Timex } from '../time/types.js';
import { type Candidate, sentenceCandidates } from './candidates.js';
import { codeSentence, type SentenceAct } from './coder.js';
import { actDate, isHistorical } from './dating.js';
import { addressees, answerTo } from './discourse.js';
import { defaultVerbLexicon, type VerbLexicon } from './lexicon.js';
import { actsReport } from './report.js';
import { type SentenceView, sentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';
import type { Act, ActParticipant, ActSource, ActsLayer, PloverType } from './types.js';
import { defaultVerbModel, type VerbTypeModel } from './verb-model.js';

/** Types that are said rather than done (PLOVER's verbal quad categories, minus CONSULT). */
const VERBAL_TYPES: ReadonlySet<PloverType> = new Set([
  'AGREE',
  'SUPPORT',
  'CONCEDE',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
]);

/** Which part of the coder proposed the type, by trigger kind. */
const SOURCE_OF: Readonly<Record<Trigger['kind'], ActSource>> = {
  verb: 'dictionary',
  pattern: 'pattern',
  noun: 'pattern',
  model: 'model',
};

/**
 * Walks spans sorted by start, handing out those that start before a sentence's end, so each
 * sentence sees only its own mentions (linear in the document, not sentences × mentions).
 */
class SpanCursor<T extends { start: number }> {
  private next = 0;
  constructor(private readonly spans: readonly T[]) {}
  take(end: number): T[] {
    const out: T[] = [];
    while (this.next < this.spans.length && (this.spans[this.next]?.start ?? end) < end) {
      const s = this.spans[this.next];
      if (s) out.push(s);
      this.next++;
    }
    return out;
  }
}

/**
 * Sentence index → the document's spans lying wholly inside that sentence, in document order: an act
 * reads only its sentence's dates (linear in the document, not acts × timexes). Spans are non-empty,
 * so the sentence holding a span's first character is the only one that can hold it all.
 */
function bySentence<T extends { start: number; end: number }>(
  dv: DocView,
  spans: readonly T[],
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const t of spans) {
    const s = dv.sentenceAt(t.start);
    const sentence = dv.sentences[s];
    if (!sentence || t.end > sentence.end) continue;
    const list = out.get(s);
    if (list) list.push(t);
    else out.set(s, [t]);
  }
  return out;
}

/** A statement content span, filed under each sentence it overlaps (see `StatementIndex`). */
interface ContentEntry {
  readonly statement: Statement;
  readonly start: number;
  readonly end: number;
}

/**
 * Sentence index → the statement content spans overlapping it, in statement order: the first
 * statement whose content holds a trigger is found among its sentence's few, not among every
 * statement of the document (linear, not acts × statements).
 */
function contentBySentence(dv: DocView, statements: readonly Statement[]): Map<number, ContentEntry[]> {
  const out = new Map<number, ContentEntry[]>();
  for (const statement of statements) {
    for (const c of statement.content) {
      const { from, to } = dv.sentencesOverlapping(c.start, c.end);
      for (let s = from; s < to; s++) {
        const entry = { statement, start: c.start, end: c.end };
        const list = out.get(s);
        if (list) list.push(entry);
        else out.set(s, [entry]);
      }
    }
  }
  return out;
}

/** The first statement (in document order) whose content holds `[start, end)`, among a sentence's entries. */
function statementHolding(
  entries: readonly ContentEntry[] | undefined,
  start: number,
  end: number,
): Statement | undefined {
  if (!entries) return undefined;
  for (const e of entries) if (e.start <= start && end <= e.end) return e.statement;
  return undefined;
}

/**
 * Actor codes looked up across documents (`ActorCodeBook.lookup` is a pure function of the text and
 * the day): news repeats its actors, and each lookup tries every phrase of the text. Cleared when
 * it holds this many entries, so memory stays bounded on any stream of documents.
 */
const MAX_CACHED_CODES = 50_000;

/** The record of a candidate; its text is re-read from the document (a grown span has none of its own). */
function participant(text: string, c: Candidate): ActParticipant {
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    name: c.name,
    ...(c.actorId ? { actorId: c.actorId } : {}),
    ...(c.country ? { country: c.country } : {}),
    ...(c.sector ? { sector: c.sector } : {}),
  };
}

export class ActsCoder {
  /** Day (or '') → text → its code: see MAX_CACHED_CODES. */
  private readonly codeCache = new Map<string, Map<string, ActorCode>>();
  /**
   * Texts with no code on any day: `book.lookup` returns nothing only when no phrase of the text is
   * in the book, whatever the date, so these are shared across days (most are common nouns).
   */
  private readonly uncoded = new Set<string>();
  private cachedCodes = 0;

  constructor(
    readonly lexicon: VerbLexicon,
    readonly book: ActorCodeBook,
    /** The learned verb model, asked only where the dictionary finds no trigger (coder.ts). */
    readonly model?: VerbTypeModel,
  ) {}

  /**
   * `(text) => book.lookup(text, date)`, remembered across documents (see MAX_CACHED_CODES). Made
   * once per document: lookup reads only the day of the date, and an empty date as none.
   */
  private lookupFor(date: string | undefined): (text: string) => ActorCode | undefined {
    const day = date ? date.slice(0, 10) : '';
    let codes = this.codeCache.get(day);
    return (text) => {
      if (this.uncoded.has(text)) return undefined;
      const hit = codes?.get(text);
      if (hit) return hit;
      const code = this.book.lookup(text, date);
      if (this.cachedCodes >= MAX_CACHED_CODES) {
        this.codeCache.clear();
        this.uncoded.clear();
        this.cachedCodes = 0;
        codes = undefined;
      }
      if (!code) {
        this.uncoded.add(text);
        this.cachedCodes++;
        return code;
      }
      if (!codes) {
        codes = new Map();
        this.codeCache.set(day, codes);
      }
      codes.set(text, code);
      this.cachedCodes++;
      return code;
    };
  }

  /** The acts of a document whose tokens and sentences (and, when present, pos, entities, actors, time, quotes) are set. */
  code(doc: Document): Act[] {
    const dv = docView(doc);
    const pos = doc.layers.pos;
    const actorsLayer = doc.layers.actors;
    const actors = new Map<string, Actor>((actorsLayer?.actors ?? []).map((a) => [a.id, a]));
    const published = doc.meta.publishedAt;
    const contents = contentBySentence(dv, doc.layers.quotes?.statements ?? []);
    const timexes = bySentence(dv, doc.layers.timexes ?? []);
    const mentions = new SpanCursor(actorsLayer?.mentions ?? []);
    const entities = new SpanCursor(doc.layers.entities ?? []);
    const lookup = this.lookupFor(published);
    const out: Act[] = [];
    let lastRequest: SentenceAct | undefined;
    for (let si = 0; si < dv.sentences.length; si++) {
      const s = dv.sentences[si] as Sentence;
      const view = sentenceView(dv, s, pos?.upos, pos?.xpos);
      const sentenceMentions = mentions.take(s.end);
      const sentenceEntities = entities.take(s.end);
      const cands = () =>
        sentenceCandidates(view, {
          text: doc.text,
          actors,
          mentions: sentenceMentions,
          entities: sentenceEntities,
          lookup,
        });
      let acts = addressees(codeSentence(this.lexicon, view, cands, this.model));
      acts = acts.map((a) => {
        const after = view.tokens[a.trigger.head]?.end ?? s.end;
        const answered = answerTo(a, doc.text.slice(after, Math.min(s.end, after + 40)), lastRequest);
        return answered;
      });
      for (const a of acts) {
        out.push(this.toAct(doc, view, a, contents.get(si), timexes.get(si) ?? [], published));
        if (a.type === 'REQUEST' && a.actors.length) lastRequest = a;
      }
    }
    return out;
  }

  private toAct(
    doc: Document,
    view: SentenceView,
    a: SentenceAct,
    contents: readonly ContentEntry[] | undefined,
    timexes: readonly Timex[],
    published: string | undefined,
  ): Act {
    const sentence = { start: view.start, end: view.end };
    const sentenceId = view.id;
    const tStart = view.tokens[a.trigger.first]?.start ?? view.start;
    const tEnd = view.tokens[a.trigger.last - 1]?.end ?? view.end;
    const date = actDate(timexes, sentence, tStart, published);
    const statement = statementHolding(contents, tStart, tEnd);
    const historical = !a.future && isHistorical(date, published);
    return {
      id: recordId('act', doc.scope, tStart, tEnd, a.type.toLowerCase()),
      type: a.type,
      ...(a.mode ? { mode: a.mode } : {}),
      contexts: a.context ? [a.context] : [],
      negated: a.negated,
      hypothetical: a.hypothetical,
      future: a.future,
      historical,
      actors: a.actors.map((c) => participant(doc.text, c)),
      recipients: a.recipients.map((c) => participant(doc.text, c)),
      reciprocal: a.reciprocal,
      trigger: spanOf(doc.text, tStart, tEnd),
      evidence: spanOf(doc.text, sentence.start, sentence.end),
      ...(date ? { date } : {}),
      ...(a.place ? { place: participant(doc.text, a.place) } : {}),
      reported: statement || VERBAL_TYPES.has(a.type) ? 'statement' : 'deed',
      ...(statement ? { statementId: statement.id } : {}),
      ...(a.cameo ? { cameo: a.cameo } : {}),
      source: SOURCE_OF[a.trigger.kind],
      confidence: Math.round(a.confidence * 1000) / 1000,
      sentenceId,
    };
  }
}

export function createActsStage(
  coder = new ActsCoder(defaultVerbLexicon(), defaultActorCodeBook(), defaultVerbModel()),
): Stage {
  return {
    run(doc: Document): void {
      const layer: ActsLayer = { acts: coder.code(doc) };
      setLayer(doc, 'acts', layer);
    },
    report(doc: Document): ReportSection | undefined {
      const layer = doc.layers.acts;
      return layer ? actsReport(layer.acts) : undefined;
    },
  };
}
