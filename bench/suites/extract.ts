/**
 * HTML extraction speed: Verbatim's extractor against plain
 * @mozilla/readability over linkedom, on the same WCXB dev pages in the same
 * run, alternating which goes first on each page so caches and GC fall evenly.
 * Pages are decoded before timing (both get the same strings).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readabilityExtract } from '../../src/eval/extract/baseline.js';
import { verbatimExtract } from '../../src/eval/extract/predict.js';
import { readHtmlFile } from '../../src/ingest/html/read-page.js';
import { DATA_DIR } from '../corpus.js';
import type { BenchRow, BenchSuite } from '../types.js';

const WCXB_HTML = join(DATA_DIR, 'extract', 'wcxb-dev', 'html');
/** Pages timed: enough for a stable rate, few enough to keep `npm run bench` short. */
const PAGES = 200;
const WARMUP = 10;

export const extractSuite: BenchSuite = {
  name: 'extract',
  async run(): Promise<BenchRow[]> {
    if (!existsSync(WCXB_HTML)) return [];
    const files = readdirSync(WCXB_HTML)
      .filter((f) => f.endsWith('.html.gz'))
      .sort();
    const step = Math.max(1, Math.floor(files.length / PAGES));
    const pages: string[] = [];
    for (let i = 0; i < files.length && pages.length < PAGES; i += step) {
      pages.push((await readHtmlFile(join(WCXB_HTML, files[i]!))).html);
    }
    for (const html of pages.slice(0, WARMUP)) {
      readabilityExtract(html);
      verbatimExtract(html);
    }
    let base = 0;
    let ours = 0;
    pages.forEach((html, i) => {
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) {
        const t0 = performance.now();
        if (which === 0) readabilityExtract(html);
        else verbatimExtract(html);
        const dt = performance.now() - t0;
        if (which === 0) base += dt;
        else ours += dt;
      }
    });
    const note = `${pages.length} WCXB dev pages`;
    return [
      {
        section: 'extract',
        name: 'Readability.js + linkedom',
        value: (pages.length * 1000) / base,
        unit: 'pages/s',
        note,
      },
      {
        section: 'extract',
        name: 'Verbatim extractor',
        value: (pages.length * 1000) / ours,
        unit: 'pages/s',
        note,
      },
      { section: 'extract', name: 'speed-up over Readability', value: base / ours, unit: '×', note },
    ];
  },
};
