/** The `actor-codes` benchmark task: country and sector of an actor phrase at a date (issue #18). */
import type { TaskDescriptor } from '../task.js';

export const ACTOR_CODES_TASK: TaskDescriptor = {
  name: 'actor-codes',
  description: 'actor text → country (ISO alpha-3, IGO…) and PLOVER/CAMEO sector, judged at a date',
  predictFormat:
    'IN.jsonl of {"id", "actor", "context"?, "date"?} → OUT.jsonl of {"id", "country", "sector", "name"}',
  evalFormat:
    'PLOVER gold records (gsr-dev.json: every source/target actor with its code and sector) or JSONL cases {"id", "actor", "context"?, "date"?, "country", "sector"}: country, sector and both-right accuracy; GSR cases also by half (even records: tuned on; odd records: held out)',
  load: async () => (await import('./task.js')).actorCodesTask,
};
