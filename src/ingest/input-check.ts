/**
 * Checks on what a caller hands the engine (the library API and the CLI's
 * options alike): the input's shape, its size, and user-given dates. Each
 * failure is a typed VerbatimError naming the field and the fix. No Node
 * modules here: the browser bundle uses it too.
 */
import type { DocumentMeta } from '../model/document.js';
import { VerbatimError } from '../model/errors.js';

/** Default size limit: news articles are well under 1 MB; 32 MiB leaves room for long reports and still fails fast on dumps. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** UTF-8 bytes per UTF-16 code unit at most (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;

const ISO_DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
]; // biome-ignore format: month list
/** UTC offsets in use run from -12:00 to +14:00. */
const MAX_OFFSET_HOURS = 14;

/** Why an ISO 8601 date or date-time is not a real one, or undefined when it is. */
export function isoDateProblem(value: string): string | undefined {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return 'it is not written as YYYY-MM-DD or an ISO date-time';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  if (m[4] !== undefined && Number(m[4]) > 23) return `hour ${m[4]} does not exist`;
  if (m[5] !== undefined && Number(m[5]) > 59) return `minute ${m[5]} does not exist`;
  if (m[6] !== undefined && Number(m[6]) > 59) return `second ${m[6]} does not exist`;
  if (m[8] !== undefined && (Number(m[8]) > MAX_OFFSET_HOURS || Number(m[9]) > 59))
    return `offset ${m[7]} is not a UTC offset`;
  return undefined;
}

/** Checks an ISO 8601 date or date-time given by a user; returns it unchanged. */
export function checkPublished(value: unknown, what = '--published'): string {
  const problem =
    typeof value === 'string' ? isoDateProblem(value) : `it is a ${kindOf(value)}, not a string`;
  if (problem) {
    throw new VerbatimError(
      'E_OPTION_INVALID',
      `${what} '${String(value)}' is not a valid date: ${problem}`,
      {
        hint: 'give a real calendar date as YYYY-MM-DD or an ISO date-time such as 2024-11-08T09:30:00Z',
      },
    );
  }
  return value as string;
}

/** UTF-8 length of a string, without allocating its encoding. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Throws E_INPUT_TOO_LARGE when a text's UTF-8 size is over the limit (checked before any work on it). */
export function checkTextSize(text: string, maxBytes: number, file?: string): void {
  if (text.length * MAX_UTF8_PER_UNIT <= maxBytes) return;
  const size = text.length > maxBytes ? text.length : utf8Length(text);
  if (size <= maxBytes) return;
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  throw new VerbatimError(
    'E_INPUT_TOO_LARGE',
    `input is ${text.length > maxBytes ? 'over ' : ''}${mb(size)}, over the ${mb(maxBytes)} limit`,
    {
      ...(file ? { file } : {}),
      hint: `split the text, or raise the limit (CLI --max-bytes, library option maxBytes) to at least ${size}`,
    },
  );
}

/** Checks a size limit given by a caller: a whole number of bytes, at least 1. */
export function checkMaxBytes(value: unknown, what = 'maxBytes'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new VerbatimError('E_OPTION_INVALID', `${what} ${String(value)} is not a size of at least 1 byte`, {
      hint: 'give a positive byte count such as 250000000 or 250MB (there is no "unlimited": name a large size)',
    });
  }
  return value;
}

export interface CheckedInput {
  readonly text: string;
  readonly meta?: DocumentMeta;
  readonly published?: string;
  readonly warnings?: readonly string[];
  readonly blocks?: readonly unknown[];
}

/** Checks the shape of a library input (`analyze(x)`); returns it as an object. */
export function checkAnalyzeInput(input: unknown): CheckedInput {
  if (typeof input === 'string') return { text: input };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw invalid(`the input is ${kindOf(input)}; expected a string or an object with a text field`);
  }
  const o = input as Record<string, unknown>;
  if (typeof o['text'] !== 'string') throw invalid(`input.text is ${kindOf(o['text'])}, not a string`);
  const meta = o['meta'];
  if (meta !== undefined && (meta === null || typeof meta !== 'object' || Array.isArray(meta)))
    throw invalid(`input.meta is ${kindOf(meta)}, not an object`);
  if (o['published'] !== undefined) checkPublished(o['published'], 'input.published');
  const warnings = o['warnings'];
  if (warnings !== undefined && (!Array.isArray(warnings) || warnings.some((w) => typeof w !== 'string')))
    throw invalid('input.warnings is not an array of strings');
  if (o['blocks'] !== undefined && !Array.isArray(o['blocks']))
    throw invalid(`input.blocks is ${kindOf(o['blocks'])}, not an array`);
  return o as unknown as CheckedInput;
}

function invalid(message: string): VerbatimError {
  return new VerbatimError('E_INPUT_INVALID', message);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
