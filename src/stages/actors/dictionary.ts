/**
 * The actor dictionary (models/actor-dictionary.json, built by scripts/build-actor-dictionaries.ts
 * from CountryInfo, the Phoenix/PETRARCH2 dictionaries and first-name lists): lookups of country
 * names, adjectives and capitals, named organisations and seats of government, role nouns and
 * first-name genders. All keys are lower case with single spaces.
 */
import type { Gender } from '../../lang/en/pronouns.js';
import { VerbatimError } from '../../model/errors.js';
import type { ActorType } from './types.js';

/** A word ending this many organisation names is an organisation head noun. */
const MIN_ORG_HEAD_NAMES = 5;
/** Words that end a role phrase's head (`minister for home`: the head is `minister`). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  'in',
  'to',
  'on',
  'at',
  'with',
  'from',
]);

/** The head of a role phrase's words: the word before its first preposition, else its last word. */
export function rolePhraseHead(words: readonly string[]): string | undefined {
  const cut = words.findIndex((w) => PHRASE_PREPOSITIONS.has(w));
  return cut < 0 ? words.at(-1) : words[cut - 1];
}

/** A first name's gender: `x` when the name is used for both. */
export type { Gender };
export type NameGender = Gender | 'x';
export type PlaceKind = 'country' | 'adjective' | 'capital' | 'city';

export interface PlaceEntry {
  readonly iso3: string;
  readonly kind: PlaceKind;
}

export interface OrgEntry {
  readonly type: ActorType;
  readonly iso3?: string;
}

export interface ActorDictionary {
  readonly places: ReadonlyMap<string, PlaceEntry>;
  readonly orgs: ReadonlyMap<string, OrgEntry>;
  /** Role phrase → CAMEO sector code (`GOV`, `MED`, `MIL`…). */
  readonly roles: ReadonlyMap<string, string>;
  /** Last words of role phrases (`spokesperson`, `president`, `minister`). */
  readonly roleHeads: ReadonlySet<string>;
  /**
   * Grammatical heads of multi-word role phrases that are no role alone: the last word before
   * any preposition (`force` of `armed force`, but `minister`, not `home`, of `minister for
   * home`), with no preposition's object among them (`home`).
   */
  readonly modifiedRoleHeads: ReadonlySet<string>;
  /**
   * Role heads and agent-like nouns whose most frequent WordNet sense is a thing, not a person or
   * group (`force`, `gun`, `list`, `plant`): such a plural is no people noun, except a role head
   * with its modifier (`government forces`, not `all forces`).
   */
  readonly thingNouns: ReadonlySet<string>;
  /** Heads of state and government titles (`president`, `prime minister`, `king`). */
  readonly leaderTitles: ReadonlySet<string>;
  readonly firstNames: ReadonlyMap<string, NameGender>;
  /** Last words common to organisation names (`agency`, `ministry`, `party`): heads of org nominals. */
  readonly orgHeads: ReadonlySet<string>;
  /** Country display names by ISO alpha-3 code. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Longest phrase in tokens, bounding dictionary scans. */
  readonly maxPhraseTokens: number;
  /** First word of every place/organisation phrase → the phrase lengths (in words) it starts, longest first. */
  readonly phraseStarts: ReadonlyMap<string, readonly number[]>;
}

interface RawDictionary {
  countries: [string, string, string[], string[], string[], string[]?][];
  orgs: [string, string, string?][];
  roles: Record<string, string>;
  thingNouns?: string[];
  leaderTitles: string[];
  male: string[];
  female: string[];
  unisex?: string[];
}

