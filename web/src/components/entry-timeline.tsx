/**
 * A timeline of an actor or a story (statements, stated roles, acts), oldest first: each entry with its date
 * and how the date was found (stated in the text, or the article's day), linked to its words in the article.
 */
import type { JSX } from 'preact';
import { href } from '../router.js';
import type { TimelineEntry } from '../types.js';

function entryHref(e: TimelineEntry): string {
  return href(['article', String(e.articleId)], e.recordId ? { s: e.recordId } : undefined);
}

export function EntryTimeline({
  items,
  showActor = true,
}: {
  items: readonly TimelineEntry[];
  showActor?: boolean;
}): JSX.Element {
  if (items.length === 0) return <p class="muted">Nothing on the timeline yet.</p>;
  return (
    <ol class="timeline entries">
      {items.map((e, i) => (
        <li key={`${e.articleId}:${e.recordId ?? e.text}:${i}`} data-kind={e.kind}>
          <time dateTime={e.date}>{e.date ?? 'undated'}</time>{' '}
          <span class="muted small" title="how the date was found">
            ({e.basis})
          </span>{' '}
          <span class={`badge entry-${e.kind}`}>
            {e.kind === 'statement' ? (e.detail ?? e.kind) : e.kind}
          </span>{' '}
          {showActor && e.actor ? <a href={href(['actor', e.actor])}>{e.actor}</a> : null}{' '}
          {e.kind === 'act' ? <strong class="act-type">{e.text}</strong> : null}{' '}
          <a href={entryHref(e)} class="quote">
            {e.kind === 'statement' ? e.text : (e.span?.text ?? e.text)}
          </a>
        </li>
      ))}
    </ol>
  );
}
