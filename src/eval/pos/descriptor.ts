/** The `pos` benchmark task (UD English), implementation loaded lazily. */
import type { TaskDescriptor } from '../task.js';

export const POS_TASK: TaskDescriptor = {
  name: 'pos',
  description: 'UPOS part-of-speech tags; sentence and token segmentation (UD English)',
  predictFormat: 'IN: one token per line, blank line between sentences; OUT: token<TAB>UPOS, same lines',
  evalFormat: 'CoNLL-U: UPOS accuracy (gold tokens), sentence boundary F1 and token F1 from `# text =`',
  load: async () => (await import('./task.js')).posTask,
};
