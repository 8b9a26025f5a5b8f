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
import { docView } from '../../pipeline/doc-view.js';
import type { ReportSection, Stage } from '../../pipeline/stage.js';
import type { Actor } from '../actors/types.js';
import type {} from '../entities/types.js';
import type {} from '../pos/types.js';
import type { Statement } from '../quotes/types.js';
import type {} from '../sentences/types.js';
import type {} from '../time/types.js';
import { type Candidate, sentenceCandidates } from './candidates.js';
import { codeSentence, type SentenceAct } from './coder.js';
import { actDate, isHistorical } from './dating.js';
import { addressees, answerTo } from './discourse.js';
import { defaultVerbLexicon, type VerbLexicon } from './lexicon.js';
import { actsReport } from './report.js';
import { type SentenceView, sentenceView } from './sentence-view.js';
import type { Act, ActParticipant, ActsLayer, PloverType } from './types.js';

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
  constructor(
    readonly lexicon: VerbLexicon,
    readonly book: ActorCodeBook,
  ) {}

  /** The acts of a document whose tokens and sentences (and, when present, pos, entities, actors, time, quotes) are set. */
  code(doc: Document): Act[] {
    const dv = docView(doc);
    const pos = doc.layers.pos;
    const actorsLayer = doc.layers.actors;
    const actors = new Map<string, Actor>((actorsLayer?.actors ?? []).map((a) => [a.id, a]));
    const statements: readonly Statement[] = doc.layers.quotes?.statements ?? [];
    const published = doc.meta.publishedAt;
    const timexes = doc.layers.timexes ?? [];
    const mentions = new SpanCursor(actorsLayer?.mentions ?? []);
    const entities = new SpanCursor(doc.layers.entities ?? []);
    const codes = new Map<string, ActorCode | undefined>();
    const lookup = (text: string): ActorCode | undefined => {
      if (codes.has(text)) return codes.get(text);
      const c = this.book.lookup(text, published);
      codes.set(text, c);
      return c;
    };
    const out: Act[] = [];
    let lastRequest: SentenceAct | undefined;
    for (const s of dv.sentences) {
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
      let acts = addressees(codeSentence(this.lexicon, view, cands));
      acts = acts.map((a) => {
        const after = view.tokens[a.trigger.head]?.end ?? s.end;
        const answered = answerTo(a, doc.text.slice(after, Math.min(s.end, after + 40)), lastRequest);
        return answered;
      });
      for (const a of acts) {
        out.push(this.toAct(doc, view, a, statements, timexes, published));
        if (a.type === 'REQUEST' && a.actors.length) lastRequest = a;
      }
    }
    return out;
  }

  private toAct(
    doc: Document,
    view: SentenceView,
    a: SentenceAct,
    statements: readonly Statement[],
    timexes: NonNullable<Document['layers']['timexes']>,
    published: string | undefined,
  ): Act {
    const sentence = { start: view.start, end: view.end };
    const sentenceId = view.id;
    const tStart = view.tokens[a.trigger.first]?.start ?? view.start;
    const tEnd = view.tokens[a.trigger.last - 1]?.end ?? view.end;
    const date = actDate(timexes, sentence, tStart, published);
    const statement = statements.find((st) => st.content.some((c) => c.start <= tStart && tEnd <= c.end));
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
      cameo: a.cameo,
      source: a.trigger.kind === 'verb' ? 'dictionary' : 'pattern',
      confidence: Math.round(a.confidence * 1000) / 1000,
      sentenceId,
    };
  }
}

export function createActsStage(coder = new ActsCoder(defaultVerbLexicon(), defaultActorCodeBook())): Stage {
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
