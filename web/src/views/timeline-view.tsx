/** Dated statements across the corpus, oldest first, with a chart; filter by speaker, words and dates. */
import type { JSX } from 'preact';
import { query } from '../api.js';
import { MoreButton, statementHref } from '../components/lists.js';
import { MonthChart } from '../components/month-chart.js';
import { ErrorNote } from '../components/status.js';
import { href } from '../router.js';
import type { TimelineRow } from '../types.js';
import { usePaged } from '../use-api.js';

export function TimelineView({ params }: { params: URLSearchParams }): JSX.Element {
  const speaker = params.get('speaker') ?? '';
  const q = params.get('q') ?? '';
  const rows = usePaged<TimelineRow>(`/api/timeline${query({ speaker, q, limit: 200 })}`);
  const items = rows.data ?? [];
  return (
    <div>
      <h1>Timeline{speaker ? `: ${speaker}` : ''}</h1>
      <form
        class="inline filters"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          location.hash = href(['timeline'], {
            speaker: String(f.get('speaker') ?? ''),
            q: String(f.get('q') ?? ''),
          });
        }}
      >
        <label>
          Speaker <input name="speaker" defaultValue={speaker} />
        </label>
        <label>
          About <input name="q" type="search" defaultValue={q} />
        </label>
        <button type="submit">Show</button>
      </form>
      <ErrorNote error={rows.error} />
      <MonthChart dates={items.map((r) => r.date)} label="Statements per month" />
      <ol class="timeline">
        {items.map((r) => (
          <li key={`${r.articleId}:${r.statementId}`}>
            <time dateTime={r.date}>{r.date}</time>{' '}
            {r.speaker ? (
              <a href={href(['actor', r.speaker])}>{r.speaker}</a>
            ) : (
              <span class="muted">unattributed</span>
            )}{' '}
            <span class={`badge kind-${r.kind}`}>{r.kind}</span>{' '}
            <a href={statementHref(r.articleId, r.statementId)}>{r.text}</a>
          </li>
        ))}
      </ol>
      {!rows.loading && items.length === 0 ? <p class="muted">No dated statements match.</p> : null}
      <MoreButton more={rows.more} loading={rows.loading} />
    </div>
  );
}
