export * from './descriptor.js';
export type { Token } from './types.js';
