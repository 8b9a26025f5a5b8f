/** The corpus at a glance: counts, a search box, running jobs, newest articles, most-quoted actors, newest statements. */
import type { JSX } from 'preact';
import { JobList } from '../components/job-progress.js';
import { ActorList, ArticleList, StatementList } from '../components/lists.js';
import { SearchBox } from '../components/search-box.js';
import { ErrorNote, Loading } from '../components/status.js';
import type { ActorSummary, ArticleSummary, Page, StatementRow, Stats } from '../types.js';
import { useApi } from '../use-api.js';

/** Actors listed as most quoted. */
const QUOTED_SHOWN = 12;

export function OverviewView(): JSX.Element {
  const stats = useApi<Stats>('/api/stats');
  const articles = useApi<Page<ArticleSummary>>('/api/articles?limit=12');
  // The store ranks actors by mentions; the most quoted are the top of a larger page ranked by statements.
  const actors = useApi<Page<ActorSummary>>('/api/actors?limit=300');
  const quoted = [...(actors.data?.items ?? [])]
    .filter((a) => a.statements > 0)
    .sort((a, b) => b.statements - a.statements || b.mentions - a.mentions)
    .slice(0, QUOTED_SHOWN);
  const statements = useApi<Page<StatementRow>>('/api/statements?limit=8');
  const s = stats.data;
  return (
    <div>
      <h1>Corpus</h1>
      <ErrorNote error={stats.error} />
      {s ? (
        <p class="stats">
          <strong>{s.articles}</strong> articles · <strong>{s.statements}</strong> statements ·{' '}
          <strong>{s.actors}</strong> actors (counted per article) · {s.duplicates} near-duplicates ·{' '}
          {s.errors} failed inputs
        </p>
      ) : null}
      <SearchBox />
      <JobList />
      <div class="grid-3">
        <section aria-labelledby="h-articles">
          <h2 id="h-articles">Newest articles</h2>
          {articles.loading ? (
            <Loading what="articles" />
          ) : (
            <ArticleList items={articles.data?.items ?? []} />
          )}
        </section>
        <section aria-labelledby="h-actors">
          <h2 id="h-actors">Most quoted actors</h2>
          {actors.loading ? <Loading what="actors" /> : <ActorList items={quoted} />}
        </section>
        <section aria-labelledby="h-statements">
          <h2 id="h-statements">Newest statements</h2>
          {statements.loading ? (
            <Loading what="statements" />
          ) : (
            <StatementList items={statements.data?.items ?? []} />
          )}
        </section>
      </div>
    </div>
  );
}
