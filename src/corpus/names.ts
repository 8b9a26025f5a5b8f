/**
 * Name keys for linking article actors to corpus actors. A key is a normalised name with a prefix:
 * `n:` a full name or alias (`n:vladimir putin`, `n:nato`), `s:` a person's surname (`s:putin`),
 * `k:` a knowledge-base entry (`k:vladimir putin`). Normalisation folds case and diacritics, drops
 * possessives, periods and honorifics, so `Zelenskyy’s`, `ZELENSKYY` and `Zelenskyy` agree.
 */
import { PRONOUNS } from '../lang/en/pronouns.js';
import { honorificOf } from '../lang/en/titles.js';
import { BoundedMemo } from '../util/bounded-memo.js';

export type TypeGroup = 'person' | 'geo' | 'org';

/**
 * Person actors named by a pronoun or a form of address (the speaker `I`, the addressee `you`,
 * `Your Honor`): each is someone in its own article only, so they get no keys and never link
 * across articles (every interview's `I` is another person).
 */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...PRONOUNS.keys(),
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'your honor',
  'your honour',
  'your majesty',
  'your excellency',
  'sir',
  'madam',
  'maam',
]);

/**
 * A compass point alone names a region relative to its text (the American South, the Confederacy's
 * North, South America in another): the same word in two articles is rarely the same place.
 */
const RELATIVE_PLACES: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/** The compass point a name is alone (`the North` → `north`), or undefined. */
export function compassPoint(name: string): string | undefined {
  const plain = normalise(name).replace(/^the /, '');
  return RELATIVE_PLACES.has(plain) ? plain : undefined;
}

/**
 * True when an actor's name is a pronoun or a form of address, not a name. A group named by a pronoun
 * (`they` of an unnamed group, an interviewee's `we`) is no name either. An organisation can be named
 * `we` or `they` too (a podcast's hosts, a company's staff); for it only the pronoun as written counts,
 * so `US` and `U.S.` (folded to `us`) stay names; nor does a compass point alone name one place.
 */
export function isNoName(name: string, type: string): boolean {
  return remembered(noNameMemo, name, type, noName);
}

