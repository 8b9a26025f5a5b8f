/** Registry descriptors of the extract task and its plain-Readability baseline (implementations load lazily). */
import type { TaskDescriptor } from '../task.js';

const PREDICT_FORMAT =
  'IN_DIR of <id>.html / <id>.html.gz pages → OUT.json {"<id>": {"text", "title", "author", "date"}}';
const EVAL_FORMAT =
  'WCXB folder (html/ + ground-truth/): mean bag-of-words F1, title exact, date accuracy; ' +
  'trafilatura folder (evaldata.json + eval/): snippet precision, recall, F1';

export const EXTRACT_TASK: TaskDescriptor = {
  name: 'extract',
  description: 'main text and metadata of HTML pages (Verbatim extractor)',
  predictFormat: PREDICT_FORMAT,
  evalFormat: EVAL_FORMAT,
  load: async () => (await import('./task.js')).extractTask,
};

export const EXTRACT_READABILITY_TASK: TaskDescriptor = {
  name: 'extract-readability',
  description: 'baseline: plain @mozilla/readability over linkedom, same formats and metrics as extract',
  predictFormat: PREDICT_FORMAT,
  evalFormat: EVAL_FORMAT,
  load: async () => (await import('./task.js')).readabilityTask,
};
