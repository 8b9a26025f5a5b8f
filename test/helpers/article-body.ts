/** The paragraphs and headings HTML extraction keeps, one per line: what body-rule tests compare. */
import { extractArticle } from '../../src/ingest/html/extract.js';

export function articleBody(html: string): string {
  const a = extractArticle(html);
  return a.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading')
    .map((b) => a.text.slice(b.start, b.end))
    .join('\n');
}
