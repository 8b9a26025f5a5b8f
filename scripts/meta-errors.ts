/**
 * Date and author misses of HTML extraction on the two dev sets, with the
 * candidates each page offers, to group misses by cause:
 * `npx tsx scripts/meta-errors.ts wcxb|trafilatura OUT.json [BASE.json]`.
 * Each row: id, gold vs ours for date and author, and the candidates found
 * (JSON-LD datePublished/dateModified/author, date and author metas, `<time>`
 * elements, URL dates, the text after the h1, byline-like elements). With
 * BASE.json (an earlier OUT.json) it prints pages gained and lost per field.
 * Reads ../shared/data (or VERBATIM_DATA); writes only OUT.json (keep it
 * outside the repository).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTrafilatura, readWcxb } from '../src/eval/extract/layouts.js';
import { normalizeSpace } from '../src/eval/extract/metrics.js';
import { verbatimExtract } from '../src/eval/extract/predict.js';
import { parseDocument } from '../src/ingest/html/content.js';
import { dateFromUrl } from '../src/ingest/html/dates.js';
import { readJsonLd } from '../src/ingest/html/json-ld.js';
import { readMetadata } from '../src/ingest/html/metadata.js';
import { stripNonContent } from '../src/ingest/html/prepare.js';
import { readHtmlFile } from '../src/ingest/html/read-page.js';

const DATA = process.env.VERBATIM_DATA ?? join(import.meta.dirname, '../../shared/data');
const FAST = process.argv.includes('--fast');
const [which = 'wcxb', out = '/tmp/meta-errors.json', base] = process.argv
  .slice(2)
  .filter((a) => a !== '--fast');

const DATE_KEY_RE = /date|time|publish|modif|updat|created|issued/i;
const AUTHOR_KEY_RE = /author|creator|byl/i;
const BYLINE_SEL =
  '[rel="author"], [itemprop="author"], .byline, .author-name, .author, [class*="byline"], [class*="author"]';

const squash = (s: string | null | undefined, n = 200): string =>
  (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

interface Row {
  id: string;
  url?: string;
  goldDate?: string;
  date: string | null;
  goldAuthor?: string;
  author: string | null;
  dateOk: boolean | null;
  authorOk: boolean | null;
  cand: Record<string, unknown>;
}

function candidates(html: string): Record<string, unknown> {
  const ld = readJsonLd(html);
  const doc = parseDocument(stripNonContent(html));
  const metas: Record<string, string> = {};
  const authorMetas: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '';
    const v = squash(el.getAttribute('content'), 80);
    if (!key || !v) continue;
    if (DATE_KEY_RE.test(key)) metas[key] = v;
    if (AUTHOR_KEY_RE.test(key)) authorMetas[key] = v;
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const h1 = doc.querySelector('h1');
  let after = '';
  if (h1) {
    const body = squash(doc.body?.textContent, 1e9);
    const head = squash(h1.textContent, 1e9);
    const at = head ? body.indexOf(head) : -1;
    if (at >= 0) after = body.slice(at + head.length, at + head.length + 300);
  }
  return {
    ld: ld && {
      pub: ld.datePublished,
      created: ld.dateCreated,
      mod: ld.dateModified,
      authors: ld.authors,
    },
    metas,
    authorMetas,
    times: Array.from(doc.querySelectorAll('time'))
      .slice(0, 4)
      .map((t) => `${t.getAttribute('datetime') ?? ''} | ${squash(t.textContent, 60)}`),
    url: { canonical, date: dateFromUrl(canonical) },
    afterH1: after,
    bylines: Array.from(doc.querySelectorAll(BYLINE_SEL))
      .slice(0, 5)
      .map((e) => `${e.localName}.${squash(e.getAttribute('class'), 40)}: ${squash(e.textContent, 80)}`),
  };
}

function fastMeta(html: string): { date: string | null; author: string | null } {
  const meta = readMetadata(parseDocument(stripNonContent(html)), readJsonLd(html));
  return { date: meta.publishedAt?.slice(0, 10) ?? null, author: meta.authors?.join(', ') ?? null };
}

async function main(): Promise<void> {
  const items =
    which === 'wcxb'
      ? readWcxb(join(DATA, 'extract/wcxb-dev')).map(({ page, gold }) => ({ page, gold }))
      : readTrafilatura(join(DATA, 'extract/trafilatura-eval')).flatMap(({ page, gold }) =>
          page ? [{ page, gold }] : [],
        );
  const rows: Row[] = [];
  for (const { page, gold } of items) {
    if (!gold.date && !gold.author) continue;
    const { html } = await readHtmlFile(page.path);
    // --fast: metadata only (no content extraction, so no Readability byline fallback), for quick rule trials.
    const pred = FAST ? fastMeta(html) : verbatimExtract(html);
    const goldDate = gold.date?.slice(0, 10);
    rows.push({
      id: page.id,
      ...(gold.url ? { url: gold.url } : {}),
      ...(goldDate ? { goldDate } : {}),
      date: pred.date,
      ...(gold.author ? { goldAuthor: gold.author } : {}),
      author: pred.author,
      dateOk: goldDate ? pred.date === goldDate : null,
      authorOk: gold.author ? normalizeSpace(pred.author ?? '') === normalizeSpace(gold.author) : null,
      cand: FAST ? {} : candidates(html),
    });
  }
  writeFileSync(out, JSON.stringify(rows, null, 1));
  const count = (f: (r: Row) => boolean | null): string => {
    const xs = rows.filter((r) => f(r) !== null);
    const ok = xs.filter((r) => f(r)).length;
    return `${ok}/${xs.length} = ${(ok / Math.max(1, xs.length)).toFixed(4)}`;
  };
  process.stdout.write(`date ${count((r) => r.dateOk)}  author ${count((r) => r.authorOk)}\n`);
  if (base && existsSync(base)) {
    const before = new Map((JSON.parse(readFileSync(base, 'utf8')) as Row[]).map((r) => [r.id, r]));
    for (const field of ['dateOk', 'authorOk'] as const) {
      const gained: string[] = [];
      const lost: string[] = [];
      for (const r of rows) {
        const b = before.get(r.id);
        if (!b || r[field] === null) continue;
        if (r[field] && !b[field]) gained.push(r.id);
        if (!r[field] && b[field]) lost.push(r.id);
      }
      process.stdout.write(
        `${field}: +${gained.length} [${gained.join(' ')}]  -${lost.length} [${lost.join(' ')}]\n`,
      );
    }
  }
}

await main();
