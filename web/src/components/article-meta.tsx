/** An article's metadata: outlet, date (and where it came from), byline, address. */
import type { JSX } from 'preact';
import type { ArticleMeta } from '../analysis.js';

/** Only web addresses become links: an article's `javascript:` or `data:` URL stays plain text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function ArticleMetaList({ meta, id }: { meta: ArticleMeta; id: string }): JSX.Element {
  const link = safeHttpUrl(meta.url);
  return (
    <dl class="meta">
      {meta.site ? (
        <>
          <dt>Outlet</dt>
          <dd>{meta.site}</dd>
        </>
      ) : null}
      <dt>Published</dt>
      <dd>
        {meta.publishedAt ?? 'unknown'}
        {meta.publishedAtBasis ? <span class="muted"> (from {meta.publishedAtBasis})</span> : null}
      </dd>
      {meta.authors?.length ? (
        <>
          <dt>Byline</dt>
          <dd>{meta.authors.join(', ')}</dd>
        </>
      ) : null}
      <dt>Source</dt>
      <dd class="break">
        {link ? (
          <a href={link} rel="noopener noreferrer nofollow" target="_blank">
            {link}
          </a>
        ) : (
          (meta.url ?? meta.source ?? 'unknown')
        )}
      </dd>
      <dt>Document</dt>
      <dd>
        <code>{id}</code>
      </dd>
    </dl>
  );
}
