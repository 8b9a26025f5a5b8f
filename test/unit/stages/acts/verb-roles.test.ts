/**
 * Which verb carries the act (src/stages/acts/verb-roles.ts), on our own sentences: MOBILIZE only for
 * armed moves (manual MOBILIZE), a helping verb lends its act to the verb it governs, a resignation
 * is RETREAT, and a dropped plan of conflict is a concession.
 */
import { describe, expect, it } from 'vitest';
import { codedActs } from './coded-acts.js';

const acts = codedActs();
const types = (text: string): string[] => acts(text).map((a) => a.type);

describe('acts verb roles', () => {
  it('codes a mobilization as MOBILIZE only when someone armed moves', () => {
    expect(types('Serbia mobilized 5,000 reservists on Monday.')[0]).toBe('MOBILIZE');
    expect(types('The army mobilized along the border.')[0]).toBe('MOBILIZE');
    expect(types('The party mobilized its members for the vote.')).not.toContain('MOBILIZE');
  });

  it('lets the verb after help carry the act, with the intention read where help stands', () => {
    const first = acts('Chile mobilized lobby groups to help support the rights of farmers.')[0];
    expect(first?.type).toBe('SUPPORT');
    expect(first?.trigger.text.startsWith('support')).toBe(true);
    // without a coded verb after it, help is still AID
    expect(types('Japan helped Peru after the earthquake.')[0]).toBe('AID');
  });

  it('codes a resignation as RETREAT (manual RETREAT), not as a concession', () => {
    expect(types('The interior minister resigned on Monday.')[0]).toBe('RETREAT');
    expect(types('The Prime Minister stepped down after the vote.')[0]).toBe('RETREAT');
  });

  it('codes a dropped plan of conflict as a concession, a kept plan as a threat', () => {
    expect(types('Laos suspended plans to impose curfews in the capital.')[0]).toBe('CONCEDE');
    expect(types('Laos has plans to impose curfews in the capital.')[0]).not.toBe('CONCEDE');
  });
});
