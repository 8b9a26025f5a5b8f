/** Runs the full pipeline on short texts and returns their acts in decreasing confidence. */
import { Analyzer } from '../../analyzer.js';
import type { Act } from '../../stages/acts/types.js';

export interface ActsRunner {
  acts(text: string, date?: string): Act[];
}

export async function createActsRunner(): Promise<ActsRunner> {
  const analyzer = await Analyzer.create({ stages: ['acts', 'quotes', 'time', 'actors', 'entities', 'pos'] });
  return {
    acts(text, date) {
      const { document } = analyzer.run({ text, ...(date ? { published: date } : {}) });
      return [...(document.layers.acts?.acts ?? [])].sort((a, b) => b.confidence - a.confidence);
    },
  };
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
