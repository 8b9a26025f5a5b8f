/**
 * Seizures made in fighting (src/stages/acts/combat-rules.ts), on our own sentences: combatants
 * captured and territory taken by a fighting party are ASSAULT (manual ASSAULT and COERCE
 * ambiguities), while seizures by the police and arrests stay COERCE.
 */
import { describe, expect, it } from 'vitest';
import { codedActs } from './coded-acts.js';

const acts = codedActs();
const first = (text: string) => acts(text)[0];

describe('acts combat rules', () => {
  it('codes captured combatants as ASSAULT abduct', () => {
    const act = first('The army captured 40 rebel fighters near the border.');
    expect(act?.type).toBe('ASSAULT');
    expect(act?.cameo).toBe('181');
    expect(act?.mode).toBe('abduct');
  });

  it('codes territory taken by troops or rebels as ASSAULT, by others as COERCE', () => {
    expect(first('Rebels took control of the town after heavy fighting.')?.type).toBe('ASSAULT');
    expect(first('Government troops seized the rebel stronghold on Monday.')?.type).toBe('ASSAULT');
    expect(first('Farmers took control of the estate on Monday.')?.type).toBe('COERCE');
  });

  it('keeps arrests, and a passive agent is not what was seized', () => {
    expect(first('Police arrested 40 rebels in the capital.')?.type).toBe('COERCE');
    expect(first('A student was seized by militants on Thursday.')?.cameo).not.toBe('181');
  });
});
