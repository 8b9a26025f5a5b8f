/**
 * Runs the pipeline up to the acts stage on short texts, then an acts coder (the shipped one by
 * default, or one built for an experiment), and returns the acts in decreasing confidence.
 */
import { Analyzer } from '../../analyzer.js';
import type { Document } from '../../model/document.js';
import type { ActsCoder } from '../../stages/acts/stage.js';
import type { Act } from '../../stages/acts/types.js';

/** The stages the acts coder reads (their requirements are added). */
const UPSTREAM = ['quotes', 'time', 'actors', 'entities', 'pos'];

export interface ActsRunner {
  /** The analysed document (every stage before acts). */
  document(text: string, date?: string): Document;
  acts(text: string, date?: string): Act[];
}

export async function createActsRunner(coder?: ActsCoder): Promise<ActsRunner> {
  const analyzer = await Analyzer.create({ stages: UPSTREAM });
  const shipped = coder ?? (await defaultCoder());
  const document = (text: string, date?: string): Document =>
    analyzer.run({ text, ...(date ? { published: date } : {}) }).document;
  return {
    document,
    acts: (text, date) => byConfidence(shipped.code(document(text, date))),
  };
}

export function byConfidence(acts: readonly Act[]): Act[] {
  return [...acts].sort((a, b) => b.confidence - a.confidence);
}

async function defaultCoder(): Promise<ActsCoder> {
  const { ActsCoder } = await import('../../stages/acts/stage.js');
  const { defaultVerbLexicon } = await import('../../stages/acts/lexicon.js');
  const { defaultActorCodeBook } = await import('../../kb/load.js');
  const { defaultVerbModel } = await import('../../stages/acts/verb-model.js');
  return new ActsCoder(defaultVerbLexicon(), defaultActorCodeBook(), defaultVerbModel());
}

/** The `predict acts` output shape of one act (issue #19, item 5). */
export function actJson(a: Act): Record<string, unknown> {
  const part = (p: Act['actors'][number]) => ({
    text: p.text,
    start: p.start,
    end: p.end,
    ...(p.country ? { country: p.country } : {}),
    ...(p.sector ? { sector: p.sector } : {}),
  });
  return {
    type: a.type,
    mode: a.mode ?? null,
    contexts: a.contexts,
    negated: a.negated,
    hypothetical: a.hypothetical,
    future: a.future,
    historical: a.historical,
    actors: a.actors.map(part),
    recipients: a.recipients.map(part),
    trigger: { start: a.trigger.start, end: a.trigger.end, text: a.trigger.text },
    confidence: a.confidence,
  };
}
