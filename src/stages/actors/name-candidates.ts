/**
 * Name candidates: a name span (from the name finder, or a dictionary name or group code the
 * tagger missed) becomes a candidate typed by the dictionary and the tagger, without a title the
 * tagger ran into it (`President Vladimir Putin`) and without a possessive clitic.
 */

import { honorificOf } from '../../lang/en/titles.js';
import { type ActorView, opensClause } from './actor-view.js';
import { type Candidate, makeCandidate } from './candidate.js';
import type { ActorDictionary } from './dictionary.js';
import { lookupKey } from './dictionary.js';
import { DEFINITE_DETERMINERS, LOCATIVE_PREPOSITIONS, POSSESSIVE_TOKENS } from './lexicon.js';
import { miscAdmission } from './misc-names.js';
import type { NameSpan } from './name-finder.js';
import { withoutElect } from './nominals.js';
import { afterTitle } from './titled-names.js';
import type { ActorType } from './types.js';

/** Letter-and-number codes of groups and forums a tagger often leaves out (`G20`, `G7`, `P5`); tournament groups (`Group G`) too. */
const GROUP_CODE = /^[A-Z]{1,2}\d{1,2}$/;

/** `GROUP_CODE.test(t)`, without the regex unless `t` is short and ends in a digit (few capitalised words do). */
function groupCode(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  return t.length <= 4 && last >= 48 && last <= 57 && GROUP_CODE.test(t);
}

/** Capitalised dictionary names (countries, capitals, seats, organisations) the name finder missed. */
export function dictionaryNames(view: ActorView, covered: Uint8Array, dict: ActorDictionary): NameSpan[] {
  const out: NameSpan[] = [];
  const toks = view.toks;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !toks[i]!.cap) continue;
    if (groupCode(toks[i]!.text)) {
      const t = toks[i]!;
      out.push({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, type: 'ORG' });
      continue;
    }
    // A tournament group (`Group G`), often in a Title Case heading the tagger skips.
    const letter = toks[i + 1];
    if (toks[i]!.text === 'Group' && letter && !covered[i + 1] && /^[A-Z]$/.test(letter.text)) {
      out.push({ start: toks[i]!.start, end: letter.end, tokenStart: i, tokenEnd: i + 2, type: 'ORG' });
      i++;
      continue;
    }
    const lengths = dict.phraseStarts.get(toks[i]!.lower);
    if (!lengths) continue;
    for (const words of lengths) {
      const hit = phraseAt(view, i, words, covered, dict);
      if (!hit) continue;
      if (hit === 'adjective') break;
      out.push(hit);
      i = hit.tokenEnd - 1;
      break;
    }
  }
  return out;
}

/** The dictionary place or organisation of `words` words starting at token `i`, if any. */
function phraseAt(
  view: ActorView,
  i: number,
  words: number,
  covered: Uint8Array,
  dict: ActorDictionary,
): NameSpan | 'adjective' | undefined {
  const toks = view.toks;
  // Words are space-separated in the dictionary; tokens may split them further (`U.S.-based`).
  for (let len = words; len <= Math.min(words + 2, toks.length - i); len++) {
    const last = toks[i + len - 1]!;
    if (last.sent !== toks[i]!.sent || covered[i + len - 1]) return undefined;
    const surface = view.text.slice(toks[i]!.start, last.end);
    const key = lookupKey(surface);
    const place = dict.places.get(key);
    const org = dict.orgs.get(key);
    if (!place && !org) continue;
    if (place?.kind === 'adjective') return 'adjective';
    if (place?.kind === 'country' && afterTitle(view, i, dict)) return undefined;
    // Short forms (`US`, `UN`) only in capitals, never the pronoun `us`.
    if (key.replace(/[^a-z]/g, '').length <= 3 && surface !== surface.toUpperCase()) return undefined;
    return {
      start: toks[i]!.start,
      end: last.end,
      tokenStart: i,
      tokenEnd: i + len,
      type: place ? 'LOC' : 'ORG',
    };
  }
  return undefined;
}

/**
 * The candidate of one name span, typed and with its country and gender; undefined for an adjective or a
 * MISC name that modifies a noun, unless `standalone` holds its text (a name the document uses on its own).
 */
