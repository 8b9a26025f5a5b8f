/** Lists shared by the views: statements, articles, actors, search snippets, and "Load more". */
import type { JSX } from 'preact';
import { href } from '../router.js';
import type { ActorSummary, ArticleSummary, StatementRow } from '../types.js';

export function statementHref(articleId: number, statementId: string): string {
  return href(['article', String(articleId)], { s: statementId });
}

export function StatementList({
  items,
  showSpeaker = true,
}: {
  items: readonly StatementRow[];
  showSpeaker?: boolean;
}): JSX.Element {
  if (items.length === 0) return <p class="muted">No statements.</p>;
  return (
    <ul class="rows">
      {items.map((s) => (
        <li key={`${s.articleId}:${s.id}`}>
          <div class="row-head">
            {showSpeaker && s.speaker ? (
              <a href={href(['actor', s.speaker.name])} class="speaker">
                {s.speaker.name}
              </a>
            ) : null}{' '}
            <span class={`badge kind-${s.kind}`}>{s.kind}</span>{' '}
            {s.cueClass === 'speech' ? null : <span class="badge">{s.cueClass}</span>}{' '}
            <span class="muted">{s.date ?? s.publishedAt?.slice(0, 10) ?? 'undated'}</span>
          </div>
          <a href={statementHref(s.articleId, s.id)} class="quote">
            {s.content.map((c) => c.text).join(' … ')}
          </a>
          {s.articleTitle ? <div class="muted small">in {s.articleTitle}</div> : null}
        </li>
      ))}
    </ul>
  );
}

export function ArticleList({ items }: { items: readonly ArticleSummary[] }): JSX.Element {
  if (items.length === 0) return <p class="muted">No articles yet: add some.</p>;
  return (
    <ul class="rows">
      {items.map((a) => (
        <li key={a.id}>
          <a href={href(['article', String(a.id)])}>{a.title ?? a.source}</a>
          <div class="muted small">
            {[
              a.site,
              a.publishedAt?.slice(0, 10) ?? 'undated',
              `${a.statementCount} statements`,
              `${a.actorCount} actors`,
            ]
              .filter(Boolean)
              .join(' · ')}
            {a.duplicateOf ? ' · near-duplicate' : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ActorList({ items }: { items: readonly ActorSummary[] }): JSX.Element {
  if (items.length === 0) return <p class="muted">No quoted actors yet.</p>;
  return (
    <ul class="rows">
      {items.map((a) => (
        <li key={a.id}>
          <a href={href(['actor', String(a.id)])} class="speaker">
            {a.name}
          </a>
          <div class="muted small">
            {[a.type, a.country].filter(Boolean).join(', ')} · {a.statements} statements · {a.mentions}{' '}
            mentions · {a.articles} article{a.articles === 1 ? '' : 's'}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ActorTable({ items }: { items: readonly ActorSummary[] }): JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">Type</th>
          <th scope="col">Statements</th>
          <th scope="col">Mentions</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td>
              <a href={href(['actor', String(a.id)])}>{a.name}</a>
            </td>
            <td>{[a.type, a.country].filter(Boolean).join(', ')}</td>
            <td>{a.statements}</td>
            <td>{a.mentions}</td>
            <td>{a.articles}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A snippet whose matched words come between `[` and `]`: those become <strong>, as text nodes only. */
export function Snippet({ text }: { text: string }): JSX.Element {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <span class="snippet">
      {parts.map((p, i) => (/^\[[^\]]*\]$/.test(p) ? <strong key={i}>{p.slice(1, -1)}</strong> : p))}
    </span>
  );
}

export function MoreButton({
  more,
  loading,
}: {
  more: (() => void) | undefined;
  loading: boolean;
}): JSX.Element | null {
  if (!more) return null;
  return (
    <button type="button" class="more" onClick={more} disabled={loading}>
      {loading ? 'Loading…' : 'Load more'}
    </button>
  );
}
