/**
 * Names inside names, and person names the tagger mistyped. Once an article names a
 * person in full (`Andy Warhol`), the same words elsewhere name that person too:
 * - a name of another type made only of the full name or the surname (`Warhol` typed as an
 *   organisation in a headline), or of a title and one of them (`Professor Burrows`), becomes a
 *   person;
 * - a longer non-person name that starts with them (`the Andy Warhol Foundation`, `Warhol
 *   Polaroids`) keeps its type, and the person's words inside it become a mention of their own,
 *   as news coreference counts them (the foundation is an organisation, `Andy Warhol` in it is
 *   the artist).
 * - an organisation named after a place (`the University of Southern Indiana`, `Comic Corps of
 *   Canada`) holds a mention of that place when the place is a dictionary country or the
 *   article names it as a place elsewhere; an organisation or place name that starts with a
 *   dictionary country (`the New Zealand Herald`, `US National Park Service`) holds a mention
 *   of that country.
 * - a person name that starts with another person's surname or full name and goes on
 *   (`Warhol Polaroid`, the tagger's person in a headline or title) is a thing named after
 *   them, unless its first word is a known first name (`Scott` in `Scott Morrison` when the
 *   article also names `Walter Scott`) or it only adds a suffix (`Jr`): it is retyped as such a
 *   longer name and holds the person's mention like the names above; the thing's own word
 *   alone (`Polaroid`) is retyped with it.
 * Dictionary names (countries, capitals, known organisations) are left alone.
 */

import { honorificOf } from '../../lang/en/titles.js';
import type { ActorView } from './actor-view.js';
import { type Candidate, makeCandidate, startedLater } from './candidate.js';
import { type ActorDictionary, lookupKey } from './dictionary.js';
import { afterTitle } from './titled-names.js';

/** Lower-case words of a candidate's tokens, honorifics and a trailing clitic left out. */
function words(view: ActorView, c: Candidate): string[] {
  const out: string[] = [];
  for (let t = c.t0; t < c.t1; t++) {
    const w = view.toks[t]!.lower;
    if (out.length === 0 && honorificOf(w)) continue;
    out.push(w);
  }
  return out;
}

/** Full names (≥ 2 words) and surnames of the persons the tagger found. */
function nestedCandidate(view: ActorView, t0: number, t1: number, type: Candidate['type']): Candidate {
  const tok0 = view.toks[t0]!;
  const end = view.toks[t1 - 1]!.end;
  return makeCandidate({
    start: tok0.start,
    end,
    coreStart: tok0.start,
    coreEnd: end,
    t0,
    t1,
    sent: tok0.sent,
    kind: 'name',
    surface: view.text.slice(tok0.start, end),
    type,
    plural: false,
    subject: false,
    inQuote: tok0.inQuote,
    possessive: true,
  });
}

function personForms(view: ActorView, cands: readonly Candidate[]): { full: Set<string>; last: Set<string> } {
  const full = new Set<string>();
  const last = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'person') continue;
    const w = words(view, c);
    if (w.length < 2 || !w.every((x) => /^\p{L}/u.test(x))) continue;
    full.add(w.join(' '));
    last.add(w.at(-1)!);
  }
  return { full, last };
}

/** Name suffixes that keep a name the same person's (`Andy Warhol Jr`). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Retypes person names that start with another person's surname or full name (`Warhol Polaroid`). */
function demoteNamedAfter(view: ActorView, cands: readonly Candidate[], dict: ActorDictionary): void {
  const persons: { c: Candidate; w: string[] }[] = [];
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'person' || c.iso3) continue;
    const w = words(view, c);
    if (w.length >= 2 && w.every((x) => /^\p{L}/u.test(x))) persons.push({ c, w });
  }
  const full = new Set(persons.map((p) => p.w.join(' ')));
  const last = new Set(persons.map((p) => p.w.at(-1)!));
  const demoted: Candidate[] = [];
  for (const { c, w } of persons) {
    if (NAME_SUFFIXES.has(w.at(-1)!)) continue;
    const bySurname = last.has(w[0]!) && !dict.firstNames.has(w[0]!);
    let byFull = false;
    for (let n = Math.min(w.length - 1, 3); n >= 2 && !byFull; n--)
      byFull = full.has(w.slice(0, n).join(' '));
    if (bySurname || byFull) demoted.push(c);
  }
  // The thing's own word alone (`Polaroid`) is the thing too, not a person.
  const heads = new Set(demoted.map((c) => words(view, c).at(-1)!));
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'person' || c.t1 - c.t0 !== 1) continue;
    const w = view.toks[c.t0]!.lower;
    if (heads.has(w) && !dict.firstNames.has(w)) demoted.push(c);
  }
  for (const c of demoted) {
    c.type = 'organisation';
    delete c.gender;
  }
}

/**
 * Retypes names that are a known person's full name or surname and returns the nested person
 * mentions at the start of longer names.
 */
