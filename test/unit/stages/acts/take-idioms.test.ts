/**
 * TAKE's light-verb idioms code no seizure (src/stages/acts/own-verbs.ts: TAKE alone codes CAMEO 171,
 * TAKE_OVER 171 too), on our own sentences; seizures by the same verbs still code.
 */
import { describe, expect, it } from 'vitest';
import { codedActs } from './coded-acts.js';

const acts = codedActs();
const types = (text: string) => acts(text).map((a) => a.type);

describe('acts TAKE idioms', () => {
  it('codes no act for looking after, using, claiming credit, holding a stance or succeeding in an office', () => {
    expect(types('The ministry takes care of the veterans.')).toEqual([]);
    expect(types('Smugglers took advantage of the gaps in the border controls.')).toEqual([]);
    expect(types('The government took credit for the fall in unemployment.')).toEqual([]);
    expect(types('Both senators have taken a more aggressive stance on trade.')).toEqual([]);
    expect(types('The deputy governor took over as acting head of the central bank.')).toEqual([]);
    expect(types('A former diplomat is taking over from him on an interim basis.')).toEqual([]);
  });

  it('still codes a seizure by the same verbs', () => {
    expect(types('Rebel troops took the town after two days of fighting.')).toContain('ASSAULT');
    expect(types('Gunmen took over the embassy in the capital.')).toContain('COERCE');
  });
});
