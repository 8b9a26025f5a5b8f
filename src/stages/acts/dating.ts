/**
 * The date of an act: a date expression of its sentence (the last before the trigger, else the
 * first after it) when there
 * is one, else the publication date, marked as such. An act dated a year or more before
 * publication is historical (PLOVER auxiliary mode).
 */
import type { Timex } from '../time/types.js';
import type { ActDate } from './types.js';

/** Months before publication from which a stated date makes the act historical. */
const HISTORICAL_MONTHS = 12;
const YEAR_MONTH_RE = /^(\d{4})(?:-(\d{2}))?/;

export function actDate(
  timexes: readonly Timex[],
  sentence: { start: number; end: number },
  triggerStart: number,
  published: string | undefined,
): ActDate | undefined {
  // A date before the trigger (`On Thursday, Putin …`) dates it; one after it may date a later
  // phrase (`praised him for the courage shown during a July attempt`), so it is used only when
  // none comes before (`spoke to Biden in February 2022`).
  let before: Timex | undefined;
  let after: Timex | undefined;
  for (const t of timexes) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' || !YEAR_MONTH_RE.test(t.value)) continue;
    if (t.start < triggerStart) before = t;
    else after ??= t;
  }
  const best = before ?? after;
  if (best) return { value: best.value, basis: 'stated', timexId: best.id };
  return published ? { value: published.slice(0, 10), basis: 'reported-on' } : undefined;
}

function months(value: string): number | undefined {
  const m = YEAR_MONTH_RE.exec(value);
  if (!m?.[1]) return undefined;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
}

export function isHistorical(date: ActDate | undefined, published: string | undefined): boolean {
  if (date?.basis !== 'stated' || !published) return false;
  const a = months(date.value);
  const p = months(published);
  return a !== undefined && p !== undefined && p - a >= HISTORICAL_MONTHS;
}
