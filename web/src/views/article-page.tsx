/** A stored article in the Article view; `?s=<statement, act, claim or response id>` focuses its words. */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Analysis } from '../analysis.js';
import { ArticleView } from '../components/article-view.js';
import { ErrorNote, Loading } from '../components/status.js';
import { href } from '../router.js';
import { useApi } from '../use-api.js';

interface StoredArticle {
  readonly id: number;
  readonly site?: string;
  readonly duplicateOf?: number;
  readonly analysis: Analysis;
}

export function ArticlePage({ id, statement }: { id: string; statement: string | null }): JSX.Element {
  const article = useApi<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  useEffect(() => {
    if (!article.data || !statement) return;
    const id = CSS.escape(statement);
    const el = document.querySelector<HTMLElement>(
      ['content', 'act', 'claim', 'response'].map((k) => `mark[data-key="${k}:${id}:0"]`).join(', '),
    );
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [article.data, statement]);
  if (article.loading) return <Loading what="the article" />;
  if (!article.data) return <ErrorNote error={article.error} />;
  return (
    <>
      {article.data.duplicateOf ? (
        <p class="note">
          A near-duplicate of{' '}
          <a href={href(['article', String(article.data.duplicateOf)])}>article {article.data.duplicateOf}</a>
          .
        </p>
      ) : null}
      <ArticleView analysis={article.data.analysis} speakerHref={(name) => href(['actor', name])} />
    </>
  );
}
