/** Full-text search over articles and statements, ranked, with highlighted snippets. */
import type { JSX } from 'preact';
import { query } from '../api.js';
import { MoreButton, Snippet, statementHref } from '../components/lists.js';
import { SearchBox } from '../components/search-box.js';
import { ErrorNote } from '../components/status.js';
import { href } from '../router.js';
import type { SearchHit } from '../types.js';
import { usePaged } from '../use-api.js';

export function SearchView({ q, scope }: { q: string; scope: string }): JSX.Element {
  const hits = usePaged<SearchHit>(`/api/search${query({ q, in: scope || undefined, limit: 20 })}`);
  return (
    <div>
      <h1>Search</h1>
      <SearchBox key={q} initial={q} />
      <nav class="tabs" aria-label="Search in">
        {[
          ['', 'All'],
          ['articles', 'Articles'],
          ['statements', 'Statements'],
        ].map(([value, label]) => (
          <a
            key={value}
            href={href(['search'], { q, in: value })}
            aria-current={scope === value ? 'page' : undefined}
          >
            {label}
          </a>
        ))}
      </nav>
      <ErrorNote error={hits.error} />
      {!hits.loading && hits.data?.length === 0 ? <p class="muted">Nothing found for “{q}”.</p> : null}
      <ol class="rows hits">
        {(hits.data ?? []).map((h) => (
          <li key={`${h.type}:${h.articleId}:${h.statementId ?? ''}`}>
            <div class="row-head">
              <span class="badge">{h.type}</span>{' '}
              <a
                href={
                  h.statementId
                    ? statementHref(h.articleId, h.statementId)
                    : href(['article', String(h.articleId)])
                }
              >
                {h.type === 'statement'
                  ? (h.speaker ?? 'unattributed')
                  : (h.title ?? `article ${h.articleId}`)}
              </a>{' '}
              <span class="muted">{h.publishedAt?.slice(0, 10)}</span>
            </div>
            <Snippet text={h.snippet} />
            {h.type === 'statement' && h.title ? <div class="muted small">in {h.title}</div> : null}
          </li>
        ))}
      </ol>
      <MoreButton more={hits.more} loading={hits.loading} />
    </div>
  );
}
