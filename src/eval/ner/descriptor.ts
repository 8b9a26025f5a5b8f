/** The `ner` benchmark task (CoNLL-2003), implementation loaded lazily. */
import type { TaskDescriptor } from '../task.js';

export const NER_TASK: TaskDescriptor = {
  name: 'ner',
  description: 'named entities (PER, ORG, LOC, MISC) on CoNLL-2003 style files',
  predictFormat: 'token per line, blank line between sentences, -DOCSTART- lines → token<TAB>IOB2 tag',
  evalFormat: 'CoNLL `token … tag` (IOB1 or IOB2) → conlleval entity micro P/R/F1 and per-type F1',
  load: async () => (await import('./task.js')).nerTask,
};
