/** Descriptor of the `entities` stage; the implementation and its model load lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const ENTITIES_STAGE: StageDescriptor = {
  name: 'entities',
  description: 'named entities (PER, ORG, LOC, MISC) with exact offsets, averaged-perceptron tagger',
  requires: ['tokens', 'sentences'],
  uses: [],
  provides: ['entities'],
  load: async () => (await import('./stage.js')).createEntitiesStage(),
};
