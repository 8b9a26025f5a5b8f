/** Analyse a pasted text, an HTML page or a URL without storing it, and show it in the Article view. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Analysis } from '../analysis.js';
import { postJson } from '../api.js';
import { ArticleView } from '../components/article-view.js';
import { ErrorNote } from '../components/status.js';

type Mode = 'text' | 'url';

export function AnalyzeView(): JSX.Element {
  const [mode, setMode] = useState<Mode>('text');
  const [value, setValue] = useState('');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<Analysis | undefined>(undefined);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { [mode]: value, ...(published ? { published } : {}) };
      setResult(await postJson<Analysis>('/api/analyze', body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const form = (
    <form class="analyze-form" onSubmit={submit}>
      <fieldset class="inline">
        <legend>Input</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'text'} onChange={() => setMode('text')} /> Text
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'url'} onChange={() => setMode('url')} /> URL
        </label>
      </fieldset>
      {mode === 'text' ? (
        <label class="block">
          Article text
          <textarea
            name="text"
            rows={8}
            required
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </label>
      ) : (
        <label class="block">
          Page address
          <input
            name="url"
            type="url"
            required
            placeholder="https://…"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </label>
      )}
      <label>
        Published (optional, resolves “on Monday”){' '}
        <input
          type="date"
          name="published"
          value={published}
          onInput={(e) => setPublished(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={busy || !value.trim()}>
        {busy ? 'Analysing…' : 'Analyse'}
      </button>
    </form>
  );

  return (
    <div>
      {result ? null : (
        <>
          <h1>Analyse an article</h1>
          <p class="muted">Nothing is stored: to keep an article in the corpus, use Add articles.</p>
        </>
      )}
      {result ? (
        <details class="again">
          <summary>Analyse another article</summary>
          {form}
        </details>
      ) : (
        form
      )}
      <ErrorNote error={error} />
      {result ? <ArticleView analysis={result} /> : null}
    </div>
  );
}
