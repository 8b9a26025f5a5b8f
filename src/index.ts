/** The Node entry (`verbatim`): the shared exports (src/exports.ts) plus what needs Node. */

export { analyze } from './analyzer.js';
export * from './exports.js';
export type { InputRef, ReadInput, ReadOptions } from './ingest/files.js';
export { readInput, readInputs } from './ingest/files.js';
export * from './service/index.js';
