/**
 * The timeline across the corpus: dated statements, oldest first, with a chart, filtered by speaker and words;
 * or the timeline of one corpus actor (`?actor=<id>`: statements, stated roles, acts) or of one story
 * (`?story=<id>`).
 */
import type { JSX } from 'preact';
import { query } from '../api.js';
import { CueSelect, cueParam, DEFAULT_CUE } from '../components/cue-select.js';
import { EntryTimeline } from '../components/entry-timeline.js';
import { FilterForm } from '../components/filter-form.js';
import { MoreButton, statementHref } from '../components/lists.js';
import { MonthChart } from '../components/month-chart.js';
import { ErrorNote } from '../components/status.js';
import { href } from '../router.js';
import type { ActorDetail, MonthCount, Page, StoryDetail, TimelineEntry, TimelineRow } from '../types.js';
import { useApi, usePaged } from '../use-api.js';

export function TimelineView({ params }: { params: URLSearchParams }): JSX.Element {
  const actor = params.get('actor');
  const story = params.get('story');
  if (actor) return <OneTimeline kind="actors" id={actor} />;
  if (story) return <OneTimeline kind="stories" id={story} />;
  return <CorpusTimeline params={params} />;
}

/** The timeline of one actor or one story, with a chart of its dated entries. */
function OneTimeline({ kind, id }: { kind: 'actors' | 'stories'; id: string }): JSX.Element {
  const base = `/api/${kind}/${encodeURIComponent(id)}`;
  const head = useApi<ActorDetail | StoryDetail>(base);
  const rows = useApi<Page<TimelineEntry>>(`${base}/timeline`);
  const title = head.data ? ('label' in head.data ? head.data.label : head.data.name) : id;
  const items = rows.data?.items ?? [];
  const back = kind === 'actors' ? href(['actor', id]) : href(['story', id]);
  return (
    <div>
      <h1>Timeline: {title}</h1>
      <p>
        <a href={back}>{kind === 'actors' ? 'the actor' : 'the story'}</a> ·{' '}
        <a href="#/timeline">the whole corpus</a>
      </p>
      <ErrorNote error={head.error ?? rows.error} />
      <MonthChart
        dates={items.flatMap((e) => (e.kind === 'statement' && e.date ? [e.date] : []))}
        label={`Statements of ${title}`}
      />
      <EntryTimeline items={items} showActor={kind === 'stories'} />
    </div>
  );
}

function CorpusTimeline({ params }: { params: URLSearchParams }): JSX.Element {
  const speaker = params.get('speaker') ?? '';
  const q = params.get('q') ?? '';
  const cueValue = params.get('cue') ?? DEFAULT_CUE;
  const cue = cueParam(cueValue);
  const rows = usePaged<TimelineRow>(`/api/timeline${query({ speaker, q, cue, limit: 200 })}`);
  // The chart counts every matching statement, not only the page listed below it.
  const months = useApi<MonthCount[]>(`/api/timeline/months${query({ speaker, q, cue })}`);
  const items = rows.data ?? [];
  return (
    <div>
      <h1>Timeline{speaker ? `: ${speaker}` : ''}</h1>
      <FilterForm route={['timeline']}>
        <CueSelect name="cue" value={cueValue} />
        <label>
          Speaker <input name="speaker" defaultValue={speaker} />
        </label>
        <label>
          About <input name="q" type="search" defaultValue={q} />
        </label>
      </FilterForm>
      <ErrorNote error={rows.error ?? months.error} />
      {months.data ? <MonthChart months={months.data} label="Statements per month" /> : null}
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
