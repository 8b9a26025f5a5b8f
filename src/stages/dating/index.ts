export * from './descriptor.js';
export type { StatementTime } from './types.js';
