/** The `extract` task (and its Readability baseline): predict and eval over WCXB and trafilatura-eval folders. */
import type { EvalReport, Task } from '../task.js';
import { readabilityExtract } from './baseline.js';
import { detectLayout } from './layouts.js';
import { type Extractor, predictDir, verbatimExtract } from './predict.js';
import { evaluateTrafilatura, evaluateWcxb } from './score.js';

function taskFor(name: string, extractor: Extractor): Task {
  return {
    predict: (input, output) => predictDir(input, output, extractor),
    evaluate: async (gold): Promise<EvalReport> =>
      detectLayout(gold) === 'wcxb'
        ? evaluateWcxb(name, gold, extractor)
        : evaluateTrafilatura(name, gold, extractor),
  };
}

export const extractTask: Task = taskFor('extract', verbatimExtract);
export const readabilityTask: Task = taskFor('extract-readability', readabilityExtract);
