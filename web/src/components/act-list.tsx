/** Acts as rows: who → TYPE → whom, when, and the clause it was read from (a link to the act in its article). */
import type { JSX } from 'preact';
import { href } from '../router.js';
import type { ActParticipant, ActRow } from '../types.js';

function Names({ people }: { people: readonly ActParticipant[] }): JSX.Element {
  if (people.length === 0) return <span class="muted">—</span>;
  return (
    <>
      {people.map((p, i) => (
        <span key={`${p.name}:${i}`}>
          {i > 0 ? ' + ' : ''}
          <a href={href(['actor', p.name])}>{p.name}</a>
        </span>
      ))}
    </>
  );
}

export function ActList({ items }: { items: readonly ActRow[] }): JSX.Element {
  if (items.length === 0) return <p class="muted">No acts.</p>;
  return (
    <ul class="rows">
      {items.map((a) => (
        <li key={`${a.articleId}:${a.id}`}>
          <div class="row-head">
            <Names people={a.actors} /> <span class="badge act-type">{a.type}</span>
            {a.negated ? <span class="muted"> (negated)</span> : null}{' '}
            {a.reciprocal ? <span class="muted">with each other</span> : <Names people={a.recipients} />}{' '}
            <span class="muted">{a.date?.value ?? a.publishedAt?.slice(0, 10) ?? 'undated'}</span>
          </div>
          <a href={href(['article', String(a.articleId)], { s: a.id })} class="quote">
            {a.evidence.text}
          </a>
          {a.articleTitle ? <div class="muted small">in {a.articleTitle}</div> : null}
        </li>
      ))}
    </ul>
  );
}
