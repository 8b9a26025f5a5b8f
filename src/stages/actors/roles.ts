/**
 * Roles and titles around a person's name: a pre-modifying title phrase
 * (`Russia’s President`, `Kremlin spokesperson`, `U.S. President-elect`) or an apposition
 * (`Dmitry Peskov, the Kremlin spokesman,`). Role words come from the Phoenix agents dictionary;
 * countries and organisations inside the phrase give the person's country.
 */

import { honorificOf } from '../../lang/en/titles.js';
import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { ActorDictionary, Gender } from './dictionary.js';
import { lookupKey } from './dictionary.js';
import { POSSESSIVE_TOKENS } from './lexicon.js';
import type { ActorRole } from './types.js';

export interface RoleFinding extends ActorRole {
  readonly iso3?: string;
  readonly gender?: Gender;
  /** First token of a pre-modifying title phrase (for subject position). */
  readonly prefixStartToken?: number;
}

/** Words that qualify a title without being one (`former`, `acting`, `deputy`). */
const TITLE_QUALIFIERS = new Set([
  'former',
  'acting',
  'deputy',
  'vice',
  'interim',
  'then',
  'elect',
  '-',
  'chief',
]);
/** Tokens an apposition may span before its role word. */
const APPOSITION_WINDOW = 6;

/** Canonical title of a role head: `spokesman`/`spokeswoman` → `spokesperson`, `President-elect` kept. */
export function normaliseTitle(phrase: string): string {
  return lookupKey(phrase)
    .replace(/spokes(man|woman|men|women)\b/, 'spokesperson')
    .replace(/\s*-\s*elect$/, '-elect');
}

function roleWord(lower: string, dict: ActorDictionary): boolean {
  const base = lower.endsWith('-elect') ? lower.slice(0, -6) : lower;
  return dict.roles.has(base) || dict.leaderTitles.has(base);
}

function roleGender(lower: string): Gender | undefined {
  if (/woman$/.test(lower)) return 'f';
  if (/spokesman$|chairman$|congressman$/.test(lower)) return 'm';
  return undefined;
}

export function findRoles(
  view: ActorView,
  t0: number,
  t1: number,
  dict: ActorDictionary,
): RoleFinding | undefined {
  return prefixRole(view, t0, dict) ?? appositionRole(view, t1, dict);
}

