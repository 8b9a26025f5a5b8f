import { describe, expect, it } from 'vitest';
import { WordFilter } from '../../../src/kb/word-filter.js';

describe('WordFilter', () => {
  const held = Array.from({ length: 5_000 }, (_, i) => `word${i}`);
  const filter = new WordFilter(held);

  it('never turns away a word it was given', () => {
    for (const w of held) expect(filter.mayHave(w)).toBe(true);
  });

  it('turns away most words it was not given (about words / bits of them pass)', () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `other${i}`);
    const passed = others.filter((w) => filter.mayHave(w)).length;
    expect(passed / others.length).toBeLessThan(1 / 16);
  });

  it('holds nothing when given nothing', () => {
    expect(new WordFilter([]).mayHave('the')).toBe(false);
  });
});
