export * from './descriptor.js';
export { type PosLayer, UPOS_TAGS, type Upos } from './types.js';
