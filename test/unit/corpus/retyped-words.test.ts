import { describe, expect, it } from 'vitest';
import { type Candidate, decide } from '../../../src/corpus/decide.js';
import { actorKeys } from '../../../src/corpus/names.js';
import { articleActor } from './article-actor.js';

function cand(
  id: number,
  name: string,
  type: string,
  keys: string[],
  extra: Partial<Candidate> = {},
): Candidate {
  return { id, name, type, titles: [], keys, ...extra };
}

const NONE = {
  pins: new Map<string, number>(),
  apart: new Set<string>(),
  articleSurnames: new Map<string, number[]>(),
};

describe('one-word names typed a person in one article and a body or place in another', () => {
  it("gives a body's or place's one-word name the key a person of that word holds, and no longer name", () => {
    expect(actorKeys('Zentrova', [], 'organisation').word).toBe('s:zentrova');
    expect(actorKeys('Zentrova', [], 'place').word).toBe('s:zentrova');
    expect(actorKeys('Zentrova Labs', [], 'organisation').word).toBeUndefined();
    expect(actorKeys('Zentrova', [], 'person').word).toBeUndefined();
  });

  // [case, actor, candidates, expected corpus actor id (undefined = new)]
  const CASES: [string, ReturnType<typeof articleActor>, Candidate[], number | undefined][] = [
    [
      'an organisation finds the person-typed word',
      articleActor('Zentrova', 'organisation', []),
      [cand(4, 'Zentrova', 'person', ['s:zentrova'])],
      4,
    ],
    [
      'a person-typed word finds the place',
      articleActor('Zentrova', 'person', []),
      [cand(4, 'Zentrova', 'place', ['s:zentrova'])],
      4,
    ],
    [
      'not when a full-named person bears the word',
      articleActor('Zentrova', 'organisation', []),
      [cand(4, 'Mara Zentrova', 'person', ['s:zentrova'])],
      undefined,
    ],
    [
      'not when two corpus actors hold the word',
      articleActor('Zentrova', 'organisation', []),
      [cand(4, 'Zentrova', 'person', ['s:zentrova']), cand(5, 'Zentrova', 'place', ['s:zentrova'])],
      undefined,
    ],
    [
      'not when the person states a role',
      articleActor('Zentrova', 'organisation', []),
      [cand(4, 'Zentrova', 'person', ['s:zentrova'], { titles: ['senator'] })],
      undefined,
    ],
    [
      'not when the word is spelt with other capitals',
      articleActor('ZT', 'place', []),
      [cand(4, 'Zt', 'person', ['s:zt'])],
      undefined,
    ],
    [
      'not between a body and a place (the type groups agree already or the place rule decides)',
      articleActor('Zentrova', 'organisation', []),
      [cand(4, 'Zentrova', 'place', ['s:zentrova'])],
      undefined,
    ],
  ];
  it.each(CASES)('%s', (_case, actor, cands, want) => {
    expect(decide(actor, cands, NONE).corpusActorId).toBe(want);
  });

  it('says why, and leaves a person-typed word the article gives a full-named bearer to that bearer', () => {
    const d = decide(
      articleActor('Zentrova', 'person', []),
      [cand(4, 'Zentrova', 'organisation', ['s:zentrova'])],
      NONE,
    );
    expect(d.method).toBe('retyped-word');
    const inArticle = { ...NONE, articleSurnames: new Map([['s:zentrova', [9]]]) };
    expect(
      decide(
        articleActor('Zentrova', 'person', []),
        [cand(4, 'Zentrova', 'organisation', ['s:zentrova'])],
        inArticle,
      ).corpusActorId,
    ).toBe(9);
  });
});

describe('one-word names and countries', () => {
  it('never links a person-typed word to a country, nor a country to a person', () => {
    expect(
      decide(articleActor('Zentrova', 'person', []), [cand(4, 'Zentrova', 'country', ['s:zentrova'])], NONE)
        .corpusActorId,
    ).toBeUndefined();
    expect(
      decide(articleActor('Zentrova', 'country', []), [cand(4, 'Zentrova', 'person', ['s:zentrova'])], NONE)
        .corpusActorId,
    ).toBeUndefined();
  });
});
