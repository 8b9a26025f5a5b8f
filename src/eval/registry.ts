/**
 * Registered benchmark tasks. Each issue that adds a capability adds its task
 * here (descriptor static, implementation imported lazily).
 */
import type { TaskDescriptor } from './task.js';

export const TASK_REGISTRY: readonly TaskDescriptor[] = [
  {
    name: 'quotes',
    description: 'statements (quotations, reported speech, according-to) with their speakers',
    predictFormat:
      'IN_DIR of <stem>.txt → OUT_DIR of <stem>.ann (PolNeAR brat standoff: Source, Cue, Content, Attribution events, speaker notes)',
    evalFormat:
      'DIR with text/ and attributions/ (PolNeAR); Content coverage ≥30 % and ≥80 %, one-to-one, P/R/F1, speaker accuracy, quote-mark subset',
    load: async () => (await import('./quotes/task.js')).quotesTask,
  },
];