export function parseDictionary(json: string): ActorDictionary {
  let raw: RawDictionary;
  try {
    raw = JSON.parse(json) as RawDictionary;
  } catch (cause) {
    throw new VerbatimError('E_MODEL_INVALID', 'actor dictionary is not valid JSON', { cause });
  }
  if (!Array.isArray(raw.countries) || !Array.isArray(raw.orgs) || typeof raw.roles !== 'object') {
    throw new VerbatimError('E_MODEL_INVALID', 'actor dictionary lacks countries, orgs or roles');
  }
  const places = new Map<string, PlaceEntry>();
  const countryNames = new Map<string, string>();
  let maxPhraseTokens = 1;
  const note = (k: string): void => {
    maxPhraseTokens = Math.max(maxPhraseTokens, k.split(' ').length);
  };
  for (const [iso3, name, names, adjectives, capitals, cities = []] of raw.countries) {
    if (!countryNames.has(iso3)) countryNames.set(iso3, name);
    for (const n of names) places.set(n, { iso3, kind: 'country' });
    for (const a of adjectives) if (!places.has(a)) places.set(a, { iso3, kind: 'adjective' });
    for (const c of capitals) if (!places.has(c)) places.set(c, { iso3, kind: 'capital' });
    for (const c of cities) if (!places.has(c)) places.set(c, { iso3, kind: 'city' });
  }
  // `the uk` is listed, `UK` alone is not: a name is looked up without its article.
  for (const [iso3, , names] of raw.countries)
    for (const n of names)
      if (n.startsWith('the ') && !places.has(n.slice(4))) places.set(n.slice(4), { iso3, kind: 'country' });
  for (const k of places.keys()) note(k);
  const orgs = new Map<string, OrgEntry>();
  for (const [name, type, iso3] of raw.orgs) {
    orgs.set(name, iso3 ? { type: type as ActorType, iso3 } : { type: type as ActorType });
    note(name);
  }
  addUndottedAbbreviations(places);
  addUndottedAbbreviations(orgs);
  const placeWords = new Set([...places.keys()].flatMap((k) => k.split(' ')));
  const headCounts = new Map<string, number>();
  for (const name of orgs.keys()) {
    const last = name.split(' ').at(-1)!;
    if (/^[a-z]{4,}$/.test(last) && !placeWords.has(last) && !/s$/.test(last))
      headCounts.set(last, (headCounts.get(last) ?? 0) + 1);
  }
  const orgHeads = new Set([...headCounts].filter(([, n]) => n >= MIN_ORG_HEAD_NAMES).map(([h]) => h));
  const roles = new Map(Object.entries(raw.roles));
  const roleHeads = new Set<string>();
  const modifiedRoleHeads = new Set<string>();
  for (const r of roles.keys()) {
    const words = r.split(' ');
    roleHeads.add(words.at(-1)!);
    const head = rolePhraseHead(words);
    if (words.length > 1 && head && !roles.has(head)) modifiedRoleHeads.add(head);
  }
  const firstNames = new Map<string, NameGender>();
  for (const n of raw.unisex ?? []) firstNames.set(n.toLowerCase(), 'x');
  for (const n of raw.male) firstNames.set(n.toLowerCase(), 'm');
  for (const n of raw.female) firstNames.set(n.toLowerCase(), 'f');
  const starts = new Map<string, Set<number>>();
  for (const k of [...places.keys(), ...orgs.keys()]) {
    const words = k.split(' ');
    const set = starts.get(words[0]!) ?? new Set<number>();
    set.add(words.length);
    starts.set(words[0]!, set);
  }
  const phraseStarts = new Map([...starts].map(([w, set]) => [w, [...set].sort((a, b) => b - a)]));
  return {
    places,
    orgs,
    phraseStarts,
    roles,
    roleHeads,
    modifiedRoleHeads,
    thingNouns: new Set(raw.thingNouns ?? []),
    leaderTitles: new Set(raw.leaderTitles),
    firstNames,
    orgHeads,
    countryNames,
    maxPhraseTokens,
  };
}

/** An abbreviation of single letters each followed by a dot (`u.s.`, `u.n.`, `d.p.r.k.`). */
const DOTTED_ABBREVIATION = /^(?:[a-z]\.){2,}$/;

/**
 * Registers each dotted abbreviation without its last dot (`u.s.` → `u.s`) where that key is free:
 * a tokenizer that splits a sentence's final period off `U.S.` leaves `U.S`, and some texts write
 * it so mid-sentence (`the U.S government`).
 */
function addUndottedAbbreviations<T>(entries: Map<string, T>): void {
  for (const [k, v] of [...entries]) {
    if (DOTTED_ABBREVIATION.test(k) && !entries.has(k.slice(0, -1))) entries.set(k.slice(0, -1), v);
  }
}

export const DICTIONARY_URL = new URL('../../../models/actor-dictionary.json', import.meta.url);

/** Reads and parses the dictionary shipped under models/. */
export async function loadDictionary(url: URL = DICTIONARY_URL): Promise<ActorDictionary> {
  const { readModelText } = await import('../../runtime/model-file.js');
  return parseDictionary(await readModelText(url, 'actor dictionary'));
}

/** Characters that need more than lower-casing in a lookup key. */
const SPECIAL_KEY_CHARS = /[’‘`\s]/;

/** Normalises a surface form for lookups: lower case, straight apostrophes, single spaces. */
export function lookupKey(text: string): string {
  // Text already in key form (the document's lower-case words) is its own key: lower-casing
  // would copy it unchanged.
  if (plainKey(text)) return text;
  const lower = text.toLowerCase();
  if (plainKey(lower)) return lower;
  if (!SPECIAL_KEY_CHARS.test(text)) return lower;
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Only a–z, digits, `.`, `-`, `'`, and single spaces between words (`united states`): text that
 * lower-casing and the key's normalisation leave as it is. Anything else takes the slow path.
 */
function plainKey(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const plain =
      (c >= 97 && c <= 122) ||
      (c >= 44 && c <= 57) ||
      c === 39 ||
      (c === 32 && i > 0 && i < n - 1 && s.charCodeAt(i - 1) !== 32);
    if (!plain) return false;
  }
  return true;
}
