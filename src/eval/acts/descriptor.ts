/** The `acts` benchmark task: PLOVER acts per sentence (issue #19). */
import type { TaskDescriptor } from '../task.js';

export const ACTS_TASK: TaskDescriptor = {
  name: 'acts',
  description: 'political acts coded in PLOVER 2.0 with actors, recipients and trigger spans',
  predictFormat:
    'IN.jsonl of {"id", "text", "date"?} → OUT.jsonl of {"id", "acts": [{type, mode, contexts, negated, hypothetical, future, historical, actors, recipients, trigger, confidence}]}',
  evalFormat:
    'PLOVER gold records (gsr-dev.json; DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT, DOCUMENT skipped): type accuracy, macro-F1 over 16 types, actor and recipient accuracy, per-type F1',
  load: async () => (await import('./task.js')).actsTask,
};
