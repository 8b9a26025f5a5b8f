/**
 * Resolution helpers shared by the rules: turn "the past Thursday", "June 14",
 * "last month" into TimeML values against the reference (publication) date,
 * or into X-values (`XXXX-06-14`) when no reference is known.
 */
import {
  addDays,
  fmtDay,
  fmtMonth,
  fmtWeek,
  quarterOf,
  shiftValue,
  toDays,
  weekday,
  type Ymd,
} from './calendar.js';
import type { Tense } from './tense.js';
import type { TimexAnchor, TimexMod, TimexType } from './types.js';

export interface RuleContext {
  /** The reference date: publication date of the document, when known. */
  readonly ref: Ymd | undefined;
  /** Tense of the clause around the match (computed lazily). */
  tense(): Tense;
  /** The latest earlier DATE/TIME value with a calendar position, for anchored expressions. */
  readonly previous:
    | {
        readonly value: string;
        readonly id: string;
        /** Characters between the previous expression's end and this match. */
        readonly distance?: number;
      }
    | undefined;
  /**
   * The story's current reporting quarter (`1989-Q3`): the latest quarter named
   * outright (not a year-ago one). Results stories keep talking about it after
   * a closing date intervenes (`the quarter ended Sept. 30 … the year-ago quarter`).
   */
  readonly quarter?: string | undefined;
}

/** The quarter an anchored period expression refers to: the previous expression's, else the story's. */
export function currentQuarter(ctx: RuleContext): string | undefined {
  const v = ctx.previous?.value ?? '';
  if (/^\d{4}-Q\d$/.test(v)) return v;
  // A closing day (`ended Sept. 30`) or nothing in between: the story's quarter still holds.
  if (!ctx.previous || /^\d{4}-\d{2}-\d{2}$/.test(v)) return ctx.quarter;
  return undefined;
}

export interface Normalised {
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: TimexMod;
  readonly anchor?: TimexAnchor;
}

/** Calendar granularities a relative expression can name. */
export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const UNKNOWN_BY_GRAIN: Readonly<Record<Grain, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  half: 'XXXX-HX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
};

export function date(value: string, extra: Partial<Normalised> = {}): Normalised {
  return { type: 'DATE', value, ...extra };
}

/** A relative DATE: anchored to the publication date, or X'd out when it is unknown. */
export function relative(
  ctx: RuleContext,
  make: (ref: Ymd) => string,
  unknown: string,
  mod?: TimexMod,
): Normalised {
  // Every field named (no spread): one object shape for every value (speed only).
  if (!ctx.ref) return { type: 'DATE', value: unknown, mod: mod || undefined, anchor: 'publication-unknown' };
  return { type: 'DATE', value: make(ctx.ref), mod: mod || undefined, anchor: 'publication' };
}

/** The calendar unit containing `ref` shifted by `offset` units (`last month` = offset −1). */
export function unitValue(ref: Ymd, grain: Grain, offset: number): string {
  switch (grain) {
    case 'day':
      return fmtDay(addDays(ref, offset));
    case 'week':
      return fmtWeek(addDays(ref, 7 * offset));
    case 'weekend':
      return `${fmtWeek(addDays(ref, 7 * offset))}-WE`;
    case 'month': {
      const t = ref.y * 12 + ref.m - 1 + offset;
      return fmtMonth(Math.floor(t / 12), (t % 12) + 1);
    }
    case 'quarter': {
      const t = ref.y * 4 + quarterOf(ref.m) - 1 + offset;
      return `${Math.floor(t / 4)}-Q${(t % 4) + 1}`;
    }
    case 'half': {
      const t = ref.y * 2 + (ref.m > 6 ? 1 : 0) + offset;
      return `${Math.floor(t / 2)}-H${(t % 2) + 1}`;
    }
    case 'year':
      return String(ref.y + offset);
    case 'decade':
      return String(Math.floor(ref.y / 10) + offset);
    case 'century':
      return String(Math.floor(ref.y / 100) + offset);
  }
}

