/** One story: its articles in time order, its key actors and its timeline (statements, oldest first). */
import type { JSX } from 'preact';
import { EntryTimeline } from '../components/entry-timeline.js';
import { MonthChart } from '../components/month-chart.js';
import { ErrorNote, Loading } from '../components/status.js';
import { href } from '../router.js';
import type { Page, StoryDetail, TimelineEntry } from '../types.js';
import { useApi } from '../use-api.js';

export function StoryPage({ id }: { id: string }): JSX.Element {
  const story = useApi<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  const timeline = useApi<Page<TimelineEntry>>(`/api/stories/${encodeURIComponent(id)}/timeline`);
  const s = story.data;
  return (
    <div>
      <p class="crumbs">
        <a href="#/stories">Stories</a> › Story
      </p>
      {story.loading ? <Loading what="the story" /> : null}
      <ErrorNote error={story.error} />
      {s ? (
        <>
          <h1>{s.label}</h1>
          <p>
            {s.articles} article{s.articles === 1 ? '' : 's'}
            {s.firstDay ? ` · ${s.firstDay === s.lastDay ? s.firstDay : `${s.firstDay} – ${s.lastDay}`}` : ''}{' '}
            · <a href={href(['timeline'], { story: String(s.id) })}>on the timeline</a>
          </p>
          <div class="columns">
            <section aria-labelledby="h-story-articles">
              <h2 id="h-story-articles">Articles, in time order</h2>
              <ol class="rows story-articles">
                {s.articleList.map((a) => (
                  <li key={a.id}>
                    <a href={href(['article', String(a.id)])}>{a.title ?? `article ${a.id}`}</a>
                    <div class="muted small">
                      {[a.publishedAt?.slice(0, 10) ?? 'undated', a.site, `${a.statementCount} statements`]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="h-story-actors">
              <h2 id="h-story-actors">Key actors</h2>
              <ul class="chips key-actors">
                {s.keyActors.map((a) => (
                  <li key={a.id}>
                    <a href={href(['actor', String(a.id)])}>{a.name}</a>{' '}
                    <span class="muted small">
                      {a.type} · {a.articles} article{a.articles === 1 ? '' : 's'}, {a.mentions} mentions
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      ) : null}
      <section aria-labelledby="h-story-timeline">
        <h2 id="h-story-timeline">Timeline</h2>
        <ErrorNote error={timeline.error} />
        {timeline.loading ? <Loading what="the timeline" /> : null}
        {timeline.data ? (
          <>
            <MonthChart
              dates={timeline.data.items.flatMap((e) => (e.date ? [e.date] : []))}
              label="Statements in this story"
            />
            <EntryTimeline items={timeline.data.items} />
          </>
        ) : null}
      </section>
    </div>
  );
}
