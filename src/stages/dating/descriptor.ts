/** Descriptor of the `dating` stage; the implementation loads lazily. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export const DATING_STAGE: StageDescriptor = {
  name: 'dating',
  description:
    'the time each statement was made: its sentence’s date, else the publication date (reported on)',
  requires: ['quotes', 'timexes'],
  uses: [],
  provides: ['statementTimes'],
  load: async () => (await import('./stage.js')).createDatingStage(),
};
