/** The remembered answers of names.ts (by type and name) are the answers of the rules, whichever is asked first. */
import { describe, expect, it } from 'vitest';
import { isDescription, isNoName, normalise } from '../../../src/corpus/names.js';

describe('remembered name classes', () => {
  it('keep each type’s answer for the same name apart', () => {
    // `US` a person is the pronoun; an organisation written `US` is a name.
    expect(isNoName('US', 'organisation')).toBe(false);
    expect(isNoName('US', 'person')).toBe(true);
    expect(isNoName('US', 'organisation')).toBe(false);
    expect(isNoName('US', 'person')).toBe(true);
    // A lower-case person is a description; the same words naming a body are not.
    expect(isDescription('the president', 'organisation')).toBe(false);
    expect(isDescription('the president', 'person')).toBe(true);
    expect(isDescription('the president', 'organisation')).toBe(false);
  });

  it('normalise answers the same remembered or not', () => {
    expect(normalise('Zelenskyy’s')).toBe('zelenskyy');
    expect(normalise('Zelenskyy’s')).toBe('zelenskyy');
    expect(normalise('U.S.')).toBe('us');
  });
});
