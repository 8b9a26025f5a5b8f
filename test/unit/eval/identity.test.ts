import { describe, expect, it } from 'vitest';
import { chainWikis, mentionKind, missedByType } from '../../../src/eval/identity/task.js';

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

  it('counts the gold mentions no predicted actor holds by entity type, most missed first', () => {
    const item = (type: string, corpus: string) => ({
      gold: 'X',
      corpus,
      local: 'd:single:0',
      doc: 'd',
      kind: 'name' as const,
      text: 'x',
      type,
    });
    const items = [
      item('person', 'corpus:1'),
      item('substance', 'd:single:1'),
      item('substance', 'd:single:2'),
    ];
    expect(missedByType(items)).toBe('substance 2/2, person 0/1');
  });
});
