/** The `pos` layer: one Universal Dependencies UPOS tag per token, aligned with the `tokens` layer. */

export const UPOS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;

export type Upos = (typeof UPOS_TAGS)[number];

export interface PosLayer {
  /** `upos[i]` is the tag of token `i`. */
  readonly upos: readonly Upos[];
  /** Penn Treebank tags, when the tagger provides them. */
  readonly xpos?: readonly string[];
}

declare module '../../model/layers.js' {
  interface LayerMap {
    pos: PosLayer;
  }
}
