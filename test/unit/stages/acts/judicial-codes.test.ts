/**
 * Judicial charges in the CAMEO verb file (judicial-codes.ts): which 173 patterns charge, try or sue
 * (recoded ACCUSE allege) and which arrest, detain or judge (kept COERCE arrest).
 */
import { describe, expect, it } from 'vitest';
import {
  asCharge,
  asConvictionOf,
  isConvictionClassPattern,
  isJudicialCharge,
} from '../../../../src/stages/acts/judicial-codes.js';
import type { VerbPattern } from '../../../../src/stages/acts/verb-file.js';

const pattern = (after: string[][], extra: Partial<VerbPattern> = {}): VerbPattern => ({
  before: [],
  after,
  code: '173',
  from: 'CAMEO.2.0.txt:1',
  ...extra,
});

describe('judicial charges', () => {
  it.each([
    ['put on trial', pattern([['on'], ['trial']], { verb: 'put' }), undefined, true],
    ['pressed charges', pattern([['charges']], { verb: 'press' }), undefined, true],
    ['prosecutor charged', pattern([], { before: [['prosecutor']], verb: 'charge' }), undefined, true],
    [
      'indicted for crimes (class pattern of INDICT)',
      pattern([['for'], ['crime', 'offense']]),
      'indict',
      true,
    ],
    ['placed in detention', pattern([['in'], ['detention', 'jail']]), 'place', false],
    [
      'set a verdict in the trial',
      pattern([['verdict'], ['in'], ['trial']], { verb: 'set' }),
      undefined,
      false,
    ],
    ['arrested', pattern([['activist']], { verb: 'arrest' }), undefined, false],
    ['a 111 pattern', pattern([['trial']], { code: '111', verb: 'condemn' }), undefined, false],
  ] as const)('%s', (_name, p, commentVerb, expected) => {
    expect(isJudicialCharge(p, commentVerb)).toBe(expected);
  });

  it("recodes a charge to 115 with its provenance, a class pattern becoming its verb's own", () => {
    const out = asCharge(pattern([['for'], ['crime']]), 'indict');
    expect(out.code).toBe('115');
    expect(out.verb).toBe('indict');
    expect(out.from).toMatch(/^CAMEO\.2\.0\.txt:1, recoded .*ACCUSE allege/);
    expect(asCharge(pattern([['charges']]), 'submit').verb).toBeUndefined();
  });

  it("makes a convicting verb's 173 class pattern its own, keeping the code", () => {
    const p = pattern([['of'], ['crime', 'violation']]);
    expect(isConvictionClassPattern(p, 'convict')).toBe(true);
    expect(isConvictionClassPattern(p, 'accuse')).toBe(false);
    expect(isConvictionClassPattern({ ...p, verb: 'convict' }, 'convict')).toBe(false);
    const own = asConvictionOf(p, 'convict');
    expect(own).toMatchObject({ verb: 'convict', code: '173' });
  });
});
