/** The `tokens` layer: every token of the document's content blocks, in text order. */
import type { Span } from '../../model/span.js';

export interface Token extends Span {
  /** Position in the document's token array. */
  readonly index: number;
}

declare module '../../model/layers.js' {
  interface LayerMap {
    tokens: readonly Token[];
  }
}
