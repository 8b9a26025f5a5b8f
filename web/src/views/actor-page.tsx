/**
 * An actor across the corpus: type, country and counts, statements per month (chart), the statements
 * themselves (filtered by words, kind and dates), its acts as actor and as recipient, and the actors most
 * often named in the same articles.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { query } from '../api.js';
import { ActList } from '../components/act-list.js';
import { MoreButton, StatementList } from '../components/lists.js';
import { MonthChart } from '../components/month-chart.js';
import { ErrorNote, Loading } from '../components/status.js';
import { href } from '../router.js';
import type { ActorSummary, ActRow, CoActor, Page, StatementRow, TimelineRow } from '../types.js';
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
  const actsBy = usePaged<ActRow>(`/api/acts${query({ actor: id, role: 'actor', limit: 10 })}`);
  const actsOn = usePaged<ActRow>(`/api/acts${query({ actor: id, role: 'recipient', limit: 10 })}`);
  const peers = useApi<{ items: CoActor[] }>(
    `/api/actors/${encodeURIComponent(id)}/co-occurring${query({ limit: 15 })}`,
  );
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
      <div class="columns">
        <section aria-labelledby="h-acts-by">
          <h2 id="h-acts-by">Acts as actor</h2>
          <ErrorNote error={actsBy.error} />
          <ActList items={actsBy.data ?? []} />
          <MoreButton more={actsBy.more} loading={actsBy.loading} />
        </section>
        <section aria-labelledby="h-acts-on">
          <h2 id="h-acts-on">Acts as recipient</h2>
          <ErrorNote error={actsOn.error} />
          <ActList items={actsOn.data ?? []} />
          <MoreButton more={actsOn.more} loading={actsOn.loading} />
        </section>
      </div>
      <section aria-labelledby="h-peers">
        <h2 id="h-peers">Often named with</h2>
        <ErrorNote error={peers.error} />
        {peers.data && peers.data.items.length === 0 ? <p class="muted">No other actors yet.</p> : null}
        <ul class="chips">
          {(peers.data?.items ?? []).map((p) => (
            <li key={p.name}>
              <a href={href(['actor', p.name])}>{p.name}</a>{' '}
              <span class="muted small">
                {p.articles} article{p.articles === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
