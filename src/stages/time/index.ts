/** The `time` stage descriptor (implementation loaded lazily), and the public helpers other stages use. */
import type { StageDescriptor } from '../../pipeline/stage.js';

export type { SpanDate } from './dating.js';
export { dateForSpan } from './dating.js';
export type { TimelineEntry } from './timeline.js';
export { buildTimeline } from './timeline.js';
export type { Timex, TimexAnchor, TimexMod, TimexType } from './types.js';

export const TIME_STAGE: StageDescriptor = {
  name: 'time',
  description:
    'time expressions (TIMEX3 DATE/TIME/DURATION/SET) normalised against the publication date; timeline',
  requires: ['blocks'],
  provides: ['timexes'],
  load: async () => (await import('./stage.js')).timeStage,
};
