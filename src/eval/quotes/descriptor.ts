/** The `quotes` benchmark task: PolNeAR text in, brat standoff out; the attribution metric of issue #6. */
import type { TaskDescriptor } from '../task.js';

export const QUOTES_TASK: TaskDescriptor = {
  name: 'quotes',
  description: 'statements (quotations, reported speech, according-to) with their speakers',
  predictFormat:
    'IN_DIR of <stem>.txt (or IN_DIR/text) → OUT_DIR of <stem>.ann (PolNeAR brat standoff: Source, Cue, Content, Attribution events, speaker notes); --profile speech: speech statements only, one per sentence or piece',
  evalFormat:
    'DIR with text/ and attributions/ (PolNeAR); Content coverage ≥30 % and ≥80 %, one-to-one, P/R/F1, speaker accuracy, quote-mark subset; --profile speech: the speech-cue subset, one record per sentence or piece',
  load: async () => (await import('./task.js')).quotesTask,
};
