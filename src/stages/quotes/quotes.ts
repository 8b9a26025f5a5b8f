/**
 * The quotes stage: statements with content, cue, source and speaker spans.
 * statement-finder.ts finds them (on the production words and sentences, shared with
 * the actors stage); this module resolves each statement's speaker (through the `actors`
 * layer when present) and writes the `quotes` layer.
 */
import { type Document, setLayer } from '../../model/document.js';
import { recordId } from '../../model/ids.js';
import { spanOf } from '../../model/span.js';
import type { ReportSection, Stage } from '../../pipeline/stage.js';
import type {} from '../actors/types.js';
import type { CueYield } from './cue-yield.js';
import type { CueLexicon, CueSettings } from './lexicon.js';
import { quotesReport } from './report.js';
import { SpeakerResolver } from './speaker.js';
import {
  defaultStatementFinder,
  findStatements,
  StatementFinder,
  type YieldThresholds,
} from './statement-finder.js';
import type { QuotesLayer, Statement } from './types.js';
import type { Range, RawStatement } from './unit-context.js';

export { paragraphsOf, yieldKey } from './statement-finder.js';

/** Finds the document's statements with their speakers (pure: reads `doc`, returns records). */
export function matchStatements(
  doc: Document,
  lexicon: CueLexicon,
  cueYield?: CueYield,
  min: YieldThresholds = { core: 0, rare: 0 },
): Statement[] {
  return statementRecords(doc, findStatements(doc, lexicon, cueYield, min));
}

/** The records of found statements, each with its speaker (through the actors layer when present). */
function statementRecords(doc: Document, raw: readonly RawStatement[]): Statement[] {
  const resolver = new SpeakerResolver(doc);
  const text = doc.text;
  const out: Statement[] = [];
  for (const r of raw) {
    const first = r.content[0] as Range;
    const { speaker, type } = resolver.resolve(r.source);
    out.push({
      id: recordId(
        'stmt',
        doc.scope,
        first.start,
        r.content[r.content.length - 1]?.end ?? first.end,
        `${r.cue.start}`,
      ),
      kind: r.kind,
      content: r.content.map((c) => spanOf(text, c.start, c.end)),
      cue: spanOf(text, r.cue.start, r.cue.end),
      ...(r.source ? { source: spanOf(text, r.source.start, r.source.end) } : {}),
      sourceType: type,
      ...(speaker ? { speaker } : {}),
      quoted: r.quoted.map((q) => spanOf(text, q.start, q.end)),
      sentenceId: r.sentence.id,
      sentence: spanOf(text, r.sentence.start, r.sentence.end),
      inherited: r.inherited,
    });
  }
  return out;
}

export function createQuotesStage(settings?: CueSettings): Stage {
  const finder = settings ? new StatementFinder(settings) : defaultStatementFinder();
  return {
    run(doc: Document): void {
      const layer: QuotesLayer = { statements: statementRecords(doc, finder.statements(doc)) };
      setLayer(doc, 'quotes', layer);
    },
    report(doc: Document): ReportSection | undefined {
      const layer = doc.layers.quotes;
      if (!layer) return undefined;
      const actorTypes = new Map((doc.layers.actors?.actors ?? []).map((a) => [a.id, a.type as string]));
      return quotesReport(layer.statements, actorTypes);
    },
  };
}