function prefixRole(view: ActorView, t0: number, dict: ActorDictionary): RoleFinding | undefined {
  const toks = view.toks;
  const sent = toks[t0]!.sent;
  let i = t0 - 1;
  let first = t0;
  let head: number | undefined;
  let iso3: string | undefined;
  let gender: Gender | undefined;
  let electHead: number | undefined;
  while (i >= 0 && toks[i]!.sent === sent) {
    const tok = toks[i]!;
    const honorific = honorificOf(tok.lower);
    if (honorific) {
      gender = honorific.gender ?? gender;
      i--;
      continue;
    }
    if (roleWord(tok.lower, dict)) {
      head ??= i;
      gender ??= roleGender(tok.lower);
      first = i;
      i--;
      continue;
    }
    // `President - elect` as three tokens: the head is the role word, the title keeps `-elect`.
    const el = electAt(view, i, dict);
    if (el !== undefined && head === undefined) {
      head = el;
      electHead = i;
      first = el;
      i = el - 1;
      continue;
    }
    if (TITLE_QUALIFIERS.has(tok.lower) || (POSSESSIVE_TOKENS.has(tok.lower) && tok.lower !== 's')) {
      if (head === undefined && !POSSESSIVE_TOKENS.has(tok.lower)) break;
      i--;
      continue;
    }
    // A place or organisation only extends a title already found (`Russia's President`).
    if (head === undefined) break;
    const hit = placeOrOrg(view, i, dict);
    if (hit) {
      iso3 ??= hit.iso3;
      first = hit.from;
      i = hit.from - 1;
      continue;
    }
    break;
  }
  if (head === undefined) return undefined;
  // Drop leading possessive clitics and qualifiers that ended up at the left edge.
  const start = toks[first]!.start;
  const end = toks[t0 - 1]!.end;
  const text = view.text.slice(start, end);
  const headTok = toks[head]!;
  const headEnd = toks[electHead ?? head]!.end;
  const title = normaliseTitle(view.text.slice(headTok.start, headEnd).replace(/\s+/g, ''));
  return {
    start,
    end,
    text,
    role: text.replace(/['’]/g, '’'),
    title,
    iso3: iso3 || undefined,
    gender: gender || undefined,
    prefixStartToken: first,
  };
}

/** A country, capital, adjective or organisation phrase ending at token `i`. */
function placeOrOrg(
  view: ActorView,
  i: number,
  dict: ActorDictionary,
): { from: number; iso3?: string } | undefined {
  const toks = view.toks;
  for (let len = Math.min(dict.maxPhraseTokens, i + 1); len >= 1; len--) {
    const from = i - len + 1;
    if (toks[from]!.sent !== toks[i]!.sent || !toks[from]!.cap || !dict.phraseStarts.has(toks[from]!.lower))
      continue;
    const key = lookupKey(view.text.slice(toks[from]!.start, toks[i]!.end));
    const place = dict.places.get(key);
    if (place) return { from, iso3: place.iso3 };
    const org = dict.orgs.get(key);
    if (org) return org.iso3 ? { from, iso3: org.iso3 } : { from };
  }
  return toks[i]!.cap ? { from: i } : undefined;
}

function appositionRole(view: ActorView, t1: number, dict: ActorDictionary): RoleFinding | undefined {
  const toks = view.toks;
  const comma = toks[t1];
  if (comma?.text !== ',') return undefined;
  const sent = comma.sent;
  let iso3: string | undefined;
  for (let i = t1 + 1; i < Math.min(toks.length, t1 + 1 + APPOSITION_WINDOW); i++) {
    const tok = toks[i]!;
    if (tok.sent !== sent || tok.text === ',' || tok.text === '.') return undefined;
    if (roleWord(tok.lower, dict)) {
      const next = toks[i + 1];
      if (next && roleWord(next.lower, dict)) continue;
      const startTok = ['the', 'a', 'an'].includes(toks[t1 + 1]!.lower) ? t1 + 2 : t1 + 1;
      const start = toks[startTok]!.start;
      const text = view.text.slice(start, tok.end);
      return {
        start,
        end: tok.end,
        text,
        role: text.replace(/['’]/g, '’'),
        title: normaliseTitle(tok.text),
        iso3: iso3 || undefined,
        gender: roleGender(tok.lower) || undefined,
        prefixStartToken: undefined,
      };
    }
    const hit = /^\p{Lu}/u.test(tok.text) ? placeOrOrg(view, i, dict) : undefined;
    if (hit?.iso3) iso3 ??= hit.iso3;
  }
  return undefined;
}

/** Strips honorifics and title words a tagger left inside a person name (`President Vladimir Putin`). */
export function leadingTitleTokens(
  view: ActorView,
  c: Pick<Candidate, 't0' | 't1'>,
  dict: ActorDictionary,
): number {
  let k = c.t0;
  while (k < c.t1 - 1) {
    const lower = view.toks[k]!.lower;
    if (honorificOf(lower) || roleWord(lower, dict) || TITLE_QUALIFIERS.has(lower)) k++;
    else break;
  }
  return k - c.t0;
}

/** When token `i` is `elect` after `-` after a role word (`President - elect`), that role word's index. */
export function electAt(view: ActorView, i: number, dict: ActorDictionary): number | undefined {
  const toks = view.toks;
  if (toks[i]?.lower !== 'elect' || toks[i - 1]?.text !== '-' || i < 2) return undefined;
  return roleWord(toks[i - 2]!.lower, dict) ? i - 2 : undefined;
}
