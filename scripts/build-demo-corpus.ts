/**
 * Builds the demo corpus that `npm start` ingests on first start: the 16 GUM news documents (Wikinews,
 * CC BY 2.5) from ../shared/data/actors/gum-news, detokenised back into readable articles, one small HTML page
 * each in examples/demo/gum-news/ (so the outlet and the publication date travel as page metadata), with
 * ATTRIBUTION.md beside them. Run once; the output is committed.
 *
 * GUM keeps only tokens, so the spacing is rebuilt with the usual English rules: no space before closing
 * punctuation and clitics, none after opening brackets, quotes paired open/close, word-internal hyphens
 * joined. The first sentence is the headline; the second, Wikinews' date line ("Friday, August 21, 2015"),
 * also becomes the page's `article:published_time`.
 *
 *   npx tsx scripts/build-demo-corpus.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWebAnnoTsv } from '../src/formats/gum.js';

const SOURCE = new URL('../../shared/data/actors/gum-news/tsv/', import.meta.url);
const OUT = new URL('../examples/demo/gum-news/', import.meta.url);

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’']);

/** Joins one sentence's tokens with English spacing; `open` carries open quotes across sentences. */
export function detokenize(tokens: readonly string[], open: Map<string, boolean>): string {
  let out = '';
  let glueNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let space = out.length > 0 && !glueNext;
    glueNext = false;
    if (QUOTES.has(t)) {
      const kind = t === '“' || t === '”' ? '"' : t === '‘' || t === '’' ? "'" : t;
      const isOpen = !open.get(kind);
      open.set(kind, isOpen);
      if (isOpen) glueNext = true;
      else space = false;
    } else if (NO_SPACE_BEFORE.test(t)) {
      space = false;
    } else if (t === '-' && /\w$/.test(out) && /^\w/.test(tokens[i + 1] ?? '')) {
      space = false;
      glueNext = true;
    }
    if (NO_SPACE_AFTER.test(t)) glueNext = true;
    out += (space ? ' ' : '') + t;
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function page(headline: string, dateLine: string, isoDate: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(headline)}</title>`,
    '<meta property="og:site_name" content="Wikinews">',
    `<meta property="article:published_time" content="${isoDate}">`,
    '<meta name="license" content="CC BY 2.5 (Wikinews, via the GUM corpus)">',
    '</head><body><article>',
    `<p><time datetime="${isoDate}">${escapeHtml(dateLine)}</time></p>`,
    ...body.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article></body></html>',
    '',
  ].join('\n');
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const names = readdirSync(SOURCE).filter((n) => n.endsWith('.tsv'));
  for (const name of names) {
    const doc = readWebAnnoTsv(readFileSync(new URL(name, SOURCE), 'utf8'), name);
    const open = new Map<string, boolean>();
    const paragraphs: string[] = [];
    let current = '';
    for (const [s, e] of doc.sentences) {
      current +=
        (current ? ' ' : '') +
        detokenize(
          doc.tokens.slice(s, e).map((t) => t.text),
          open,
        );
      // A new paragraph after each sentence, except inside a quotation that goes on.
      if (![...open.values()].some(Boolean)) {
        paragraphs.push(current);
        current = '';
      }
    }
    if (current) paragraphs.push(current);
    const [headline = '', dateLine = '', ...body] = paragraphs;
    const date = new Date(`${dateLine} 12:00 UTC`);
    if (Number.isNaN(date.getTime())) throw new Error(`${name}: no date in '${dateLine}'`);
    const slug = name.replace(/^GUM_news_/, '').replace(/\.tsv$/, '');
    writeFileSync(
      join(OUT.pathname, `${slug}.html`),
      page(headline, dateLine, date.toISOString().slice(0, 10), body),
    );
  }
  console.log(`wrote ${names.length} articles to ${OUT.pathname}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
