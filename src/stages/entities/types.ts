/** The `entities` layer: named-entity mentions in the CoNLL scheme, with token and character extents. */
import type { Span } from '../../model/span.js';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityMention extends Span {
  readonly id: string;
  readonly type: EntityType;
  /** Tokens `[tokenStart, tokenEnd)` of the `tokens` layer. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

declare module '../../model/layers.js' {
  interface LayerMap {
    entities: readonly EntityMention[];
  }
}
