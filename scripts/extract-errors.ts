/**
 * Per-page error listing for the extract task on the dev sets (worst first),
 * to find what to fix: `npx tsx scripts/extract-errors.ts wcxb|trafilatura OUT.json [every]`.
 * WCXB rows: id, P/R/F1, predicted vs gold title and date. trafilatura rows:
 * id, leaked `without` snippets, missed `with` snippets. Reads ../shared/data
 * (or VERBATIM_DATA); writes only OUT.json (keep it outside the repository).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTrafilatura, readWcxb } from '../src/eval/extract/layouts.js';
import { bagF1, countSnippets, normalizeSpace } from '../src/eval/extract/metrics.js';
import { predictPage, verbatimExtract } from '../src/eval/extract/predict.js';

const DATA = process.env.VERBATIM_DATA ?? join(import.meta.dirname, '../../shared/data');
const [which = 'wcxb', out = '/tmp/extract-errors.json', everyArg = '1'] = process.argv.slice(2);
const every = Number(everyArg);

async function main(): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  if (which === 'wcxb') {
    const items = readWcxb(join(DATA, 'extract/wcxb-dev')).filter((_, i) => i % every === 0);
    for (const { page, gold } of items) {
      const pred = await predictPage(page.path, verbatimExtract).catch(() => null);
      const s = bagF1(pred?.text ?? '', gold.mainContent ?? '');
      rows.push({
        id: page.id,
        f1: +s.f1.toFixed(3),
        p: +s.precision.toFixed(3),
        r: +s.recall.toFixed(3),
        title: pred?.title === gold.title ? 'ok' : [pred?.title, gold.title],
        date: gold.date && pred?.date !== gold.date.slice(0, 10) ? [pred?.date, gold.date] : 'ok',
      });
    }
    rows.sort((a, b) => (a.f1 as number) - (b.f1 as number));
    const mean = rows.reduce((n, r) => n + (r.f1 as number), 0) / rows.length;
    process.stdout.write(`pages ${rows.length} mean f1 ${mean.toFixed(4)}\n`);
  } else {
    const items = readTrafilatura(join(DATA, 'extract/trafilatura-eval')).filter((_, i) => i % every === 0);
    const c = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const { page, gold } of items) {
      if (!page) continue;
      const pred = await predictPage(page.path, verbatimExtract).catch(() => null);
      const r = countSnippets(normalizeSpace(pred?.text ?? ''), gold.with, gold.without, c);
      if (r.leaked.length || r.missed.length) rows.push({ id: page.id, url: gold.url, ...r });
    }
    const p = c.tp / (c.tp + c.fp);
    const rc = c.tp / (c.tp + c.fn);
    process.stdout.write(`P ${p.toFixed(4)} R ${rc.toFixed(4)} F1 ${((2 * p * rc) / (p + rc)).toFixed(4)}\n`);
  }
  writeFileSync(out, JSON.stringify(rows, null, 1));
}

await main();
