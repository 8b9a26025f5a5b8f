/**
 * The one export list both entries share: `verbatim` (src/index.ts, Node) and `verbatim/browser`
 * (src/browser.ts). Everything here runs in a browser: no module it reaches imports `node:`.
 * Node-only additions (files, URLs, feeds, the batch service) are in src/index.ts.
 */
export type { BlockRecord, DocumentRecord, ModelStamp, Producer } from './analysis/document-schema.js';
export { BlockSchema, DocumentSchema, ProducerSchema } from './analysis/document-schema.js';
export type { ActorMentionRecord, ActorRecord, MentionRecord } from './analysis/kinds/actors.js';
export { ActorMentionSchema, ActorSchema, MentionSchema } from './analysis/kinds/actors.js';
export type { StatementRecord } from './analysis/kinds/statements.js';
export { StatementSchema } from './analysis/kinds/statements.js';
export { EntitySchema, SentenceSchema, TokenSchema } from './analysis/kinds/text.js';
export type { TimexRecord } from './analysis/kinds/timexes.js';
export { TimexSchema } from './analysis/kinds/timexes.js';
export type { RecordKind } from './analysis/record-kind.js';
export { defineRecordKind } from './analysis/record-kind.js';
export type { Analysis, RecordOptions } from './analysis/records.js';
export {
  ANALYSIS_SCHEMA,
  AnalysisSchema,
  INCLUDE_NAMES,
  RECORD_KINDS,
  resolveInclude,
  toAnalysis,
} from './analysis/records.js';
export { renderReport } from './analysis/report.js';
export type {
  ResolvedAct,
  ResolvedClaim,
  ResolvedPosition,
  ResolvedResponse,
} from './analysis/resolve.js';
export { RecordResolver } from './analysis/resolve.js';
export type { SpanRecord } from './analysis/span-schema.js';
export { SpanSchema } from './analysis/span-schema.js';
export type { TimelineEntry } from './analysis/timeline.js';
export { buildTimeline } from './analysis/timeline.js';
export { VERBATIM_VERSION } from './analysis/version.js';
export type { AnalyzeInput, AnalyzeResult, AnalyzerOptions } from './analyzer.js';
export { Analyzer, checkPublished } from './analyzer.js';
export { decodeBytes } from './ingest/decode.js';
export { textDocument } from './ingest/text-document.js';
export type { Block, BlockKind, Dateline, Document, DocumentMeta, PhotoCredit } from './model/document.js';
export { contentBlocks, createDocument, getLayer, hasLayer, setLayer } from './model/document.js';
export type { ErrorCode } from './model/errors.js';
export { ERROR_CODES, VerbatimError } from './model/errors.js';
export { canonicalUrl, documentId, recordId, textVersion } from './model/ids.js';
export type { LayerMap, LayerName } from './model/layers.js';
export type { Span } from './model/span.js';
export { spanHolds, spanOf } from './model/span.js';
export type { StageTiming } from './pipeline/pipeline.js';
export { checkStageOrder, Pipeline, resolveStages } from './pipeline/pipeline.js';
export type { ReportSection, Stage, StageContext, StageDescriptor } from './pipeline/stage.js';
export type { ModelSource } from './runtime/model-file.js';
export { STAGE_REGISTRY } from './stages/registry.js';
