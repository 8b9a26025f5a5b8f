/** The `sentences` layer: sentences of content blocks; a sentence never crosses a block boundary. */
import type { Span } from '../../model/span.js';

export interface Sentence extends Span {
  readonly id: string;
  /** The block the sentence lies in. */
  readonly blockId: string;
  /** Tokens `[tokenStart, tokenEnd)` of the `tokens` layer. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

declare module '../../model/layers.js' {
  interface LayerMap {
    sentences: readonly Sentence[];
  }
}
