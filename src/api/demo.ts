/**
 * The demo corpus: on first start (an empty store) `npm start` ingests the package's examples/ folder (the
 * sample article and the Wikinews articles in examples/demo/, see its ATTRIBUTION.md) as an ordinary job, so
 * the app has something to show and the job's progress is visible like any other.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs } from '../ingest/files.js';
import { VerbatimError } from '../model/errors.js';
import type { Store } from '../store/index.js';
import type { ApiContext } from './context.js';
import { type IngestSource, runIngest } from './ingest.js';
import type { Job } from './jobs.js';

/** The package's examples/ folder (from src/api or dist/api). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Queues the demo ingest when the store holds no article; returns the job, or undefined when not needed. */
export async function ingestDemoIfEmpty(
  store: Store,
  ctx: ApiContext,
  dir = EXAMPLES_DIR,
): Promise<Job | undefined> {
  if ((await store.stats()).articles > 0) return undefined;
  const refs = await expandInputs([dir]);
  const sources: IngestSource[] = [];
  for (const r of refs) {
    if (!(r instanceof VerbatimError))
      sources.push({ kind: 'file', path: r.source, name: `examples/${relative(dir, r.source)}` });
  }
  return ctx.jobs.submit(sources.length, (job) => runIngest(store, ctx, job, sources));
}
