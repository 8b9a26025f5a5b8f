/** Every actor in the corpus, most mentioned first, filtered by name, type and country. */
import type { JSX } from 'preact';
import { query } from '../api.js';
import { FilterForm } from '../components/filter-form.js';
import { ActorTable, MoreButton } from '../components/lists.js';
import { ErrorNote } from '../components/status.js';
import type { ActorSummary } from '../types.js';
import { usePaged } from '../use-api.js';

const TYPES = ['', 'person', 'organisation', 'country', 'place', 'group'];

export function ActorsView({ params }: { params: URLSearchParams }): JSX.Element {
  const name = params.get('name') ?? '';
  const type = params.get('type') ?? '';
  const actors = usePaged<ActorSummary>(`/api/actors${query({ name, type, limit: 50 })}`);
  return (
    <div>
      <h1>Actors</h1>
      <FilterForm route={['actors']}>
        <label>
          Name <input name="name" type="search" defaultValue={name} />
        </label>
        <label>
          Type{' '}
          <select name="type" defaultValue={type}>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t || 'any'}
              </option>
            ))}
          </select>
        </label>
      </FilterForm>
      <ErrorNote error={actors.error} />
      <ActorTable items={actors.data ?? []} />
      <MoreButton more={actors.more} loading={actors.loading} />
    </div>
  );
}
