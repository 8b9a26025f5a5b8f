/** Descriptor of the `time` stage; the implementation loads lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const TIME_STAGE: StageDescriptor = {
  name: 'time',
  description:
    'time expressions (TIMEX3 DATE/TIME/DURATION/SET) normalised against the publication date; timeline',
  // Tense is decided within the production sentence of each expression.
  requires: ['tokens', 'sentences'],
  // POS tags keep non-verbs (`a still unspecified date`) from deciding the tense of an expression.
  uses: ['pos'],
  provides: ['timexes'],
  load: async () => (await import('./stage.js')).createTimeStage(),
};