export function personNamesInside(view: ActorView, cands: Candidate[], dict: ActorDictionary): Candidate[] {
  demoteNamedAfter(view, cands, dict);
  const { full, last } = personForms(view, cands);
  const nested = placesInside(view, cands, dict);
  for (const c of acronymsInside(view, cands, dict)) nested.push(c);
  if (full.size === 0) return nested;
  const isPerson = (w: readonly string[]): boolean =>
    w.length === 1 ? last.has(w[0]!) : full.has(w.join(' '));
  for (const [i, c] of cands.entries()) {
    if (c.kind !== 'name' || c.type === 'person' || c.iso3 || c.metonym) continue;
    if (c.type !== undefined && c.type !== 'organisation' && c.type !== 'place') continue;
    const key = lookupKey(c.surface);
    if (dict.orgs.has(key) || dict.places.has(key)) continue;
    const w = words(view, c);
    const skip = c.t1 - c.t0 - w.length;
    // `Professor Burrows` typed as an organisation: a title before a known person's name.
    const titled = w.length >= 2 && (dict.roleHeads.has(w[0]!) || dict.leaderTitles.has(w[0]!));
    if (isPerson(w)) {
      c.type = 'person';
      continue;
    }
    if (titled && isPerson(w.slice(1))) {
      // The title stays outside the name, as the rules read it for a tagged person.
      const t0 = c.t0 + skip + 1;
      const start = view.toks[t0]!.start;
      const surface = view.text.slice(start, c.coreEnd);
      cands[i] = startedLater(c, t0, start, surface, 'person');
      continue;
    }
    for (let n = Math.min(w.length - 1, 3); n >= 1; n--) {
      if (!isPerson(w.slice(0, n))) continue;
      const t0 = c.t0 + skip;
      nested.push(nestedCandidate(view, t0, t0 + n, 'person'));
      break;
    }
  }
  return nested;
}

/** Dictionary places that name a place when they lead a longer name (adjectives do not: `French Open`). */
const LEADING_PLACE_KINDS: ReadonlySet<string> = new Set(['capital', 'city']);

/** `… of PLACE` at the end of an organisation name: the place's own mention (with its country). */
function placesInside(view: ActorView, cands: readonly Candidate[], dict: ActorDictionary): Candidate[] {
  const places = new Set<string>();
  for (const c of cands) if (c.kind === 'name' && c.type === 'place') places.add(lookupKey(c.surface));
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== 'name' || (c.type !== 'organisation' && c.type !== 'place') || c.iso3) continue;
    // `New Zealand Herald`, `US National Park Service`: a leading country name; `Pittsburgh
    // Pirates`, `San Francisco Bay`: a leading city, or a place the article names on its own.
    for (let n = Math.min(c.t1 - c.t0 - 1, 3); n >= 1; n--) {
      const key = lookupKey(view.text.slice(view.toks[c.t0]!.start, view.toks[c.t0 + n - 1]!.end));
      const entry = dict.places.get(key);
      if (entry?.kind === 'country') {
        const lead = nestedCandidate(view, c.t0, c.t0 + n, 'country');
        lead.iso3 = entry.iso3;
        out.push(lead);
        break;
      }
      if (LEADING_PLACE_KINDS.has(entry?.kind ?? '') || places.has(key)) {
        out.push(nestedCandidate(view, c.t0, c.t0 + n, 'place'));
        break;
      }
    }
    const trailing = trailingCountry(view, c, dict);
    if (trailing) {
      out.push(trailing);
      continue;
    }
    if (c.type !== 'organisation' || c.t1 - c.t0 < 3) continue;
    for (let t = c.t0 + 1; t < c.t1 - 1; t++) {
      if (view.toks[t]!.lower !== 'of') continue;
      const from = view.toks[t + 1]!.lower === 'the' ? t + 2 : t + 1;
      if (from >= c.t1) break;
      const key = lookupKey(view.text.slice(view.toks[from]!.start, view.toks[c.t1 - 1]!.end));
      const entry = dict.places.get(key);
      if (entry?.kind === 'country') {
        const n = nestedCandidate(view, from, c.t1, 'country');
        n.iso3 = entry.iso3;
        out.push(n);
      } else if (places.has(key) || (entry && entry.kind !== 'adjective')) {
        out.push(nestedCandidate(view, from, c.t1, 'place'));
      }
      break;
    }
  }
  return out;
}

/** A letter acronym (`LA`, `BBC`, `USI`): two to five capitals. */
const LEADING_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * A letter acronym opening a longer name (`LA Weekly`, `BBC News`, `USI Art Collections`) names an
 * entity of its own, typed by the dictionary when it knows it (`NASA`); countries (`US Army`) are
 * `placesInside`'s.
 */
function acronymsInside(view: ActorView, cands: readonly Candidate[], dict: ActorDictionary): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'person' || c.t1 - c.t0 < 2) continue;
    const first = view.toks[c.t0]!;
    const next = view.toks[c.t0 + 1]!;
    if (!LEADING_ACRONYM.test(first.text) || !/^\p{Lu}/u.test(next.text)) continue;
    const key = lookupKey(first.text);
    if (dict.places.has(key)) continue;
    const org = dict.orgs.get(key);
    const lead = nestedCandidate(view, c.t0, c.t0 + 1, org?.type);
    if (org?.iso3) lead.iso3 = org.iso3;
    out.push(lead);
  }
  return out;
}

/**
 * `Food Standards Australia`, `Fan Expo Canada`: an organisation name that ends in a dictionary
 * country after a capitalised word holds a mention of that country (`… of Canada` is
 * `placesInside`'s own case).
 */
function trailingCountry(view: ActorView, c: Candidate, dict: ActorDictionary): Candidate | undefined {
  if (c.type !== 'organisation') return undefined;
  for (let n = Math.min(c.t1 - c.t0 - 1, 3); n >= 1; n--) {
    const from = c.t1 - n;
    const before = view.toks[from - 1]!;
    if (!before.cap || !/^\p{Lu}/u.test(before.text)) continue;
    const key = lookupKey(view.text.slice(view.toks[from]!.start, view.toks[c.t1 - 1]!.end));
    const entry = dict.places.get(key);
    if (entry?.kind !== 'country' || afterTitle(view, from, dict)) continue;
    const place = nestedCandidate(view, from, c.t1, 'country');
    place.iso3 = entry.iso3;
    return place;
  }
  return undefined;
}
