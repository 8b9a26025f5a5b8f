import { describe, expect, it } from 'vitest';
import { RECORD_KEYS } from '../../../src/analysis/record-keys.js';
import { RECORD_KINDS } from '../../../src/analysis/records.js';

describe('RECORD_KEYS', () => {
  it('lists the keys of RECORD_KINDS in their order (a new record kind goes in both)', () => {
    expect(RECORD_KEYS).toEqual(RECORD_KINDS.map((k) => k.key));
  });
});
