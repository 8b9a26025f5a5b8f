/** Runs of a value over time (codes, roles) as a sequence: `USA GOV 2017-07-21 – 2019-06-29 → USA ELI 2024-11-12 → …`. */
import type { JSX } from 'preact';
import { href } from '../router.js';
import type { Period } from '../types.js';

function span(p: Period): string {
  return p.from === p.to ? p.from : `${p.from} – ${p.to}`;
}

export function PeriodList({ periods, empty }: { periods: readonly Period[]; empty: string }): JSX.Element {
  if (periods.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ol class="periods">
      {periods.map((p, i) => (
        <li key={`${p.value}:${p.from}`}>
          {i > 0 ? (
            <span class="arrow" aria-hidden="true">
              →{' '}
            </span>
          ) : null}
          <strong class="period-value">{p.value}</strong> <time dateTime={p.from}>{span(p)}</time>
          {p.titles?.length ? <span class="muted"> ({p.titles.join(', ')})</span> : null}{' '}
          <span class="small">
            {p.articleIds.map((id, j) => (
              <span key={id}>
                {j > 0 ? ', ' : ''}
                <a href={href(['article', String(id)])} aria-label={`article ${id}`}>
                  #{id}
                </a>
              </span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
