/**
 * Durations and units of the time rules: TimeML duration values (`P2Y`, `PT24H`, `P2Y6M` for
 * `2 1/2 years`), the grain and shift letter of a unit, and the rate test (`$2 million a year`).
 */
import { UNITS } from './lexicon.js';
import type { Grain } from './resolve.js';

export function singular(unit: string): string {
  const u = unit.toLowerCase();
  if (u === 'centuries') return 'century';
  return u.endsWith('s') ? u.slice(0, -1) : u;
}

/** `P2Y`, `PT24H`, `PXY`; decades and centuries stay in their own units only when vague. */
export function durationValue(n: number | undefined, unit: string): string {
  const u = UNITS[singular(unit)];
  if (!u) return 'PXX';
  if (n === undefined) return `P${u.time ? 'T' : ''}X${u.letter}`;
  if (u.letter === 'DE') return `P${n * 10}Y`;
  if (u.letter === 'CE') return `P${n * 100}Y`;
  if (u.letter === 'WE') return `P${n * 2}D`;
  if (Number.isInteger(n)) return `P${u.time ? 'T' : ''}${n}${u.letter}`;
  // `2 1/2 years` → P2Y6M: the fraction goes to the next smaller unit, as TimeML writes it.
  const lower = FRACTION_UNITS[u.letter + (u.time ? 'T' : '')];
  const whole = Math.floor(n);
  if (!lower) return `P${u.time ? 'T' : ''}${n}${u.letter}`;
  const rest = Math.round((n - whole) * lower.factor);
  const head = whole ? `${whole}${u.letter}` : '';
  if (u.time) return `PT${head}${rest}${lower.letter}`;
  return lower.time ? `P${head}T${rest}${lower.letter}` : `P${head}${rest}${lower.letter}`;
}

/** Next smaller unit for fractional durations, keyed by letter (+T for time units). */
const FRACTION_UNITS: Readonly<Record<string, { letter: string; factor: number; time: boolean }>> = {
  Y: { letter: 'M', factor: 12, time: false },
  M: { letter: 'D', factor: 30, time: false },
  W: { letter: 'D', factor: 7, time: false },
  D: { letter: 'H', factor: 24, time: true },
  HT: { letter: 'M', factor: 60, time: true },
  MT: { letter: 'S', factor: 60, time: true },
};

/** `700 seats a week`, `$2 million a year`: a quantity shortly before makes `a week` a rate (SET). */
export function isRate(head: string): boolean {
  const clause = head.split(/[.;:,!?(]/).pop() ?? '';
  return /(?:\d|\b(?:dollars?|cents?|percent|times|once|twice|hundred|thousand|million|billion))\b[^\d]{0,24}$/.test(
    clause,
  );
}

export function grainOfUnit(unit: string): Grain {
  const u = singular(unit);
  if (u === 'week' || u === 'month' || u === 'quarter' || u === 'year' || u === 'decade' || u === 'century')
    return u;
  return 'day';
}

export const SHIFT_LETTER: Readonly<Record<string, 'Y' | 'Q' | 'M' | 'W' | 'D'>> = {
  year: 'Y',
  quarter: 'Q',
  month: 'M',
  week: 'W',
  day: 'D',
  decade: 'Y',
  century: 'Y',
};
