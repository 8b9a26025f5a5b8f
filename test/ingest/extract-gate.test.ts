/** Quality floor on a slice of the WCXB dev pages (after trafilatura's eval_gate): extraction must not silently regress. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWcxb } from '../../src/eval/extract/layouts.js';
import { bagF1 } from '../../src/eval/extract/metrics.js';
import { predictPage, verbatimExtract } from '../../src/eval/extract/predict.js';

const DATA = resolve(
  process.env['VERBATIM_DATA'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);
const WCXB = join(DATA, 'extract', 'wcxb-dev');
/** Every 20th page: ~40 pages, a few seconds. */
const STEP = 20;
/** Floors set a little under the measured slice scores (F1 0.953, title 0.85, date 0.76 in the last run). */
const MIN_F1 = 0.9;
const MIN_TITLE = 0.75;
const MIN_DATE = 0.7;

describe('extraction quality gate (WCXB dev slice)', () => {
  it.skipIf(!existsSync(WCXB))('stays above its floors', async () => {
    const items = readWcxb(WCXB).filter((_, i) => i % STEP === 0);
    let f1 = 0;
    let n = 0;
    let titles = 0;
    let titleOk = 0;
    let dates = 0;
    let dateOk = 0;
    for (const { page, gold } of items) {
      const p = await predictPage(page.path, verbatimExtract);
      if (gold.mainContent !== undefined) {
        f1 += bagF1(p.text, gold.mainContent).f1;
        n++;
      }
      if (gold.title) {
        titles++;
        if (p.title?.replace(/\s+/g, ' ').trim() === gold.title.replace(/\s+/g, ' ').trim()) titleOk++;
      }
      if (gold.date) {
        dates++;
        if (p.date === gold.date.slice(0, 10)) dateOk++;
      }
    }
    expect(f1 / n).toBeGreaterThanOrEqual(MIN_F1);
    expect(titleOk / titles).toBeGreaterThanOrEqual(MIN_TITLE);
    expect(dateOk / dates).toBeGreaterThanOrEqual(MIN_DATE);
  });
});
