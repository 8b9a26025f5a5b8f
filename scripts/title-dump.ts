/**
 * Dumps, per page of a dev set with a gold title, the title candidates (h1s
 * with their classes and ancestors, declared titles, the first h2s) with the
 * gold title and ours, to study title rules offline; prints the exact-match
 * rate and, given an earlier dump, the pages gained and lost since:
 * `npx tsx scripts/title-dump.ts wcxb|trafilatura OUT.json [BEFORE.json]`.
 * Only the metadata is computed (no content extraction), so a run takes
 * seconds. Reads ../shared/data (or VERBATIM_DATA); writes only OUT.json
 * (keep it outside the repository).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTrafilatura, readWcxb } from '../src/eval/extract/layouts.js';
import { normalizeSpace } from '../src/eval/extract/metrics.js';
import { parseDocument } from '../src/ingest/html/content.js';
import { readJsonLd } from '../src/ingest/html/json-ld.js';
import { clean } from '../src/ingest/html/meta-text.js';
import { readMetadata } from '../src/ingest/html/metadata.js';
import { stripNonContent } from '../src/ingest/html/prepare.js';
import { readHtmlFile } from '../src/ingest/html/read-page.js';

const DATA = process.env.VERBATIM_DATA ?? join(import.meta.dirname, '../../shared/data');
const [which = 'wcxb', out = '/tmp/title-dump.json', before] = process.argv.slice(2);

interface Row {
  id: string;
  ok: boolean;
  gold: string;
  ours?: string;
  [k: string]: unknown;
}

function pages(): { id: string; path: string; url?: string; title: string }[] {
  if (which === 'wcxb')
    return readWcxb(join(DATA, 'extract/wcxb-dev')).flatMap(({ page, gold }) =>
      gold.title ? [{ id: page.id, path: page.path, url: gold.url, title: gold.title }] : [],
    );
  return readTrafilatura(join(DATA, 'extract/trafilatura-eval')).flatMap(({ page, gold }) =>
    page && gold.title ? [{ id: page.id, path: page.path, url: gold.url, title: gold.title }] : [],
  );
}

function describe(el: Element): string {
  return `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').slice(0, 40)}#${el.id}`;
}

const rows: Row[] = [];
for (const p of pages()) {
  const { html } = await readHtmlFile(p.path);
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
    for (let a = h.parentElement; a && anc.length < 6; a = a.parentElement) anc.push(describe(a));
    return {
      text: clean(h.textContent),
      inner: Array.from(h.children)
        .slice(0, 4)
        .map((c) => `${describe(c)}: ${clean(c.textContent)?.slice(0, 60)}`),
      cls: h.getAttribute('class'),
      anc,
    };
  });
  rows.push({
    id: p.id,
    ok: !!meta.title && normalizeSpace(meta.title) === normalizeSpace(p.title),
    gold: p.title,
    ours: meta.title,
    url: p.url,
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
const ok = rows.filter((r) => r.ok).length;
process.stdout.write(`${which}: title exact ${(ok / rows.length).toFixed(4)} (${ok}/${rows.length})\n`);
if (before && existsSync(before)) {
  const old = new Map((JSON.parse(readFileSync(before, 'utf8')) as Row[]).map((r) => [r.id, r]));
  for (const r of rows) {
    const o = old.get(r.id);
    if (!o || o.ok === r.ok) continue;
    process.stdout.write(
      `${r.ok ? 'GAIN' : 'LOSS'} ${r.id}: ${JSON.stringify(o.ours)} → ${JSON.stringify(r.ours)}\n`,
    );
    if (!r.ok) process.stdout.write(`      gold ${JSON.stringify(r.gold)}\n`);
  }
}
