/** Adding articles to the corpus: paste a text, give a URL or a feed, or upload files; progress while it runs. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { postForm, postJson } from '../api.js';
import { JobProgress, useJob } from '../components/job-progress.js';
import { ErrorNote } from '../components/status.js';
import type { Job } from '../types.js';

type Mode = 'text' | 'url' | 'feed' | 'files';

const MODES: readonly [Mode, string][] = [
  ['text', 'Paste text'],
  ['url', 'Page URL'],
  ['feed', 'Feed URL'],
  ['files', 'Upload files'],
];

export function AddView(): JSX.Element {
  const [mode, setMode] = useState<Mode>('text');
  const [value, setValue] = useState('');
  const [files, setFiles] = useState<FileList | null>(null);
  const [published, setPublished] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [submitted, setSubmitted] = useState<Job | undefined>(undefined);
  const job = useJob(submitted);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setError(undefined);
    try {
      if (mode === 'files') {
        const form = new FormData();
        if (published) form.append('published', published);
        for (const f of Array.from(files ?? [])) form.append('files', f, f.name);
        setSubmitted(await postForm<Job>('/api/ingest/upload', form));
      } else {
        setSubmitted(
          await postJson<Job>('/api/ingest', { [mode]: value, ...(published ? { published } : {}) }),
        );
      }
    } catch (err) {
      setError(err);
    }
  };
  const running = job && (job.state === 'queued' || job.state === 'running');

  return (
    <div>
      <h1>Add articles</h1>
      <form class="analyze-form" onSubmit={submit}>
        <fieldset class="inline">
          <legend>What to add</legend>
          {MODES.map(([m, label]) => (
            <label key={m}>
              <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} /> {label}
            </label>
          ))}
        </fieldset>
        {mode === 'text' ? (
          <label class="block">
            Article text
            <textarea rows={8} required value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          </label>
        ) : mode === 'files' ? (
          <label class="block">
            Files (.txt, .html, .html.gz, feeds)
            <input
              type="file"
              multiple
              required
              accept=".txt,.text,.html,.htm,.xhtml,.gz,.xml,.rss,.atom"
              onChange={(e) => setFiles(e.currentTarget.files)}
            />
          </label>
        ) : (
          <label class="block">
            {mode === 'url' ? 'Page address' : 'Feed address (RSS, Atom, RDF)'}
            <input
              type="url"
              required
              placeholder="https://…"
              value={value}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          </label>
        )}
        <label>
          Published (when the article does not say){' '}
          <input type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!!running}>
          {running ? 'Adding…' : 'Add to corpus'}
        </button>
      </form>
      <ErrorNote error={error} />
      {job ? <JobProgress job={job} /> : null}
    </div>
  );
}