export function relativeUnit(ctx: RuleContext, grain: Grain, offset: number, mod?: TimexMod): Normalised {
  return relative(ctx, (ref) => unitValue(ref, grain, offset), UNKNOWN_BY_GRAIN[grain], mod);
}

export function unknownOf(grain: Grain): string {
  return UNKNOWN_BY_GRAIN[grain];
}

/** Direction to search for a bare weekday or month: explicit (`last`/`next`) or from tense. */
export type Direction = 'past' | 'future' | 'this';

export function directionFromTense(tense: Tense): Direction {
  return tense === 'future' ? 'future' : 'past';
}

/** A weekday relative to ref: `past` = latest on or before ref, `future` = earliest on or after. */
export function weekdayDate(ref: Ymd, wd: number, dir: Direction, strict = false): Ymd {
  const cur = weekday(ref);
  if (dir === 'this') return addDays(ref, wd - cur);
  if (dir === 'past') {
    let back = (cur - wd + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (wd - cur + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

/** How much a date on the wrong side of the reference (future in a past-tense clause) is penalised. */
const WRONG_SIDE_PENALTY = 4;

/** Picks among last, this and next year the one whose date is nearest the reference, penalising the side tense excludes. */
function nearestYear(ref: Ymd, tense: Tense, dayOfYear: (y: number) => number): number {
  const refDays = toDays(ref);
  let best = ref.y;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const diff = dayOfYear(y) - refDays;
    // News reports the past: without a future cue, a date ahead of publication is the unlikely reading.
    const wrong = (tense !== 'future' && diff > 0) || (tense === 'future' && diff < 0);
    const score = Math.abs(diff) * (wrong ? WRONG_SIDE_PENALTY : 1);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** Year for a month-day without one: the nearest occurrence, with tense deciding close calls. */
export function yearForMonthDay(ref: Ymd, m: number, d: number, tense: Tense): number {
  return nearestYear(ref, tense, (y) => toDays({ y, m, d: Math.min(d, 28) }));
}

/** Year for a bare month: explicit `last`/`next`/`this`, else the nearest by tense (mid-month against the reference). */
export function yearForMonth(ref: Ymd, m: number, dir: Direction | 'tense', tense: Tense): number {
  if (dir === 'past') return m >= ref.m ? ref.y - 1 : ref.y;
  if (dir === 'future') return m <= ref.m ? ref.y + 1 : ref.y;
  if (dir === 'this') return ref.y;
  if (m === ref.m) return ref.y;
  return nearestYear(ref, tense, (y) => toDays({ y, m, d: 15 }));
}

/** `a year earlier` and friends: shifts the previous expression when there is one, else the reference. */
export function shiftFromAnchor(
  ctx: RuleContext,
  grain: Grain,
  unitLetter: 'Y' | 'Q' | 'M' | 'W' | 'D',
  n: number,
  preferPrevious: boolean,
): Normalised {
  // A bare year as the previous expression is too coarse an anchor for `a year earlier` in news: use the reference.
  if (preferPrevious && ctx.previous && !(ctx.ref && /^\d{4}$/.test(ctx.previous.value))) {
    // After a closing day in a results story, `a year earlier` shifts the reporting quarter.
    const q = unitLetter === 'Y' ? currentQuarter(ctx) : undefined;
    const v = shiftValue(q ?? ctx.previous.value, unitLetter, n);
    if (v) return { type: 'DATE', value: v, anchor: 'previous' };
  }
  if (!ctx.ref) return { type: 'DATE', value: UNKNOWN_BY_GRAIN[grain], anchor: 'publication-unknown' };
  return { type: 'DATE', value: shiftGrain(ctx.ref, grain, unitLetter, n), anchor: 'publication' };
}

function shiftGrain(ref: Ymd, grain: Grain, unitLetter: 'Y' | 'Q' | 'M' | 'W' | 'D', n: number): string {
  const base = fmtDay(ref);
  const shifted = shiftValue(base, unitLetter, n) ?? base;
  const y = Number(shifted.slice(0, 4));
  const m = Number(shifted.slice(5, 7));
  const d = Number(shifted.slice(8, 10));
  return unitValue({ y, m, d }, grain, 0);
}
