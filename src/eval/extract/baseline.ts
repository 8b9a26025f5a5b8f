/**
 * The reference extractor the issue compares against: plain @mozilla/readability
 * over linkedom, no pre-processing, no fallbacks. Used by `verbatim eval
 * extract-readability` and the extraction bench so both run on the same pages.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractPrediction } from './predict.js';

export function readabilityExtract(html: string): ExtractPrediction {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const date = article?.publishedTime ? /^\d{4}-\d{2}-\d{2}/.exec(article.publishedTime)?.[0] : undefined;
  return {
    text: article?.textContent?.trim() ?? '',
    title: article?.title ?? null,
    author: article?.byline ?? null,
    date: date ?? null,
  };
}
