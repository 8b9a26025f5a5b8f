import { describe, expect, it } from 'vitest';
import {
  type ArticleActor,
  type Candidate,
  compatible,
  decide,
  joinUnresolved,
} from '../../../src/corpus/decide.js';
import { actorKeys, normalise } from '../../../src/corpus/names.js';
import { articleActor } from './article-actor.js';

function actor(name: string, type = 'person', extra: Partial<ArticleActor> = {}): ArticleActor {
  return articleActor(name, type, [name], extra);
}

function cand(id: number, name: string, keys: string[], extra: Partial<Candidate> = {}): Candidate {
  return { id, name, type: 'person', titles: [], keys, ...extra };
}

const NONE = {
  pins: new Map<string, number>(),
  apart: new Set<string>(),
  articleSurnames: new Map<string, number[]>(),
};

describe('name keys', () => {
  it.each([
    ['Volodymyr Zelenskyy’s', 'volodymyr zelenskyy'],
    ['Mr. Putin', 'putin'],
    ['U.S.', 'us'],
    ['José Álvarez', 'jose alvarez'],
  ])('normalises %s', (name, want) => expect(normalise(name)).toBe(want));

  it('gives a person full-name, first-last and surname keys, and no one-word name key', () => {
    expect(actorKeys('Vladimir V. Putin', ['Putin'], 'person')).toEqual({
      names: ['n:vladimir v putin', 'n:vladimir putin'],
      surname: 's:putin',
      surnameOnly: false,
    });
    expect(actorKeys('Trump', ['Trump'], 'person')).toEqual({
      names: [],
      surname: 's:trump',
      surnameOnly: true,
    });
    expect(actorKeys('Donald Trump Jr.', [], 'person').surname).toBe('s:trump');
  });

  it("gives a place's formal administrative name the plain name's key, not a country's formal name", () => {
    expect(actorKeys('State of Texas', [], 'place').names).toEqual(['n:state of texas', 'n:texas']);
    expect(actorKeys('the Commonwealth of Virginia', [], 'place').names).toContain('n:virginia');
    expect(actorKeys('City of London', [], 'place').names).toEqual(['n:city of london']);
    expect(actorKeys('Republic of Korea', [], 'country').names).toEqual(['n:republic of korea']);
    expect(actorKeys('State of Texas', [], 'organisation').names).toEqual(['n:state of texas', 'n:texas']);
    expect(actorKeys('State of Texas', [], 'person').names).not.toContain('n:texas');
  });
});

