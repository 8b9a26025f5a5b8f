/** Descriptor of the `pos` stage; the tagger and its model load lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const POS_STAGE: StageDescriptor = {
  name: 'pos',
  description: 'Universal Dependencies part-of-speech tags (UPOS), perceptron trained on UD English EWT',
  requires: ['tokens', 'sentences'],
  uses: [],
  provides: ['pos'],
  load: async () => (await import('./stage.js')).createPosStage(),
};
