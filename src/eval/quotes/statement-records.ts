/** Our statements as the records the quotes tasks write (brat) and score: one conversion for every profile. */
import type { BratAttribution, BratRange } from '../../formats/brat.js';
import type { Statement } from '../../stages/quotes/types.js';
import type { ScoredAttribution } from './score.js';

const range = (r: BratRange): BratRange => ({ start: r.start, end: r.end });

/** A statement as a brat attribution; `content` replaces its content (a profile's sentence piece). */
export function bratRecord(s: Statement, content: readonly BratRange[] = s.content): BratAttribution {
  return {
    content: content.map(range),
    cue: range(s.cue),
    ...(s.source ? { source: range(s.source) } : {}),
    ...(s.speaker ? { speaker: s.speaker.name } : {}),
  };
}

/** A statement as a scored attribution; `content` replaces its content (a profile's sentence piece). */
export function scoredRecord(s: Statement, content: readonly BratRange[] = s.content): ScoredAttribution {
  return {
    content,
    ...(s.source ? { source: range(s.source) } : {}),
    ...(s.speaker ? { speaker: s.speaker.name } : {}),
  };
}
