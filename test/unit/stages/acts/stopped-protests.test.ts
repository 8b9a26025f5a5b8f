/**
 * Stopping a protest is COERCE (src/stages/acts/protest-rules.ts; manual COERCE restrict: "impose
 * restrictions on political freedoms"), on our own sentences: the protest the act is done to does
 * not make the act a PROTEST, while an act done in protest still is one.
 */
import { describe, expect, it } from 'vitest';
import { codedActs } from './coded-acts.js';

const acts = codedActs();
const first = (text: string) => acts(text)[0];

describe('acts stopped protests', () => {
  it('codes a verb that stops a protest as COERCE restrict', () => {
    const broke = first('Police broke up a demonstration by students in the capital.');
    expect(broke?.type).toBe('COERCE');
    expect(broke?.cameo).toBe('1721');
    expect(first('The authorities banned a march planned to protest the election results.')?.type).toBe(
      'COERCE',
    );
    expect(first('The governor blocked the rally organised to protest the new law.')?.type).toBe('COERCE');
  });

  it('keeps acts done in protest, and the file’s own patterns', () => {
    expect(first('Farmers blocked roads in a protest against the reform.')?.type).toBe('PROTEST');
    expect(first('Riot police dispersed a protest against the government.')?.cameo).toBe('175');
    // `broke` without `up` is no stopping of the protest
    expect(first('Students broke a demonstration ban in the capital.')?.cameo).not.toBe('1721');
  });
});
