/** The `actors` benchmark task descriptor (implementation loaded lazily). */
import type { TaskDescriptor } from '../task.js';

export const actorsTaskDescriptor: TaskDescriptor = {
  name: 'actors',
  description: 'who is who: actors with aliases, roles, countries and coreferent mentions',
  predictFormat:
    'IN_DIR/<stem>.txt → OUT_DIR/<stem>.json {"actors": [{id, name, type, country?, roles, mentions}]}',
  evalFormat:
    'GUM news (tsv/*.tsv + conll/*.conll): B³ P/R/F1 over person/organization/place mentions, pronoun accuracy',
  load: async () => (await import('./task.js')).actorsTask,
};