function noName(name: string, type: string): boolean {
  const personOrGroup = typeGroup(type) === 'person' || type === 'group';
  if (personOrGroup && NOT_NAMES.has(normalise(name).replace(/'/g, ''))) return true;
  if (typeGroup(type) === 'person') return false;
  const written = name.trim();
  if (RELATIVE_PLACES.has(normalise(written).replace(/^the /, ''))) return true;
  return written !== written.toUpperCase() && PRONOUNS.has(written.toLowerCase());
}

/** Possessive determiners: a name opening with one describes someone relative to its text (`his father`). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * True when an actor is named by a description, not a name: a person without a capitalised word (`the
 * president`, `a spokesman`), or anyone named relative to the text by a possessive and lower-case words
 * (`his father`, `their team`). It is
 * someone in its own article only: every article's `the president` or `his father` may be another person,
 * so such actors get no keys and never link across articles (within an article they still do).
 */
export function isDescription(name: string, type: string): boolean {
  return remembered(descriptionMemo, name, type, description);
}

function description(name: string, type: string): boolean {
  const [first = '', ...rest] = name.trim().split(/\s+/);
  // `Our Lady of Lourdes` is a name: a capitalised word follows the possessive.
  if (POSSESSIVES.has(first.toLowerCase()) && !/\p{Lu}/u.test(rest.join(' '))) return true;
  return typeGroup(type) === 'person' && !/\p{Lu}/u.test(name);
}

/**
 * isNoName's and isDescription's answers by type and name (cleared when full: bounded memory): linking asks both
 * of each actor several times (its keys, its knowledge-base key, its decision) and the same names recur.
 */
const CLASS_MEMO_LIMIT = 50_000;
const noNameMemo = new BoundedMemo<string, boolean>(CLASS_MEMO_LIMIT);
const descriptionMemo = new BoundedMemo<string, boolean>(CLASS_MEMO_LIMIT);

function remembered(
  memo: BoundedMemo<string, boolean>,
  name: string,
  type: string,
  answer: (name: string, type: string) => boolean,
): boolean {
  const key = `${type}\u0000${name}`;
  const hit = memo.get(key);
  return hit !== undefined ? hit : memo.set(key, answer(name, type));
}

/** Generational suffixes: part of the full name (Trump Jr. is not Trump) but never a surname. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Names whose words are remembered (cleared when full: bounded memory): linking folds the same names many
 * times per article (keys, same-name checks, given-name conflicts) and the same names recur across articles.
 */
const WORDS_MEMO_LIMIT = 50_000;
const wordsMemo = new BoundedMemo<string, readonly string[]>(WORDS_MEMO_LIMIT);

/** Lower-case words of a name, diacritics folded, possessive and periods removed (`U.S.` → `us`). */
export function nameWords(name: string): readonly string[] {
  // get, then set: no closure made per call on this hot path (as `through` would).
  return wordsMemo.get(name) ?? wordsMemo.set(name, foldedWords(name));
}

function foldedWords(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\./g, '');
  const words = folded.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  let i = 0;
  while (i < words.length - 1 && honorificOf(words[i]!) !== undefined) i++;
  return words.slice(i);
}

/** Normalised names remembered (cleared when full), as their words are: the joined form is asked as often. */
const normalMemo = new BoundedMemo<string, string>(WORDS_MEMO_LIMIT);

/** A name's words (nameWords) joined by single spaces: the form keys and same-name checks compare. */
export function normalise(name: string): string {
  return normalMemo.get(name) ?? normalMemo.set(name, nameWords(name).join(' '));
}

/** Which actor types may share a corpus actor: a person never links to an organisation or a place. */
export function typeGroup(type: string): TypeGroup {
  if (type === 'person') return 'person';
  if (type === 'country' || type === 'place') return 'geo';
  return 'org';
}

/** The surname of a person's name (last word that is no generational suffix), or undefined. */
export function surname(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    if (!NAME_SUFFIXES.has(words[i]!)) return words[i];
  }
  return undefined;
}

/** The first word when it is a given name (not a bare initial), for first-name conflicts. */
export function givenName(words: readonly string[]): string | undefined {
  const first = words[0];
  return words.length >= 2 && first && first.length > 1 ? first : undefined;
}

/**
 * Administrative prefixes of a place's formal name: `State of Texas` (the place, or the body the
 * stage types an organisation) is `Texas`. Countries' formal
 * prefixes (`Republic of`, `Kingdom of`) are left out (`Republic of Korea` is not any `Korea`), and
 * so are cities' (`City of London` is not London).
 */
const PLACE_PREFIX = /^(?:the )?(?:state|commonwealth|province) of (?=\S)/;

/** A normalised name without its administrative prefix (`state of texas` → `texas`). */
export function plainPlaceName(normalised: string): string {
  const formal = PLACE_PREFIX.exec(normalised);
  return formal ? normalised.slice(formal[0].length) : normalised;
}

export interface ActorKeys {
  /** Full-name and alias keys (`n:`), most specific first. */
  readonly names: readonly string[];
  /** The surname key of a person (`s:`), when it has one. */
  readonly surname?: string;
  /** True when the actor is known by one word only (`Trump`): it may link by surname alone. */
  readonly surnameOnly: boolean;
  /**
   * For a body or place named by one word (`Wikinews`): the surname key a person of that one word holds
   * (`s:wikinews`), so the same word typed a person elsewhere can find it (retyped-words.ts).
   */
  readonly word?: string;
}

/**
 * Keys of an article actor: its canonical name and aliases; for a person, the first-and-last form
 * too (`vladimir v putin` → `vladimir putin`) and the surname. A person's one-word alias is no
 * name key (it is the surname key instead), so `Trump` never links by name to another Trump.
 */
export function actorKeys(name: string, aliases: readonly string[], type: string): ActorKeys {
  if (isNoName(name, type) || isDescription(name, type)) return { names: [], surnameOnly: false };
  const person = typeGroup(type) === 'person';
  const words = nameWords(name);
  const names = new Set<string>();
  const add = (w: readonly string[]): void => {
    if (w.length === 0) return;
    if (person && w.length < 2) return;
    names.add(`n:${w.join(' ')}`);
  };
  add(words);
  const plain = person ? undefined : plainPlaceName(words.join(' '));
  if (plain && plain !== words.join(' ')) add(plain.split(' '));
  if (person && words.length > 2) {
    const last = surname(words);
    if (last && words[0] !== last) add([words[0]!, last]);
  }
  for (const alias of aliases) {
    const w = nameWords(alias);
    // A person's alias only counts when it carries the same surname (no nickname guesses).
    if (person && surname(w) !== surname(words)) continue;
    add(w);
  }
  const last = person ? surname(words) : undefined;
  return {
    names: [...names],
    ...(last ? { surname: `s:${last}` } : {}),
    surnameOnly: person && words.length === 1,
    ...(!person && words.length === 1 ? { word: `s:${words[0]!}` } : {}),
  };
}
