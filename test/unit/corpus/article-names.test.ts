import { describe, expect, it } from 'vitest';
import { isCountryPart, withContainers, withRegions } from '../../../src/corpus/article-names.js';
import type { ArticleActor } from '../../../src/corpus/decide.js';
import { articleActor } from './article-actor.js';

function planned(name: string, type: string): { actor: ArticleActor } {
  return { actor: articleActor(name, type, []) };
}

describe("an article's short forms of its own names", () => {
  it('reads a compass point alone as the one place of the article it opens', () => {
    const out = withRegions([
      planned('North Korea', 'country'),
      planned('South Korea', 'country'),
      planned('the North', 'place'),
      planned('South', 'country'),
    ]);
    expect(out[2]!.actor.compassOf).toBe('north korea');
    expect(out[3]!.actor.compassOf).toBe('south korea');
  });

  it('leaves a compass point alone when two places, or none, start with it', () => {
    const two = withRegions([
      planned('North Korea', 'country'),
      planned('North Dakota', 'place'),
      planned('the North', 'place'),
    ]);
    expect(two[2]!.actor.compassOf).toBeUndefined();
    expect(withRegions([planned('the South', 'place')])[0]!.actor.compassOf).toBeUndefined();
    // A person is never a region.
    const person = withRegions([planned('North Korea', 'country'), planned('North', 'person')]);
    expect(person[1]!.actor.compassOf).toBeUndefined();
  });

  it('reads a one-word person name ending one organisation name as its short form, not a bearer’s surname', () => {
    const out = withContainers([
      planned('Space Shuttle Endeavour', 'organisation'),
      planned('Endeavour', 'person'),
    ]);
    expect(out[1]!.actor.container).toBe('space shuttle endeavour');
    const bearer = withContainers([
      planned('Washington Mutual', 'organisation'),
      planned('Denzel Mutual', 'person'),
      planned('Mutual', 'person'),
    ]);
    expect(bearer[2]!.actor.container).toBeUndefined();
  });

  it('knows the parts of countries the dictionaries code as the country', () => {
    expect(isCountryPart('wales')).toBe(true);
    expect(isCountryPart('scotland')).toBe(true);
    expect(isCountryPart('britain')).toBe(false);
    expect(isCountryPart('united kingdom')).toBe(false);
  });
});
