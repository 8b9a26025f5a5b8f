export * from './descriptor.js';
export type { QuotesLayer, SourceType, Speaker, Statement, StatementKind } from './types.js';
