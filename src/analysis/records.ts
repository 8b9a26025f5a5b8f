/**
 * Document → Analysis: the document's layers as plain, serialisable records.
 * Every record carries its evidence as `{start, end, text}` spans into `text`.
 */
import type { Block, Document, DocumentMeta } from '../model/document.js';
import type { StageTiming } from '../pipeline/pipeline.js';

export const ANALYSIS_SCHEMA = 'verbatim.analysis/1';

export interface Analysis {
  readonly schema: typeof ANALYSIS_SCHEMA;
  readonly id: string;
  readonly meta: DocumentMeta;
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Every other layer, keyed by layer name (tokens, sentences, entities, …). */
  readonly layers: Readonly<Record<string, unknown>>;
  readonly timings: readonly StageTiming[];
  readonly warnings: readonly string[];
}

export function toAnalysis(doc: Document, timings: readonly StageTiming[]): Analysis {
  const { blocks: _blocks, ...rest } = doc.layers;
  return {
    schema: ANALYSIS_SCHEMA,
    id: doc.id,
    meta: doc.meta,
    text: doc.text,
    blocks: doc.blocks,
    layers: rest,
    timings: timings.map((t) => ({ stage: t.stage, ms: Math.round(t.ms * 1000) / 1000 })),
    warnings: doc.warnings,
  };
}
