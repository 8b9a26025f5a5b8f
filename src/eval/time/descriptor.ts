/** The `time` benchmark task: TimeML in, TimeML out; TempEval-3 task A scoring. */
import type { TaskDescriptor } from '../task.js';

export const TIME_TASK: TaskDescriptor = {
  name: 'time',
  description:
    'time expressions (TIMEX3: DATE, TIME, DURATION, SET) recognised and normalised against the DCT',
  predictFormat:
    'directory of TimeML .tml files (DCT + plain <TEXT>) → same files with <TIMEX3> tags inserted',
  evalFormat:
    'directory of TimeML .tml gold files; strict/relaxed P/R/F1, value and type accuracy, value F1 (TempEval-3 task A)',
  load: async () => (await import('./task.js')).timeTask,
};
