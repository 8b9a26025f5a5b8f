/**
 * HTML page → analyser input: the extracted article text, its blocks (with
 * ids, and credits on captions) and the page's metadata. The publication date
 * found in the page is marked `publishedAtSource: 'metadata'`.
 */
import type { AnalyzeInput } from '../../analyzer.js';
import type { Block, DocumentMeta } from '../../model/document.js';
import { VerbatimError } from '../../model/errors.js';
import { documentId, recordId } from '../../model/ids.js';
import { findCredit } from '../text/credit.js';
import { type ExtractedArticle, extractArticle } from './extract.js';

export interface HtmlInputOptions {
  readonly url?: string;
  /** Path or URL the page was read from. */
  readonly source?: string;
  readonly encoding?: string;
  readonly warnings?: readonly string[];
}

export function htmlInput(html: string, options: HtmlInputOptions = {}): AnalyzeInput {
  const article = extractArticle(html, options.url ? { url: options.url } : {});
  return articleInput(article, options);
}

export function articleInput(article: ExtractedArticle, options: HtmlInputOptions = {}): AnalyzeInput {
  const where = options.source ? { file: options.source } : {};
  if (article.text.length === 0 || article.text.length === article.bodyStart) {
    throw new VerbatimError('E_INPUT_EMPTY', 'no article text found in the page', {
      ...where,
      hint: 'the page may need JavaScript to show its text, or be a listing page; save the article page itself',
    });
  }
  const text = article.text;
  const id = documentId(text);
  const blocks: Block[] = article.blocks.map((b) => {
    const credit = b.kind === 'caption' ? findCredit(text, b.start, b.end) : undefined;
    return {
      id: recordId('blk', id, b.start, b.end),
      kind: b.kind,
      start: b.start,
      end: b.end,
      text: text.slice(b.start, b.end),
      ...(credit ? { credit } : {}),
      ...(b.kind === 'boilerplate' && b.reason ? { reason: b.reason } : {}),
    };
  });
  const m = article.meta;
  const meta: DocumentMeta = {
    ...(options.source ? { source: options.source } : {}),
    ...(m.url || options.url ? { url: options.url ?? m.url } : {}),
    ...(m.title ? { title: m.title } : {}),
    ...(m.authors?.length ? { authors: m.authors } : {}),
    ...(m.publishedAt ? { publishedAt: m.publishedAt, publishedAtSource: 'metadata' as const } : {}),
    ...(m.site ? { site: m.site } : {}),
    ...(m.language ? { language: m.language } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
  return { text, meta, blocks, warnings: [...(options.warnings ?? [])] };
}
