import { describe, expect, it } from 'vitest';
import { chainWikis, mentionKind } from '../../../src/eval/identity/task.js';

describe('eval identity', () => {
  it.each([
    ['he', 'pronoun'],
    ['You', 'pronoun'],
    ['itself', 'pronoun'],
    ['the president', 'nominal'],
    ['The president', 'nominal'],
    ['Andy Warhol', 'name'],
    ['the United States', 'name'],
    ['wikiHow', 'name'],
    ['iodine', 'nominal'],
  ] as const)('tells the kind of the gold mention %s', (text, kind) => expect(mentionKind(text)).toBe(kind));

  it('reads the Wikipedia identity of each linked chain', () => {
    const wikis = chainWikis('1\tBarack\t(person-3-Barack_Obama\n2\tit\t(object-4)\n');
    expect([...wikis]).toEqual([['3', 'Barack_Obama']]);
  });
});
