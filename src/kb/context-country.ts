/**
 * The country an actor's sentence gives it when its own words name none (`hostage-takers` in
 * "…release prisoners in Iraq"): the one country the sentence names, else the one it names as a
 * location (`in Iraq`, `in Montenegro`): where something happens is where its unnamed actors are.
 */
import type { ActorCodeBook } from './actor-codes.js';
import { normaliseCountry } from './countries.js';
import type { ActorCode } from './types.js';

/** Most words of a sentence scanned for country names (a sentence longer than this is cut). */
const MAX_CONTEXT_WORDS = 80;
/** Words before a country that name it as the place where things happen. */
const LOCATION_WORDS: ReadonlySet<string> = new Set(['in', 'inside', 'within', 'throughout', 'across']);

interface Found {
  /** Every country the sentence names. */
  readonly all: ReadonlySet<string>;
  /** The countries it names as a location (`in Iraq`). */
  readonly located: ReadonlySet<string>;
}

/** The first book's code of `phrase` (later books are not asked once one has answered). */
function firstHit(
  books: readonly ActorCodeBook[],
  phrase: string,
  date: string | undefined,
): ActorCode | undefined {
  for (const b of books) {
    const hit = b.lookup(phrase, date);
    if (hit?.code) return hit;
  }
  return undefined;
}

/** The countries (country-only dictionary entries) a sentence names, and those named as a location. */
function countriesOf(books: readonly ActorCodeBook[], context: string, date: string | undefined): Found {
  const words = context.replace(/-/g, ' ').split(/\s+/).slice(0, MAX_CONTEXT_WORDS);
  const all = new Set<string>();
  const located = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      const phrase = words.slice(i, i + n).join(' ');
      const hit = firstHit(books, phrase, date);
      if (hit?.code?.length === 3 && hit.matched.split(' + ')[0]?.split(' ').length === n && hit.country) {
        const c = normaliseCountry(hit.country);
        if (c) {
          all.add(c);
          if (LOCATION_WORDS.has((words[i - 1] ?? '').toLowerCase())) located.add(c);
        }
        break;
      }
    }
  }
  return { all, located };
}

/** The one country of `found` other than `except`, or undefined when none or several. */
function onlyOther(found: ReadonlySet<string>, except?: string): string | undefined {
  const rest = [...found].filter((c) => c !== except);
  return rest.length === 1 ? rest[0] : undefined;
}

/** The country the sentence gives an actor (other than `except`), with why; undefined when it gives none or several. */
export function contextCountry(
  books: readonly ActorCodeBook[],
  context: string,
  date: string | undefined,
  except?: string,
): { country: string; why: string } | undefined {
  const found = countriesOf(books, context, date);
  const only = onlyOther(found.all, except);
  if (only) return { country: only, why: `the one country its sentence names: ${only}` };
  const located = onlyOther(found.located, except);
  if (located)
    return { country: located, why: `the one country its sentence names as a location: ${located}` };
  return undefined;
}