export function nameCandidate(
  view: ActorView,
  span: NameSpan,
  dict: ActorDictionary,
  standalone?: ReadonlySet<string>,
): Candidate | undefined {
  const n = withoutTitle(view, span, dict);
  let t1 = n.tokenEnd;
  let coreEnd = n.end;
  const lastTok = view.toks[t1 - 1]!;
  if (t1 - 1 > n.tokenStart && POSSESSIVE_TOKENS.has(lastTok.lower) && lastTok.lower !== 's') {
    t1--;
    coreEnd = view.toks[t1 - 1]!.end;
  }
  const surface = view.text.slice(n.start, coreEnd).replace(/['’]s$/, '');
  const key = lookupKey(surface);
  let place = dict.places.get(key);
  const org = dict.orgs.get(key);
  if (place?.kind === 'adjective') return undefined;
  if (place?.kind === 'country' && afterTitle(view, n.tokenStart, dict)) return undefined;
  const misc =
    n.type === 'MISC' && !org && !/^[A-Z0-9-]{2,6}$/.test(surface)
      ? miscAdmission(view, n.tokenStart, t1, dict, standalone?.has(surface) ?? false)
      : undefined;
  if (misc === 'drop') return undefined;
  // A MISC name the dictionary lists as a country's (`Greek`, `Americans`) is its language or its
  // people, never the country: only the people (a plural) is admitted, as a group.
  const people = misc === 'group' || (misc !== undefined && place !== undefined && /s$/.test(surface));
  if (misc && place) {
    if (!people) return undefined;
    place = undefined;
  }
  const tok0 = view.toks[n.tokenStart]!;
  const { end, poss } = possessiveEnd(view, t1, coreEnd);
  const prev = view.toks[n.tokenStart - 1];
  let type: ActorType | undefined;
  let iso3: string | undefined;
  let metonym = false;
  if (org) {
    type = org.type;
    iso3 = org.iso3;
    metonym = org.type === 'government';
  } else if (place) {
    iso3 = place.iso3;
    if (place.kind === 'country') type = 'country';
    else if (place.kind === 'city') type = 'place';
    else {
      const locative = prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev.lower);
      type = locative ? 'place' : 'government';
      metonym = !locative;
    }
  } else if (n.type === 'PER') type = 'person';
  else if (n.type === 'LOC') type = 'place';
  else if (people) type = 'group';
  else if (misc === 'untyped') type = undefined;
  else if (n.type === 'ORG' || n.type === 'MISC') type = 'organisation';
  // A lone first name the tagger typed ORG/MISC (`Gloria`) is a person when the name list is sure.
  const loneWord =
    (type === 'organisation' || misc === 'untyped') &&
    !org &&
    !place &&
    t1 - n.tokenStart === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(tok0.text);
  // The name list is asked only where its answer is used (a lone word, or a person's gender).
  let firstGender = loneWord ? dict.firstNames.get(tok0.lower) : undefined;
  if (loneWord && firstGender && firstGender !== 'x') type = 'person';
  // `Mr. Obama's record`: a personal honorific before a name makes it a person's, whatever type
  // the tagger gave it (document-level label consistency can type a surname ORG all article long).
  if (type === 'organisation' && !org && !place && prev !== undefined && honorificOf(prev.lower))
    type = 'person';
  if (type === 'person' && !loneWord) firstGender = dict.firstNames.get(tok0.lower);
  const g = type === 'person' ? firstGender : undefined;
  const gender = g === 'x' ? undefined : g;
  const c: Candidate = makeCandidate({
    start: n.start,
    end,
    coreStart: n.start,
    coreEnd: surface.length + n.start,
    t0: n.tokenStart,
    t1,
    sent: tok0.sent,
    kind: 'name',
    surface,
    type,
    plural: type === 'group',
    subject: opensClause(view, n.tokenStart - (prev && DEFINITE_DETERMINERS.has(prev.lower) ? 1 : 0)),
    inQuote: tok0.inQuote,
    metonym,
    iso3: iso3 || undefined,
    gender: gender || undefined,
    possessive: poss || undefined,
  });
  return c;
}

/** Extends a mention over a following possessive clitic (`Russia ’s`) or one inside the token. */
function possessiveEnd(view: ActorView, t1: number, coreEnd: number): { end: number; poss: boolean } {
  const next = view.toks[t1];
  // Tokenised corpora put the clitic after a space (`Korea 's`); a bare `'` only follows an s.
  const gap = next ? view.text.slice(coreEnd, next.start) : '';
  if (
    next &&
    /^ ?$/.test(gap) &&
    (next.lower === "'s" || (next.lower === "'" && /s$/i.test(view.text.slice(0, coreEnd))))
  ) {
    return { end: coreEnd, poss: true };
  }
  if (next && next.start === coreEnd + 1 && next.lower === 's' && /['’]/.test(view.text[coreEnd] ?? '')) {
    return { end: coreEnd, poss: true };
  }
  return { end: coreEnd, poss: false };
}

/**
 * A person name that a tagger or chunker ran together with its title
 * (`Shadow Home Secretary Yvette Cooper`, `President Vladimir Putin`) starts after the last title
 * word, so the title becomes a role and the name a name.
 */
function withoutTitle(view: ActorView, n: NameSpan, dict: ActorDictionary): NameSpan {
  if (n.type !== 'PER' && n.type !== undefined) return n;
  let cut = -1;
  for (let k = n.tokenStart; k < n.tokenEnd - 1; k++) {
    const lower = withoutElect(view.toks[k]!.lower);
    if (honorificOf(lower) || dict.leaderTitles.has(lower) || dict.roleHeads.has(lower)) cut = k;
  }
  if (cut < 0) return n;
  const first = view.toks[cut + 1]!;
  return { start: first.start, end: n.end, tokenStart: cut + 1, tokenEnd: n.tokenEnd, type: 'PER' };
}
