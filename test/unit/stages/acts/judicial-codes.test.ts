/**
 * Judicial acts in the CAMEO verb file (judicial-codes.ts): which 173 patterns charge, try or sue
 * (ACCUSE allege, 115), which convict or sentence (SANCTION convict, 116) and which arrest or
 * detain (kept 173).
 */
import { describe, expect, it } from 'vitest';
import { judicialKind, recodeJudicial } from '../../../../src/stages/acts/judicial-codes.js';
import type { VerbPattern } from '../../../../src/stages/acts/verb-file.js';

const pattern = (after: string[][], extra: Partial<VerbPattern> = {}): VerbPattern => ({
  before: [],
  after,
  code: '173',
  from: 'CAMEO.2.0.txt:1',
  ...extra,
});

describe('judicial acts in the verb file', () => {
  it.each([
    ['put on trial', pattern([['on'], ['trial']], { verb: 'put' }), undefined, 'charge'],
    ['pressed charges', pattern([['charges']], { verb: 'press' }), undefined, 'charge'],
    ['prosecutor charged', pattern([], { before: [['prosecutor']], verb: 'charge' }), undefined, 'charge'],
    [
      'indicted for crimes (class pattern of INDICT)',
      pattern([['for'], ['crime', 'offense']]),
      'indict',
      'charge',
    ],
    ['found guilty', pattern([['guilty']], { verb: 'found' }), undefined, 'judgement'],
    ['convicted of crimes (class pattern of CONVICT)', pattern([['of'], ['crime']]), 'convict', 'judgement'],
    [
      'set a verdict in the trial',
      pattern([['verdict'], ['in'], ['trial']], { verb: 'set' }),
      undefined,
      'judgement',
    ],
    ['sought a sentence', pattern([['sentence']], { verb: 'seek' }), undefined, undefined],
    ['placed in detention', pattern([['in'], ['detention', 'jail']]), 'place', undefined],
    ['arrested', pattern([['activist']], { verb: 'arrest' }), undefined, undefined],
    ['a 111 pattern', pattern([['trial']], { code: '111', verb: 'condemn' }), undefined, undefined],
  ] as const)('%s', (_name, p, commentVerb, expected) => {
    expect(judicialKind(p, commentVerb)).toBe(expected);
  });

  it("recodes with the reason in the provenance, a class pattern becoming its verb's own", () => {
    const charge = recodeJudicial(pattern([['for'], ['crime']]), 'charge', 'indict');
    expect(charge).toMatchObject({ code: '115', verb: 'indict' });
    expect(charge.from).toMatch(/^CAMEO\.2\.0\.txt:1, recoded .*ACCUSE allege/);
    // `accuses X of trade violations` no longer meets CONVICT's pattern
    expect(recodeJudicial(pattern([['of'], ['crime']]), 'judgement', 'convict')).toMatchObject({
      code: '116',
      verb: 'convict',
    });
    // a pattern of words, written for no verb of its own, stays block-wide
    expect(recodeJudicial(pattern([['charges']]), 'charge', 'submit').verb).toBeUndefined();
  });
});
