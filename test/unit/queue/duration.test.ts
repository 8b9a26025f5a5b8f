import { describe, expect, it } from 'vitest';
import { VerbatimError } from '../../../src/model/errors.js';
import { parseDuration } from '../../../src/queue/duration.js';

describe('parseDuration', () => {
  it.each([
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['30s', 30_000],
    ['500ms', 500],
    ['2d', 172_800_000],
    ['20', 20_000],
    ['1.5s', 1500],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text, '--every')).toBe(ms);
  });

  it.each(['', '15 minutes', '-1s', '0s', 'soon'])(
    'refuses %j with a typed error naming the option',
    (text) => {
      expect(() => parseDuration(text, '--every')).toThrowError(VerbatimError);
      expect(() => parseDuration(text, '--every')).toThrow(/--every/);
    },
  );
});