describe('linking decisions', () => {
  // [case, actor, candidates, expected corpus actor id (undefined = new)]
  const CASES: [string, ArticleActor, Candidate[], number | undefined][] = [
    ['full name', actor('Dmitry Peskov'), [cand(7, 'Dmitry Peskov', ['n:dmitry peskov'])], 7],
    ['one surname bearer', actor('Peskov'), [cand(7, 'Dmitry Peskov', ['s:peskov'])], 7],
    [
      'two surname bearers, nothing sets one apart',
      actor('Biden'),
      [cand(1, 'Joe Biden', ['s:biden']), cand(2, 'Hunter Biden', ['s:biden'])],
      undefined,
    ],
    [
      'two surname bearers, a shared stated role decides',
      actor('Biden', 'person', { titles: ['president'] }),
      [cand(1, 'Joe Biden', ['s:biden'], { titles: ['president'] }), cand(2, 'Hunter Biden', ['s:biden'])],
      1,
    ],
    [
      'another given name is another person',
      actor('Hunter Biden'),
      [cand(1, 'Biden', ['s:biden']), cand(2, 'Joe Biden', ['s:biden'])],
      undefined,
    ],
    ['a bare-surname actor gets its full name', actor('Donald Trump'), [cand(3, 'Trump', ['s:trump'])], 3],
    [
      'a person never links to a place',
      actor('Jordan'),
      [cand(4, 'Jordan', ['s:jordan'], { type: 'country' })],
      undefined,
    ],
    [
      'countries that differ',
      actor('Ivan Petrov', 'person', { country: 'RUS' }),
      [cand(5, 'Ivan Petrov', ['n:ivan petrov'], { country: 'BGR' })],
      undefined,
    ],
    [
      "the stage's country differs, but the codes give the candidate's (the same mention again)",
      actor('Ivan Petrov', 'person', { country: 'RUS', codeCountry: 'BGR' }),
      [cand(5, 'Ivan Petrov', ['n:ivan petrov'], { country: 'BGR' })],
      5,
    ],
    [
      'countries that differ, but the knowledge base names one person',
      actor('Donald Trump', 'person', { country: 'CHN', kbKey: 'k:donald trump' }),
      [cand(5, 'Donald Trump', ['n:donald trump', 'k:donald trump'], { country: 'USA' })],
      5,
    ],
    [
      'a place and a government of the same name are one actor typed two ways',
      actor('Lisbon', 'place'),
      [cand(6, 'Lisbon', ['n:lisbon'], { type: 'government' })],
      6,
    ],
    [
      'but not a body that only has the place as an alias',
      actor('Lisbon', 'place'),
      [cand(6, 'Portuguese Navy', ['n:lisbon'], { type: 'organisation' })],
      undefined,
    ],
    [
      'nor a person and a place of the same one-word name',
      actor('Lisbon', 'place'),
      [cand(6, 'Lisbon', ['n:lisbon'], { type: 'person' })],
      undefined,
    ],
  ];
  it.each(CASES)('%s', (_case, a, cands, want) => {
    expect(decide(a, cands, NONE).corpusActorId).toBe(want);
  });

  it('prefers the one full-named bearer in the same article over the corpus', () => {
    const d = decide(
      actor('Trump'),
      [cand(1, 'Donald Trump', ['s:trump']), cand(2, 'Melania Trump', ['s:trump'])],
      {
        ...NONE,
        articleSurnames: new Map([['s:trump', [2]]]),
      },
    );
    expect(d).toMatchObject({ corpusActorId: 2, method: 'surname-in-article' });
  });

  it('obeys user corrections: pins and keys kept apart', () => {
    const a = actor('Dmitry Peskov');
    expect(
      decide(a, [cand(7, 'Dmitry Peskov', ['n:dmitry peskov'])], {
        ...NONE,
        pins: new Map([['n:dmitry peskov', 9]]),
      }),
    ).toMatchObject({
      corpusActorId: 9,
      method: 'correction',
    });
    expect(
      decide(a, [cand(7, 'Dmitry Peskov', ['n:dmitry peskov'])], {
        ...NONE,
        apart: new Set(['n:dmitry peskov|7']),
      }).corpusActorId,
    ).toBeUndefined();
  });

  it('links a name written twice in one article to one actor, whatever its types', () => {
    const ctx = { ...NONE, articleNames: new Map([['aurora', 11]]) };
    expect(decide(actor('Aurora', 'person'), [], ctx)).toMatchObject({
      corpusActorId: 11,
      method: 'same-name-in-article',
    });
    // …unless it is the surname of a person the article names in full.
    const withBearer = { ...ctx, articleSurnames: new Map([['s:aurora', [12]]]) };
    expect(decide(actor('Aurora', 'person'), [], withBearer)).toMatchObject({
      corpusActorId: 12,
      method: 'surname-in-article',
    });
  });

  it("links a body named by a place's formal name to the place, not a city's formal name", () => {
    const texas = cand(40, 'Texas', ['n:texas'], { type: 'place' });
    expect(decide(actor('State of Texas', 'organisation'), [texas], NONE)).toMatchObject({
      corpusActorId: 40,
      method: 'full-name',
    });
    expect(
      compatible(
        actor('City of London', 'organisation'),
        cand(42, 'London', ['n:london'], { type: 'place' }),
      ),
    ).toBe(false);
  });

  it('links a short organisation name to the one longer name of the article it ends', () => {
    const a = actor('Treasury', 'organisation', { container: 'federal treasury' });
    const ctx = { ...NONE, articleNames: new Map([['federal treasury', 21]]) };
    expect(decide(a, [cand(30, 'Treasury', ['n:treasury'], { type: 'organisation' })], ctx)).toMatchObject({
      corpusActorId: 21,
      method: 'short-name-in-article',
    });
  });
});

