/** The `identity` benchmark task: cross-document actor identity on GUM news (issue #18). */
import type { TaskDescriptor } from '../task.js';

export const IDENTITY_TASK: TaskDescriptor = {
  name: 'identity',
  description: 'who is who across articles: corpus actors linked at ingest, scored across documents',
  evalFormat:
    'GUM (tsv/*.tsv + conll/*.conll, Wikipedia links in the coreference labels): every document ingested into one fresh store; cross-document B³ P/R/F1 over the gold mentions of Wikipedia-linked entities (gold clusters: Wikipedia identities across all documents; predicted: corpus actors)',
  load: async () => (await import('./task.js')).identityTask,
};
