/** Ingest jobs with a progress bar, polled while they run. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api.js';
import { href } from '../router.js';
import type { Job } from '../types.js';

/** How often a running job is polled: often enough to look live, rare enough to cost nothing. */
const POLL_MS = 500;

export function JobProgress({ job }: { job: Job }): JSX.Element {
  const label = `${job.processed} of ${job.total} inputs: ${job.stored} stored, ${job.skipped} already there, ${job.failed} failed`;
  return (
    <div class="job" role="status">
      <progress max={Math.max(1, job.total)} value={job.processed} aria-label="Ingest progress" />{' '}
      <span>
        {job.state === 'done'
          ? 'Done: '
          : job.state === 'failed'
            ? 'Failed: '
            : job.state === 'queued'
              ? 'Waiting: '
              : 'Ingesting: '}
        {label}
      </span>
      {job.articleIds.length > 0 && job.state === 'done' ? (
        <span>
          {' '}
          —{' '}
          <a href={href(['article', String(job.articleIds[0])])}>
            open {job.articleIds.length > 1 ? 'the first article' : 'the article'}
          </a>
        </span>
      ) : null}
      {job.errors.length > 0 ? (
        <ul class="job-errors">
          {job.errors.map((e, i) => (
            <li key={i}>
              <code>{e.code}</code> {e.input}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Follows one job until it ends. */
export function useJob(initial: Job | undefined): Job | undefined {
  const [job, setJob] = useState(initial);
  useEffect(() => setJob(initial), [initial]);
  useEffect(() => {
    if (!job || job.state === 'done' || job.state === 'failed') return undefined;
    const t = setTimeout(() => {
      getJson<Job>(`/api/jobs/${encodeURIComponent(job.id)}`).then(setJob, () => undefined);
    }, POLL_MS);
    return () => clearTimeout(t);
  }, [job]);
  return job;
}

/** Jobs that are running or waiting (the demo ingest on first start, say). */
export function JobList(): JSX.Element | null {
  const [jobs, setJobs] = useState<readonly Job[]>([]);
  useEffect(() => {
    let stop = false;
    const poll = (): void => {
      getJson<{ items: Job[] }>('/api/jobs').then(
        (r) => {
          if (stop) return;
          const active = r.items.filter((j) => j.state === 'queued' || j.state === 'running');
          setJobs(active);
          if (active.length > 0) setTimeout(poll, POLL_MS);
        },
        () => undefined,
      );
    };
    poll();
    return () => {
      stop = true;
    };
  }, []);
  if (jobs.length === 0) return null;
  return (
    <section aria-label="Ingest jobs">
      {jobs.map((j) => (
        <JobProgress key={j.id} job={j} />
      ))}
    </section>
  );
}
