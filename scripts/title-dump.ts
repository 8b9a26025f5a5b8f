/**
 * Dumps, per WCXB dev page, the title candidates (h1s, declared titles) with
 * the gold title, to study title rules offline:
 * `npx tsx scripts/title-dump.ts OUT.json`. Reads ../shared/data; writes only OUT.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWcxb } from '../src/eval/extract/layouts.js';
import { parseDocument } from '../src/ingest/html/content.js';
import { readJsonLd } from '../src/ingest/html/json-ld.js';
import { clean } from '../src/ingest/html/meta-text.js';
import { readMetadata } from '../src/ingest/html/metadata.js';
import { stripNonContent } from '../src/ingest/html/prepare.js';
import { readHtmlFile } from '../src/ingest/html/read-page.js';

const DATA = process.env.VERBATIM_DATA ?? join(import.meta.dirname, '../../shared/data');
const out = process.argv[2] ?? '/tmp/title-dump.json';
const rows: unknown[] = [];
for (const { page, gold } of readWcxb(join(DATA, 'extract/wcxb-dev'))) {
  if (!gold.title) continue;
  const { html } = await readHtmlFile(page.path);
  const ld = readJsonLd(html);
  const doc = parseDocument(stripNonContent(html));
  const meta = readMetadata(doc, ld);
  const get = (k: string): string | undefined => {
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (key === k) return clean(el.getAttribute('content'));
    }
    return undefined;
  };
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => {
    const anc: string[] = [];
    for (let p = h.parentElement; p; p = p.parentElement)
      anc.push(`${p.tagName.toLowerCase()}.${(p.getAttribute('class') ?? '').slice(0, 40)}#${p.id}`);
    return { text: clean(h.textContent), cls: h.getAttribute('class'), anc: anc.slice(0, 8) };
  });
  rows.push({
    id: page.id,
    url: gold.url,
    gold: gold.title,
    ours: meta.title,
    site: meta.site,
    ld: ld?.headline,
    og: get('og:title'),
    tw: get('twitter:title'),
    title: clean(doc.title),
    h1s,
    h2: Array.from(doc.querySelectorAll('h2'))
      .slice(0, 3)
      .map((h) => clean(h.textContent)),
  });
}
writeFileSync(out, JSON.stringify(rows, null, 1));
