/** The `dating` stage descriptor (implementation loaded lazily). */
import type { StageDescriptor } from '../../pipeline/stage.js';

export type { StatementTime } from './types.js';

export const DATING_STAGE: StageDescriptor = {
  name: 'dating',
  description:
    'the time each statement was made: its sentence’s date, else the publication date (reported on)',
  requires: ['quotes', 'timexes'],
  provides: ['statementTimes'],
  load: async () => (await import('./stage.js')).datingStage,
};
