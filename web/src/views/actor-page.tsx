/**
 * A corpus actor (by number or name): names as written, codes and roles over time, its timeline (chart and
 * entries), its statements (filtered by words, kind and dates), its acts as actor and as recipient, and the
 * actors most often named in the same articles.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { query } from '../api.js';
import { ActList } from '../components/act-list.js';
import { CueSelect, cueParam, DEFAULT_CUE } from '../components/cue-select.js';
import { EntryTimeline } from '../components/entry-timeline.js';
import { MoreButton, StatementList } from '../components/lists.js';
import { MonthChart } from '../components/month-chart.js';
import { PeriodList } from '../components/periods.js';
import { ErrorNote, Loading } from '../components/status.js';
import { href } from '../router.js';
import type { ActorDetail, ActRow, CoActor, Page, StatementRow, TimelineEntry } from '../types.js';
import { useApi, usePaged } from '../use-api.js';

export interface StatementFilter {
  readonly q: string;
  readonly kind: string;
  /** A cue class, or ANY_CUE. */
  readonly cue: string;
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
      <CueSelect value={draft.cue} onChange={(cue) => setDraft({ ...draft, cue })} />
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

/**
 * The name to find the actor's statements and acts by (those filters match a name or a part of it): the
 * shortest name the articles use that every other name holds (`Trump` for Donald Trump, Donald J. Trump and
 * Trump), else the actor's own name.
 */
export function speakerKey(actor: ActorDetail): string {
  const names = actor.names.map((n) => n.name);
  const shortest = [...names].sort((a, b) => a.length - b.length)[0];
  if (shortest && names.every((n) => n.toLowerCase().includes(shortest.toLowerCase()))) return shortest;
  return actor.name;
}

export function ActorPage({ id }: { id: string }): JSX.Element {
  const actor = useApi<ActorDetail>(`/api/actors/${encodeURIComponent(id)}`);
  return (
    <div>
      <p class="crumbs">
        <a href="#/actors">Actors</a> › Actor
      </p>
      {actor.loading ? <Loading what="the actor" /> : null}
      <ErrorNote error={actor.error} />
      {actor.data ? <ActorBody a={actor.data} /> : null}
    </div>
  );
}

function ActorBody({ a }: { a: ActorDetail }): JSX.Element {
  const name = speakerKey(a);
  const [filter, setFilter] = useState<StatementFilter>({
    q: '',
    kind: '',
    cue: DEFAULT_CUE,
    since: '',
    until: '',
  });
  const params = { speaker: name, q: filter.q, since: filter.since, until: filter.until };
  const statements = usePaged<StatementRow>(
    `/api/statements${query({ ...params, kind: filter.kind, cue: cueParam(filter.cue), limit: 25 })}`,
  );
  const timeline = useApi<Page<TimelineEntry>>(`/api/actors/${a.id}/timeline`);
  const actsBy = usePaged<ActRow>(`/api/acts${query({ actor: name, role: 'actor', limit: 10 })}`);
  const actsOn = usePaged<ActRow>(`/api/acts${query({ actor: name, role: 'recipient', limit: 10 })}`);
  const peers = useApi<{ items: CoActor[] }>(`/api/actors/${a.id}/co-occurring${query({ limit: 15 })}`);
  const others = a.names.filter((n) => n.name !== a.name);
  return (
    <>
      <h1>{a.name}</h1>
      <p>
        {[a.type, a.country, a.sector].filter(Boolean).join(', ')} · {a.statements} statements · {a.mentions}{' '}
        mentions in {a.articles} article{a.articles === 1 ? '' : 's'} ·{' '}
        <a href={href(['timeline'], { actor: String(a.id) })}>on the timeline</a>
      </p>
      {others.length ? (
        <p class="aliases">
          Also written:{' '}
          {others.map((n, i) => (
            <span key={n.name}>
              {i > 0 ? ', ' : ''}
              {n.name} <span class="muted small">({n.articles})</span>
            </span>
          ))}
        </p>
      ) : null}
      <section aria-labelledby="h-roles">
        <h2 id="h-roles">Roles over time</h2>
        <h3>Codes (country and sector, at each article's date)</h3>
        <PeriodList periods={a.codePeriods} empty="No dated articles give codes." />
        <h3>Stated roles</h3>
        <PeriodList periods={a.rolePeriods} empty="No dated article states a role." />
      </section>
      <section aria-labelledby="h-chart">
        <h2 id="h-chart">Timeline</h2>
        {timeline.loading ? <Loading what="the timeline" /> : null}
        <ErrorNote error={timeline.error} />
        {timeline.data ? (
          <>
            <MonthChart
              dates={timeline.data.items.flatMap((e) => (e.kind === 'statement' && e.date ? [e.date] : []))}
              label={`Statements by ${a.name}`}
            />
            <details class="entries-box">
              <summary>
                Statements, stated roles and acts in date order ({timeline.data.items.length})
              </summary>
              <EntryTimeline items={timeline.data.items} showActor={false} />
            </details>
          </>
        ) : null}
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
    </>
  );
}
