/** `verbatim article <id|doc id|url>`: the stored analysis, in the same formats as `analyze` (report, json, jsonl). */
import { VerbatimError } from '../../model/errors.js';
import { type CliIo, EXIT_OK } from '../io.js';
import { withStore } from './store-io.js';

export interface ArticleOptions {
  readonly db?: string;
  readonly format?: string;
}

const FORMATS = ['report', 'json', 'jsonl'] as const;

export async function articleCommand(ref: string, options: ArticleOptions, io: CliIo): Promise<number> {
  const format = options.format ?? 'report';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new VerbatimError('E_OPTION_INVALID', `unknown format '${format}'`, {
      hint: `use one of: ${FORMATS.join(', ')}`,
    });
  }
  const article = await withStore(options, (store) => store.article(ref));
  if (!article) {
    throw new VerbatimError(
      'E_STORE_RECORD_NOT_FOUND',
      `no stored article with id, document id or URL '${ref}'`,
    );
  }
  if (format !== 'report') {
    io.stdout.write(`${JSON.stringify(article.analysis, null, format === 'json' ? 2 : undefined)}\n`);
    return EXIT_OK;
  }
  // The report is rebuilt from the stored analysis: the same stages' report sections over the same layers.
  const { reportFromAnalysis } = await import('./article-report.js');
  io.stdout.write(await reportFromAnalysis(article.analysis));
  return EXIT_OK;
}
