/** The `acts` stage descriptor: political acts coded in PLOVER 2.0 (issue #19). */
import type { StageDescriptor } from '../../pipeline/stage.js';

export type { Act, ActDate, ActParticipant, ActSource, ActsLayer, PloverType } from './types.js';
export { PLOVER_TYPES } from './types.js';

export const ACTS_STAGE: StageDescriptor = {
  name: 'acts',
  description: 'political acts in PLOVER 2.0: type, mode, actors and recipients with codes, trigger, date',
  requires: ['tokens', 'sentences'],
  // Tags, entities, actors, dates and statements sharpen the coding when present.
  uses: ['pos', 'entities', 'actors', 'timexes', 'quotes'],
  provides: ['acts'],
  async load() {
    const { createActsStage } = await import('./stage.js');
    return createActsStage();
  },
};
