/** `verbatim search "<query>"`: ranked articles and statements with highlighted snippets. */
import { checkPublished } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import type { SearchHit } from '../../store/core/types.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { pageOptions, type StoreQueryOptions, withStore, writePage } from './store-io.js';

export interface SearchOptions extends StoreQueryOptions {
  readonly in?: string;
  readonly since?: string;
  readonly until?: string;
}

const SCOPES = ['all', 'articles', 'statements'] as const;

function hitLine(h: SearchHit): string {
  const where =
    h.type === 'article'
      ? `article ${h.articleId}${h.title ? ` “${h.title}”` : ''}`
      : `statement ${h.statementId} (article ${h.articleId})${h.speaker ? ` by ${h.speaker}` : ''}`;
  return `${h.score.toFixed(3)}  ${where}${h.publishedAt ? `, ${h.publishedAt.slice(0, 10)}` : ''}\n    ${h.snippet.replace(/\s+/g, ' ')}`;
}

export async function searchCommand(query: string, options: SearchOptions, io: CliIo): Promise<number> {
  const scope = options.in ?? 'all';
  if (!(SCOPES as readonly string[]).includes(scope)) {
    throw new VerbatimError('E_OPTION_INVALID', `--in '${scope}' is not one of ${SCOPES.join(', ')}`);
  }
  const page = await withStore(options, (store) =>
    store.search({
      q: query,
      in: scope as (typeof SCOPES)[number],
      ...pageOptions(options),
      ...(options.since ? { since: checkPublished(options.since) } : {}),
      ...(options.until ? { until: checkPublished(options.until) } : {}),
    }),
  );
  writePage(io, page, options.format, hitLine);
  return EXIT_OK;
}
