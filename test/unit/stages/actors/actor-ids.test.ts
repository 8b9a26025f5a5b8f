import { describe, expect, it } from 'vitest';
import { uniqueActorId } from '../../../../src/stages/actors/actors.js';

describe('actor IDs', () => {
  it('gives two actors that start from one span distinct IDs, the later one naming its type', () => {
    const taken = new Set<string>();
    const first = uniqueActorId(taken, 'sc', 10, 19, 'person');
    const second = uniqueActorId(taken, 'sc', 10, 19, 'place');
    const third = uniqueActorId(taken, 'sc', 10, 19, 'place');
    expect(first).toBe('actor_sc_10_19');
    expect(second).toBe('actor_sc_10_19_place');
    expect(third).toBe('actor_sc_10_19_place2');
    expect(new Set([first, second, third]).size).toBe(3);
  });

  it('is stable: the same order of actors gives the same IDs', () => {
    const run = () => {
      const taken = new Set<string>();
      return [uniqueActorId(taken, 's', 1, 5, 'person'), uniqueActorId(taken, 's', 1, 5, 'org')];
    };
    expect(run()).toEqual(run());
  });
});
