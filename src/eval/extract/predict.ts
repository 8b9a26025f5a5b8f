/**
 * `verbatim predict extract IN_DIR OUT.json`: every `<id>.html[.gz]` page →
 * `{"<id>": {"text", "title", "author", "date"}}` (date as `YYYY-MM-DD` when known).
 * `text` is the article body without the headline, as the benchmarks' gold is.
 */
import { writeFile } from 'node:fs/promises';
import { extractArticle } from '../../ingest/html/extract.js';
import { readHtmlFile } from '../../ingest/html/read-page.js';
import { CONTENT_BLOCK_KINDS } from '../../model/document.js';
import { asVerbatimError } from '../../model/errors.js';
import { listPages } from './layouts.js';

export interface ExtractPrediction {
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

export type Extractor = (html: string) => ExtractPrediction;

export function verbatimExtract(html: string): ExtractPrediction {
  const a = extractArticle(html);
  const body = a.blocks
    .filter((b) => b.kind !== 'headline' && b.kind !== 'caption' && CONTENT_BLOCK_KINDS.has(b.kind))
    .map((b) => a.text.slice(b.start, b.end))
    .join('\n');
  return {
    text: body,
    title: a.meta.title ?? null,
    author: a.meta.authors?.join(', ') ?? null,
    date: a.meta.publishedAt?.slice(0, 10) ?? null,
  };
}

export async function predictPage(path: string, extractor: Extractor): Promise<ExtractPrediction> {
  const { html } = await readHtmlFile(path);
  return extractor(html);
}

export async function predictDir(input: string, output: string, extractor: Extractor): Promise<void> {
  const out: Record<string, ExtractPrediction> = {};
  for (const page of listPages(input)) {
    try {
      out[page.id] = await predictPage(page.path, extractor);
    } catch (error) {
      process.stderr.write(`error: ${asVerbatimError(error, page.path).toLine()}\n`);
    }
  }
  await writeFile(output, `${JSON.stringify(out, null, 1)}\n`);
}