describe('ties (the unresolved actor of a name)', () => {
  const tied = [
    cand(1, 'Ivan Petrov', ['n:ivan petrov'], { country: 'RUS' }),
    cand(2, 'Ivan Petrov', ['n:ivan petrov'], { country: 'BGR' }),
  ];

  it('makes a tie hold the unresolved form of the name, not the name', () => {
    expect(decide(actor('Ivan Petrov'), tied, NONE)).toMatchObject({
      method: 'new-ambiguous',
      tied: [1, 2],
      holds: ['u:n:ivan petrov'],
    });
    expect(
      decide(actor('Biden'), [cand(1, 'Joe Biden', ['s:biden']), cand(2, 'Hunter Biden', ['s:biden'])], NONE),
    ).toMatchObject({ holds: ['u:s:biden'] });
  });

  it('never counts the unresolved actor as a candidate of the name', () => {
    const withBucket = [...tied, cand(3, 'Ivan Petrov', ['u:n:ivan petrov'])];
    expect(decide(actor('Ivan Petrov'), withBucket, NONE).tied).toEqual([1, 2]);
    // A stated country still picks its own actor.
    expect(decide(actor('Ivan Petrov', 'person', { country: 'RUS' }), withBucket, NONE).corpusActorId).toBe(
      1,
    );
  });

  it('joins the compatible unresolved actor, or leaves the decision to make one', () => {
    const a = actor('Ivan Petrov');
    const d = decide(a, tied, NONE);
    const bucket = cand(3, 'Ivan Petrov', ['u:n:ivan petrov']);
    expect(joinUnresolved(a, d, [...tied, bucket], NONE)).toMatchObject({
      corpusActorId: 3,
      method: 'unresolved',
      holds: ['u:n:ivan petrov'],
    });
    expect(joinUnresolved(a, d, tied, NONE)).toBe(d);
    const placeBucket = cand(4, 'Ivan Petrov', ['u:n:ivan petrov'], { type: 'place' });
    expect(joinUnresolved(a, d, [...tied, placeBucket], NONE).corpusActorId).toBeUndefined();
    const apart = { ...NONE, apart: new Set(['u:n:ivan petrov|3']) };
    expect(joinUnresolved(a, d, [...tied, bucket], apart).corpusActorId).toBeUndefined();
  });
});

describe('pronouns and forms of address', () => {
  it('gives a person named by a pronoun or an address no keys, so it never links across articles', () => {
    expect(actorKeys('I', ['I'], 'person')).toEqual({ names: [], surnameOnly: false });
    expect(actorKeys('Your Honor', [], 'person').names).toEqual([]);
    // …but `U.S.` (normalised `us`) is a country, not the pronoun.
    expect(actorKeys('U.S.', [], 'country').names).toEqual(['n:us']);
    expect(decide(actor('You'), [cand(3, 'You', ['s:you'])], NONE).corpusActorId).toBeUndefined();
  });

  it('gives an actor named by a description (`the president`, `his father`) no keys, but keeps names', () => {
    expect(actorKeys('the president', [], 'person').names).toEqual([]);
    expect(actorKeys('his father', [], 'person')).toEqual({ names: [], surnameOnly: false });
    expect(actorKeys('their team', [], 'organisation').names).toEqual([]);
    expect(actorKeys('Our Lady of Lourdes', [], 'organisation').names).toEqual(['n:our lady of lourdes']);
    expect(actorKeys('the Kremlin', [], 'government').names).toEqual(['n:the kremlin']);
  });

  it('links a compass point alone to the one place of its article it opens', () => {
    const a = actor('the North', 'place', { compassOf: 'north korea' });
    const ctx = { ...NONE, articleNames: new Map([['north korea', 12]]) };
    expect(decide(a, [], ctx)).toMatchObject({ corpusActorId: 12, method: 'compass-in-article' });
    expect(decide(actor('the North', 'place'), [], ctx).corpusActorId).toBeUndefined();
  });

  it("gives a group named by a pronoun (a podcast's `we`) no keys, whatever its type, but keeps `US`", () => {
    expect(actorKeys('we', [], 'organisation').names).toEqual([]);
    expect(actorKeys('They', [], 'organisation').names).toEqual([]);
    expect(actorKeys('US', [], 'country').names).toEqual(['n:us']);
    expect(actorKeys('IT', [], 'organisation').names).toEqual(['n:it']);
    expect(actorKeys('the South', [], 'place').names).toEqual([]);
    expect(actorKeys('South Africa', [], 'country').names).toEqual(['n:south africa']);
  });
});
