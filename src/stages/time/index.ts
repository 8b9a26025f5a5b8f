export type { SpanDate } from './dating.js';
export { dateForSpan } from './dating.js';
export * from './descriptor.js';
export type { Timex, TimexAnchor, TimexMod, TimexType } from './types.js';
