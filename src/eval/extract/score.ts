/**
 * Scoring for the extract task, with failures grouped by cause so a closing
 * note can say why pages fail, not only how many:
 *   text  — empty (nothing extracted), short (recall < 0.7: content missed),
 *           noisy (precision < 0.7: furniture kept), both;
 *   title — missing or different; date — missing or wrong.
 * Title and author exact match compare white-space-normalised strings (a second
 * title figure also folds typographic quotes and dashes to ASCII); date
 * accuracy is over pages whose gold has a date (YYYY-MM-DD equality). Both
 * layouts report them: trafilatura's evaldata carries title, author and date
 * for most pages, a second labelled set for the metadata rules.
 */
import { asVerbatimError } from '../../model/errors.js';
import type { EvalReport } from '../task.js';
import { readTrafilatura, readWcxb } from './layouts.js';
import { bagF1, countSnippets, normalizeSpace, prf, type SnippetCounts } from './metrics.js';
import { type Extractor, type ExtractPrediction, predictPage } from './predict.js';

/** Below this precision or recall a page counts as a failure of that kind. */
const FAIL_BELOW = 0.7;
/** Example ids listed per failure group. */
const EXAMPLES_PER_GROUP = 8;

const EMPTY: ExtractPrediction = { text: '', title: null, author: null, date: null };

class Groups {
  private readonly map = new Map<string, string[]>();
  add(group: string, id: string): void {
    const list = this.map.get(group) ?? [];
    list.push(id);
    this.map.set(group, list);
  }
  lines(): string[] {
    return [...this.map.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(
        ([g, ids]) =>
          `${g.padEnd(28)} ${String(ids.length).padStart(4)}  e.g. ${ids.slice(0, EXAMPLES_PER_GROUP).join(' ')}`,
      );
  }
}

/** The gold's metadata fields; the same in both layouts. */
interface MetaGold {
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

/**
 * Title exact match, author exact match (white space normalised) and date
 * accuracy, over the pages whose gold has the field.
 */
class MetaTally {
  private titles = 0;
  private titleOk = 0;
  private titleFolded = 0;
  private authors = 0;
  private authorOk = 0;
  private dates = 0;
  private dateOk = 0;
  constructor(private readonly groups: Groups) {}

  add(id: string, pred: ExtractPrediction, gold: MetaGold): void {
    if (gold.title) {
      this.titles++;
      if (pred.title && normalizeSpace(pred.title) === normalizeSpace(gold.title)) this.titleOk++;
      else this.groups.add(pred.title ? 'title: different' : 'title: missing', id);
      if (pred.title && foldTypography(pred.title) === foldTypography(gold.title)) this.titleFolded++;
    }
    if (gold.author) {
      this.authors++;
      if (pred.author && normalizeSpace(pred.author) === normalizeSpace(gold.author)) this.authorOk++;
    }
    if (gold.date) {
      this.dates++;
      if (pred.date === gold.date.slice(0, 10)) this.dateOk++;
      else this.groups.add(pred.date ? 'date: wrong' : 'date: missing', id);
    }
  }

  metrics(): Record<string, number> {
    return {
      'title exact': this.titleOk / Math.max(1, this.titles),
      'title exact (quotes folded)': this.titleFolded / Math.max(1, this.titles),
      'date accuracy': this.dateOk / Math.max(1, this.dates),
      'author exact': this.authorOk / Math.max(1, this.authors),
      'gold titles': this.titles,
      'gold dates': this.dates,
      'gold authors': this.authors,
    };
  }
}

export async function evaluateWcxb(task: string, dir: string, extractor: Extractor): Promise<EvalReport> {
  const items = readWcxb(dir);
  const groups = new Groups();
  let f1Sum = 0;
  let pSum = 0;
  let rSum = 0;
  let pages = 0;
  const meta = new MetaTally(groups);
  let errors = 0;
  const t0 = performance.now();
  for (const { page, gold } of items) {
    let pred = EMPTY;
    try {
      pred = await predictPage(page.path, extractor);
    } catch (error) {
      errors++;
      groups.add(`error ${asVerbatimError(error).code}`, page.id);
    }
    if (gold.mainContent !== undefined) {
      const s = bagF1(pred.text, gold.mainContent);
      pages++;
      f1Sum += s.f1;
      pSum += s.precision;
      rSum += s.recall;
      if (!pred.text.trim()) groups.add('text: empty', page.id);
      else if (s.recall < FAIL_BELOW && s.precision < FAIL_BELOW) groups.add('text: wrong block', page.id);
      else if (s.recall < FAIL_BELOW) groups.add('text: content missed', page.id);
      else if (s.precision < FAIL_BELOW) groups.add('text: furniture kept', page.id);
    }
    meta.add(page.id, pred, gold);
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    task,
    gold: dir,
    metrics: {
      pages: items.length,
      'text f1 (mean)': f1Sum / Math.max(1, pages),
      'text precision (mean)': pSum / Math.max(1, pages),
      'text recall (mean)': rSum / Math.max(1, pages),
      ...meta.metrics(),
      errors,
      'pages/s': items.length / seconds,
    },
    lines: ['failures by cause (count, example ids):', ...groups.lines()],
  };
}

/** White space normalised, typographic quotes and dashes as ASCII (the WCXB gold writes straight quotes). */
function foldTypography(s: string): string {
  return normalizeSpace(
    s
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2013\u2014]/g, '-'),
  );
}

export async function evaluateTrafilatura(
  task: string,
  dir: string,
  extractor: Extractor,
): Promise<EvalReport> {
  const items = readTrafilatura(dir);
  const groups = new Groups();
  const counts: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const meta = new MetaTally(groups);
  let missing = 0;
  let errors = 0;
  const t0 = performance.now();
  for (const { page, gold } of items) {
    let pred = EMPTY;
    if (!page) missing++;
    else {
      try {
        pred = await predictPage(page.path, extractor);
      } catch (error) {
        errors++;
        groups.add(`error ${asVerbatimError(error).code}`, page.id);
      }
    }
    const out = normalizeSpace(pred.text);
    const { missed, leaked } = countSnippets(out, gold.with, gold.without, counts);
    const id = page?.id ?? gold.url;
    if (!out) groups.add('text: empty', id);
    else if (missed.length === gold.with.length && gold.with.length > 0)
      groups.add('text: all content missed', id);
    else if (missed.length) groups.add('text: some content missed', id);
    if (leaked.length) groups.add('text: furniture kept', id);
    if (page) meta.add(id, pred, gold);
  }
  const seconds = (performance.now() - t0) / 1000;
  const s = prf(counts.tp, counts.fp, counts.fn);
  return {
    task,
    gold: dir,
    metrics: {
      pages: items.length,
      'pages missing': missing,
      precision: s.precision,
      recall: s.recall,
      f1: s.f1,
      tp: counts.tp,
      fp: counts.fp,
      fn: counts.fn,
      ...meta.metrics(),
      errors,
      'pages/s': items.length / seconds,
    },
    lines: ['pages by cause (count, example ids):', ...groups.lines()],
  };
}
