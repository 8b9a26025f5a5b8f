/**
 * `15m`, `1h`, `30s`, `2d`, `500ms` → milliseconds; a bare number is seconds (as `analyze --fetch-timeout 20`). Hand-written: one regex; the `ms` package's
 * stable release ships no types and parses far more than an option needs.
 */
import { VerbatimError } from '../model/errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  const ms = m ? Number(m[1]) * (UNIT_MS[(m[2] ?? 's').toLowerCase()] ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new VerbatimError('E_OPTION_INVALID', `${option} '${text}' is not a duration`, {
      hint: 'write a number and a unit: 500ms, 30s, 15m, 1h or 1d (a bare number is seconds)',
    });
  }
  return ms;
}
