export * from './descriptor.js';
export type { Sentence } from './types.js';
