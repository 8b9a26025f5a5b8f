/**
 * The worker side of the analysis pool (a piscina worker): loads the models once per thread, then analyses one
 * input per task. 'analyze' answers the analysis as JSON text (what the HTTP API sends, with no copy of the
 * object graph across threads); 'prepare' answers the article as the store's JSON texts (`prepareArticle`):
 * strings only cross the thread; the rows, compression and MinHash (~1.3 ms of CPU per article) are left to
 * the writing thread. Measured with the store-ingest bench's per-thread rows (840 PolNeAR, loaded), this
 * thread used 14.7 ms of CPU per article and the writer 12.6: about even, so moving them here would only
 * make this thread the longer one.
 */
// First: restores the process's V8 flags before the rest of this thread allocates (thread-flags.ts).
import './thread-flags.js';
import { toAnalysis } from '../../analysis/records.js';
import { Analyzer } from '../../analyzer.js';
import { asVerbatimError } from '../../model/errors.js';
import { STORE_INCLUDE } from '../core/rows.js';
import type { PreparedArticle } from '../core/types.js';
import { prepareArticle } from '../core/write.js';
import type { TaskOutcome, WorkerTask } from './task-types.js';
import { taskDone } from './thread-clock.js';

const analyzer = Analyzer.create();

async function perform(task: WorkerTask): Promise<string | PreparedArticle> {
  const { document, timings } = (await analyzer).run(task.input);
  if (task.kind === 'analyze') {
    return JSON.stringify(toAnalysis(document, timings, task.include ? { include: task.include } : {}));
  }
  return prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), task.source);
}

/**
 * Errors cross the thread as data: the pool turns them back into the same typed VerbatimError. Each answer
 * carries the thread's time so far (thread-clock.ts).
 */
export default async function run(task: WorkerTask): Promise<TaskOutcome> {
  const since = performance.now();
  try {
    const value = await perform(task);
    return { ok: true, value, busy: taskDone(since) };
  } catch (error) {
    return { ok: false, error: asVerbatimError(error).toJSON(), busy: taskDone(since) };
  }
}
