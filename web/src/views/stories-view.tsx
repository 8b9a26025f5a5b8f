/** Stories: articles about the same event grouped across outlets and days, largest first. */
import type { JSX } from 'preact';
import { query } from '../api.js';
import { FilterForm } from '../components/filter-form.js';
import { MoreButton } from '../components/lists.js';
import { ErrorNote } from '../components/status.js';
import { href } from '../router.js';
import type { StorySummary } from '../types.js';
import { usePaged } from '../use-api.js';

export function StoriesView({ params }: { params: URLSearchParams }): JSX.Element {
  const min = params.get('min') ?? '';
  const stories = usePaged<StorySummary>(`/api/stories${query({ min, limit: 50 })}`);
  const items = stories.data ?? [];
  return (
    <div>
      <h1>Stories</h1>
      <p class="muted">
        An article joins a story when it shares key actors with one of the story's articles within a few days.
      </p>
      <FilterForm route={['stories']}>
        <label>
          At least{' '}
          <select name="min" defaultValue={min}>
            <option value="">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
            <option value="5">5</option>
          </select>{' '}
          articles
        </label>
      </FilterForm>
      <ErrorNote error={stories.error} />
      <ul class="rows stories">
        {items.map((s) => (
          <li key={s.id}>
            <a href={href(['story', String(s.id)])}>{s.label}</a>
            <div class="muted small">
              {s.articles} article{s.articles === 1 ? '' : 's'}
              {s.firstDay
                ? ` · ${s.firstDay === s.lastDay ? s.firstDay : `${s.firstDay} – ${s.lastDay}`}`
                : ''}
            </div>
          </li>
        ))}
      </ul>
      {!stories.loading && items.length === 0 ? <p class="muted">No stories match.</p> : null}
      <MoreButton more={stories.more} loading={stories.loading} />
    </div>
  );
}
