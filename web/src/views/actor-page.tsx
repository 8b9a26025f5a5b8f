/**
 * An actor across the corpus: type, country and counts, statements per month (chart), and the statements
 * themselves, filtered by words, kind and dates.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { query } from '../api.js';
import { MoreButton, StatementList } from '../components/lists.js';
import { MonthChart } from '../components/month-chart.js';
import { ErrorNote, Loading } from '../components/status.js';
import { href } from '../router.js';
import type { ActorSummary, Page, StatementRow, TimelineRow } from '../types.js';
import { useApi, usePaged } from '../use-api.js';

export interface StatementFilter {
  readonly q: string;
  readonly kind: string;
  readonly since: string;
  readonly until: string;
}

export function FilterForm({
  value,
  onChange,
}: {
  value: StatementFilter;
  onChange: (f: StatementFilter) => void;
}): JSX.Element {
  const [draft, setDraft] = useState(value);
  const set = (k: keyof StatementFilter) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [k]: e.currentTarget.value });
  return (
    <form
      class="inline filters"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft);
      }}
    >
      <label>
        About <input type="search" value={draft.q} onInput={set('q')} placeholder="words" />
      </label>
      <label>
        Kind{' '}
        <select value={draft.kind} onChange={set('kind')}>
          <option value="">any</option>
          <option value="direct">direct</option>
          <option value="indirect">indirect</option>
          <option value="mixed">mixed</option>
          <option value="according-to">according to</option>
        </select>
      </label>
      <label>
        From <input type="date" value={draft.since} onInput={set('since')} />
      </label>
      <label>
        To <input type="date" value={draft.until} onInput={set('until')} />
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

export function ActorPage({ id }: { id: string }): JSX.Element {
  const actor = useApi<ActorSummary>(`/api/actors/${encodeURIComponent(id)}`);
  const [filter, setFilter] = useState<StatementFilter>({ q: '', kind: '', since: '', until: '' });
  const params = { speaker: id, q: filter.q, since: filter.since, until: filter.until };
  const statements = usePaged<StatementRow>(
    `/api/statements${query({ ...params, kind: filter.kind, limit: 25 })}`,
  );
  const timeline = useApi<Page<TimelineRow>>(`/api/timeline${query({ ...params, limit: 1000 })}`);
  const a = actor.data;
  return (
    <div>
      <p class="crumbs">
        <a href="#/">Corpus</a> › Actor
      </p>
      <h1>{a?.name ?? id}</h1>
      <ErrorNote error={actor.error} />
      {a ? (
        <p>
          {[a.type, a.country].filter(Boolean).join(', ')} · {a.statements} statements · {a.mentions} mentions
          in {a.articles} article{a.articles === 1 ? '' : 's'} ·{' '}
          <a href={href(['timeline'], { speaker: a.name })}>on the timeline</a>
        </p>
      ) : null}
      <section aria-labelledby="h-chart">
        <h2 id="h-chart">Statements over time</h2>
        {timeline.loading ? (
          <Loading what="the timeline" />
        ) : (
          <MonthChart dates={(timeline.data?.items ?? []).map((r) => r.date)} label={`Statements by ${id}`} />
        )}
      </section>
      <section aria-labelledby="h-statements">
        <h2 id="h-statements">Statements</h2>
        <FilterForm value={filter} onChange={setFilter} />
        <ErrorNote error={statements.error} />
        <StatementList items={statements.data ?? []} showSpeaker={false} />
        <MoreButton more={statements.more} loading={statements.loading} />
      </section>
      <p class="muted small">
        Acts as actor and as recipient, roles over time and co-occurring actors will show here once the corpus
        links actors across articles (acts and actor identity are other issues).
      </p>
    </div>
  );
}
