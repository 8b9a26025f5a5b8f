/**
 * Closed-class English words the actor rules need: determiners, number words and clause-boundary
 * words (pronouns and honorifics are in the shared `lang/en/`). These are grammar, not world
 * knowledge, so they are listed here; world knowledge (countries, roles, organisations, names) comes from the dictionary.
 */
import type { Gender } from './dictionary.js';

/** Verbs that attribute a quotation to its speaker (`… ,” he said`): English's list, in lang/en. */
export { SPEECH_VERBS } from '../../lang/en/speech-verbs.js';

export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['both', 2],
]);

/** Nouns for a set of people that take their members from context (`the two men`). */
export const PEOPLE_NOUNS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['men', 'm'],
  ['women', 'f'],
  ['leaders', undefined],
  ['sides', undefined],
  ['presidents', undefined],
]);

/**
 * Nominal heads that refer back to a country, a government or a place; organisation heads
 * (`agency`, `ministry`, `party`…) come from the dictionary's organisation names.
 */
/** Heads of team nominals: `the Afghan team` starts a team, `the team` refers back to it. */
export const TEAM_NOUNS: ReadonlySet<string> = new Set(['team', 'squad']);
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
  'government',
  'administration',
  'regime',
  'cabinet',
]);
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'capital',
  'town',
  'village',
  'region',
  'province',
]);
/**
 * Places there is one of in a text, as `the` + noun (`the world`, `the whole world`, `the land`,
 * `the east`): GUM marks 94 of the 116 lower-case `the world` in its news and other genres as a
 * place mention, and 92 of the 103 `the` + one of the others.
 */
export const UNIQUE_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'world',
  'earth',
  'land',
  'ocean',
  'globe',
  'mainland',
  'countryside',
  'coast',
  'east',
  'west',
  'north',
  'south',
]);
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
]);

/** Subordinating conjunctions: each opens a clause and ends one for binding. */
export const SUBORDINATORS: readonly string[] = [
  'while',
  'when',
  'because',
  'after',
  'before',
  'if',
  'although',
  'though',
  'since',
];

/** Words after which a noun phrase starts a new clause (so it may be that clause's subject). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  'that',
  'and',
  'but',
  'as',
  'where',
  'who',
  ',',
  ';',
  ':',
  '“',
  '”',
  '"',
  '--',
  '—',
  '–',
  '(',
]);

/** Words that end a clause for binding: an object pronoun may corefer with a subject beyond them. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  'that',
  'who',
  'which',
  // A relative `where` opens a clause with its own subject (`an office where a lawyer interrogated him`).
  'where',
  ';',
  '“',
  '”',
  '"',
  'said',
  'says',
  'saying',
]);

/** Prepositions that make a following capital a place rather than its government (`in Moscow`). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'outside',
  'inside',
  'around',
  'across',
  'throughout',
  'via',
  'toward',
  'towards',
  'of',
]);

/** Possessive clitics as tokenisers emit them. */
export const POSSESSIVE_TOKENS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’', 's']);

/** Nouns for one person that state a gender (`the pregnant woman` … `she`). */
export const GENDERED_PERSON_NOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['woman', 'f'],
  ['man', 'm'],
  ['girl', 'f'],
  ['boy', 'm'],
  ['mother', 'f'],
  ['father', 'm'],
  ['wife', 'f'],
  ['husband', 'm'],
  ['daughter', 'f'],
  ['son', 'm'],
  ['sister', 'f'],
  ['brother', 'm'],
  ['widow', 'f'],
  ['grandmother', 'f'],
  ['grandfather', 'm'],
]);
