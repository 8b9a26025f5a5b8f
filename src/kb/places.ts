/**
 * What a place or nationality stands for when it is an actor (issue #18, codes): the actor
 * dictionary's CountryInfo lists (models/actor-dictionary.json: country names, nationality
 * adjectives, capitals, major cities) read for metonymy, following the PLOVER sector table:
 *   - a nationality alone or as people (`Libyans`, `Egyptian`, `British nationals`) → its people, CVL;
 *   - a capital alone (`Jakarta`) → the seat of government, GOV;
 *   - another city or a place named as a location (`Tel Aviv`, `in central Baghdad`) → the people there, CVL;
 *   - a country's name alone keeps no sector (the country as a whole).
 * Also: an ethnic group named by a nationality (`ethnic Albanians`, `Albanian population`) lives
 * where its sentence says, not in the nationality's country.
 */

import { readModelFileSync } from '../runtime/model-file.js';
import { DICTIONARY_URL, type PlaceEntry, parseDictionary } from '../stages/actors/dictionary.js';

/** Words naming a group of people by nationality (`British nationals`, `Serbian citizens`). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'people',
  'peoples',
  'nationals',
  'citizens',
  'civilians',
  'population',
  'populations',
  'residents',
  'inhabitants',
]);
/** Words that make a nationality an ethnic group, living wherever its sentence places it. */
const ETHNIC_WORDS: ReadonlySet<string> = new Set([
  'ethnic',
  'population',
  'minority',
  'minorities',
  'community',
]);
/** Words that may precede a place named as an actor without changing it (`the`, `central`). */
const PLACE_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'central',
  'downtown',
  'northern',
  'southern',
  'eastern',
  'western',
  'city',
  'of',
]);
/** Prepositions that name a location, not an actor that acts (`in central Baghdad`). */
const LOCATIVE = /^(in|at|near|around|outside|inside)\s/i;

let shared: ReadonlyMap<string, PlaceEntry> | undefined;

/** The dictionary's places (lower-case phrase → country and kind), read once per process. */
export function placeBook(): ReadonlyMap<string, PlaceEntry> {
  if (shared) return shared;
  const bytes = readModelFileSync(DICTIONARY_URL, 'actor dictionary');
  shared = parseDictionary(new TextDecoder().decode(bytes)).places;
  return shared;
}

export interface PlaceSense {
  /** The sector the place or nationality stands for (absent: a country as a whole). */
  readonly sector?: string;
  readonly country: string;
  readonly why: string;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,;:()"“”]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
    .filter(Boolean);
}

function lookup(places: ReadonlyMap<string, PlaceEntry>, w: readonly string[]): PlaceEntry | undefined {
  const phrase = w.join(' ');
  return places.get(phrase) ?? (phrase.endsWith('s') ? places.get(phrase.slice(0, -1)) : undefined);
}

/** Words before a plural nationality that count its people (`thousands of Nigerians`, `168 Liberians`). */
const COUNTED =
  /(?:\d[\d,.]*|\b(?:hundreds|thousands|dozens|tens|scores|millions|some|several|many|nearly|about|around))(?:\s+of)?\s*$/i;
/** Words read after a nationality in its sentence for the noun it modifies (`Egyptian demonstrators`). */
const HEAD_WORDS = 3;

/** Where `word` stands in `context` as a whole word: the text before and after it, or undefined. */
function around(context: string, word: string): { before: string; after: string } | undefined {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'u').exec(context);
  if (!m) return undefined;
  const at = m.index + m[1]!.length;
  return { before: context.slice(0, at), after: context.slice(at + word.length) };
}

/**
 * The sense of an actor text that is a place or nationality with at most a few filler and people
 * words around it, or undefined for anything else (a name, an office, an organisation). With the
 * sentence, a nationality alone is read with the noun it modifies there (`Egyptian demonstrators`
 * → CVL, `British government` → GOV, `French mediation` → the country as a whole), a plural one is
 * people when counted (`2,000 Libyans`), and a capital named as a location (`in Amman`) is the country.
 */
export function placeSense(
  text: string,
  context: string | undefined,
  agentOf: (phrase: string) => string | undefined,
  places: ReadonlyMap<string, PlaceEntry> = placeBook(),
): PlaceSense | undefined {
  const all = words(text);
  const locative = LOCATIVE.test(text.trim());
  const rest = locative ? all.slice(1) : all;
  const core = rest.filter((w) => !PLACE_FILLERS.has(w) && !PEOPLE_WORDS.has(w) && !ETHNIC_WORDS.has(w));
  if (core.length === 0 || core.length > 3) return undefined;
  const hit = lookup(places, core);
  if (!hit) return undefined;
  const name = core.join(' ');
  const country = hit.iso3;
  const bare = rest.length === core.length && !locative;
  const seen = bare && context ? around(context, text.trim()) : undefined;
  if (hit.kind === 'adjective') {
    if (!seen) return { country, sector: 'CVL', why: `nationality '${name}' as people → CVL` };
    if (places.get(name)?.kind !== 'adjective') {
      // A plural (`Libyans`): people when its sentence counts them, else the nation as a party.
      return COUNTED.test(seen.before)
        ? { country, sector: 'CVL', why: `counted nationals '${name}' → CVL` }
        : { country, why: `nationals '${name}' as a party: the country` };
    }
    const head = seen.after.trim().split(/\s+/).slice(0, HEAD_WORDS).join(' ');
    const sector = head ? agentOf(head) : undefined;
    return sector
      ? { country, sector, why: `nationality '${name}' of '${head}' → ${sector}` }
      : { country, why: `nationality '${name}' modifies no actor noun: the country` };
  }
  if (hit.kind === 'country') {
    return locative
      ? { country, sector: 'CVL', why: `location '${name}' → its people, CVL` }
      : { country, why: `country '${name}' as a whole` };
  }
  if (hit.kind === 'capital' && bare) {
    const at = seen && /\b(in|at|to|from|near)\s+(the\s+)?(capital\s+)?$/i.test(seen.before);
    return at
      ? { country, why: `capital '${name}' named as a location: the country` }
      : { country, sector: 'GOV', why: `capital '${name}' → its government, GOV` };
  }
  return { country, sector: 'CVL', why: `place '${name}' → its people, CVL` };
}

/**
 * The nationality's country of an ethnic group (`ethnic Albanian guerrillas`, `Albanian
 * population`, `Turkish minority`), or undefined when the text names no such group.
 */
export function ethnicGroupCountry(
  text: string,
  places: ReadonlyMap<string, PlaceEntry> = placeBook(),
): string | undefined {
  const w = words(text);
  if (!w.some((x) => ETHNIC_WORDS.has(x))) return undefined;
  for (const x of w) {
    const hit = lookup(places, [x]);
    if (hit?.kind === 'adjective') return hit.iso3;
  }
  return undefined;
}
