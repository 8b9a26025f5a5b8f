/**
 * Candidate actor mentions of one document: proper names (from a NameFinder, normally the
 * `entities` layer, plus dictionary names the tagger missed), pronouns, and definite nominals
 * (`the spokesperson`, `the two leaders`, `the agency`). Each candidate carries what the
 * clustering and resolution rules need: type, country, gender, number, subject position, quote.
 */
import type { Document } from '../../model/document.js';
import { getLayer, hasLayer } from '../../model/document.js';
import type { ActorDictionary, Gender } from './dictionary.js';
import { lookupKey } from './dictionary.js';
import { countryGovernmentAt, governmentCountry } from './government-nominals.js';
import { introducedPersonNames } from './introduced-names.js';
import {
  CLAUSE_OPENERS,
  COMPANY_NOUNS,
  COUNTRY_NOUNS,
  DEFINITE_DETERMINERS,
  GENDERED_PERSON_NOUNS,
  GOVERNMENT_NOUNS,
  HONORIFICS,
  LOCATIVE_PREPOSITIONS,
  NUMBER_WORDS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  POSSESSIVE_TOKENS,
  PRONOUNS,
  type PronounInfo,
  SPEECH_VERBS,
  TEAM_NOUNS,
} from './lexicon.js';
import type { NameSpan } from './name-finder.js';
import { personNamesInside } from './nested-names.js';
import { QUANTIFIED_FIRST_WORDS, quantifiedPersonAt } from './quantified-persons.js';
import { findRoles, type RoleFinding } from './roles.js';
import type { ActorType, MentionKind } from './types.js';

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly sent: number;
  readonly inQuote: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
}

export type NominalClass =
  | 'role'
  | 'person'
  | 'people'
  | 'crowd'
  | 'country'
  | 'government'
  | 'place'
  | 'organisation'
  | 'team';

export interface Candidate {
  start: number;
  end: number;
  /** The name or head itself, without possessive clitic or determiner. */
  readonly coreStart: number;
  readonly coreEnd: number;
  readonly t0: number;
  readonly t1: number;
  readonly sent: number;
  readonly kind: MentionKind;
  readonly surface: string;
  type: ActorType | undefined;
  iso3?: string;
  gender?: Gender;
  readonly plural: boolean;
  subject: boolean;
  readonly inQuote: boolean;
  readonly pronoun?: PronounInfo;
  readonly nominal?: {
    cls: NominalClass;
    head: string;
    count?: number;
    definite?: boolean;
    /** `someone`, `no one`: a later singular `they` in the sentence refers to it. */
    quantified?: boolean;
  };
  role?: RoleFinding;
  /** Set when the name is a capital or seat standing for its government. */
  metonym?: boolean;
  /** The mention is a possessor (`Russia’s objectives`): salient, but not the clause's subject proper. */
  possessive?: boolean;
  /** An apposition (`Thomas Sam, a practising homeopath,`) names the same actor as this name. */
  apposOf?: Candidate;
}

export interface DocView {
  readonly text: string;
  readonly toks: readonly Tok[];
  /** Token index → first token of its sentence. */
  readonly sentStart: readonly number[];
  /** Universal POS tag per token, when a `pos` layer is present. */
  readonly upos?: readonly string[];
}

export function docView(doc: Document): DocView {
  const tokens = getLayer(doc, 'tokens');
  const sentences = getLayer(doc, 'sentences');
  const n = tokens.length;
  const sentOf = new Array<number>(n).fill(0);
  const sentStart = new Array<number>(n).fill(0);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      sentOf[t] = i;
      sentStart[t] = s.tokenStart;
    }
  }
  let inQuote = false;
  let block = '';
  // News repeats its words: each distinct token text is normalised once per document.
  const keys = new Map<string, string>();
  const toks = new Array<Tok>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const b = sentences[sentOf[i]!]?.blockId ?? '';
    if (b !== block) {
      block = b;
      inQuote = false;
    }
    const txt = t.text;
    const opens = txt === '“' || (txt === '"' && !inQuote);
    const closes = txt === '”' || (txt === '"' && inQuote && !opens);
    if (opens) inQuote = true;
    let lower = lowerWord(txt);
    if (lower === undefined) {
      lower = keys.get(txt);
      if (lower === undefined) {
        lower = lookupKey(txt);
        keys.set(txt, lower);
      }
    }
    toks[i] = {
      start: t.start,
      end: t.end,
      text: txt,
      lower,
      sent: sentOf[i]!,
      inQuote,
      cap: isCapitalised(txt),
    };
    if (closes) inQuote = false;
  }
  const upos = hasLayer(doc, 'pos') ? getLayer(doc, 'pos').upos : undefined;
  return { text: doc.text, toks, sentStart, ...(upos ? { upos } : {}) };
}

/** `txt` itself when it is a lower-case a–z word, which is its own lookup key; otherwise undefined. */
function lowerWord(txt: string): string | undefined {
  const n = txt.length;
  if (n === 0) return undefined;
  for (let i = 0; i < n; i++) {
    const c = txt.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  return txt;
}

const PLURAL_S = /[^s]s$/;

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Token `i` opens a clause: sentence start, or after a clause word, not after a preposition. */
function opensClause(view: DocView, i: number): boolean {
  if (i === view.sentStart[i]) return true;
  const prev = view.toks[i - 1]!;
  return prev.sent !== view.toks[i]!.sent || CLAUSE_OPENERS.has(prev.lower);
}

/** Extends a mention over a following possessive clitic (`Russia ’s`) or one inside the token. */
function possessiveEnd(view: DocView, t1: number, coreEnd: number): { end: number; poss: boolean } {
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

export function findCandidates(
  view: DocView,
  names: readonly NameSpan[],
  dict: ActorDictionary,
): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(view.toks.length);
  for (const n of names) for (let t = n.tokenStart; t < n.tokenEnd; t++) covered[t] = 1;
  const allNames = [...names, ...dictionaryNames(view, covered, dict)].sort((a, b) => a.start - b.start);
  for (const n of allNames) {
    const c = nameCandidate(view, n, dict);
    if (c) out.push(c);
  }
  out.push(...personNamesInside(view, out, dict));
  out.push(...introducedPersonNames(view, out, dict));
  const nameAt = new Uint8Array(view.toks.length);
  for (const c of out) for (let t = c.t0; t < c.t1; t++) nameAt[t] = 1;
  const nameWords = organisationWords(view, out);
  const countryEndingAt = new Map<number, Candidate>();
  for (const c of out) if (c.kind === 'name' && c.type === 'country' && c.iso3) countryEndingAt.set(c.t1, c);
  const clauseAt = (t: number): boolean => opensClause(view, t);
  for (let i = 0; i < view.toks.length; i++) {
    if (nameAt[i]) continue;
    const tok = view.toks[i]!;
    // Most tokens start no candidate: one set lookup rules them out before the finders below.
    if (tok.lower.charCodeAt(tok.lower.length - 1) !== 115 /* s */ && !CANDIDATE_FIRST_WORDS.has(tok.lower))
      continue;
    const gov = countryGovernmentAt(view, i, dict, countryEndingAt, clauseAt);
    if (gov) {
      out.push(gov);
      continue;
    }
    const p = PRONOUNS.get(tok.lower);
    // `US` in capitals is the country, not the pronoun.
    if (p && (!p.firstPerson || tok.inQuote) && !(p.plural && p.firstPerson && tok.text === 'US')) {
      out.push({
        start: tok.start,
        end: tok.end,
        coreStart: tok.start,
        coreEnd: tok.end,
        t0: i,
        t1: i + 1,
        sent: tok.sent,
        kind: 'pronoun',
        surface: tok.text,
        type: undefined,
        ...(p.gender ? { gender: p.gender } : {}),
        plural: p.plural,
        subject: p.case === 'subject',
        inQuote: tok.inQuote,
        pronoun: p,
      });
      continue;
    }
    const quantified = quantifiedPersonAt(view, i, clauseAt);
    if (quantified) {
      out.push(quantified);
      continue;
    }
    // Nominals start with a determiner or end in -s (plural people nouns); skip other tokens cheaply.
    const w = tok.lower;
    if (w.charCodeAt(w.length - 1) !== 115 && !NOMINAL_OPENERS.has(w) && !PEOPLE_PLURALS.has(w)) continue;
    const nom =
      nominalAt(view, i, dict, nameAt, nameWords) ??
      crowdAt(view, i, dict, nameAt) ??
      personNounAt(view, i, nameAt);
    if (nom) {
      if (nom.nominal?.cls === 'government') governmentCountry(view, nom, dict);
      out.push(nom);
      for (let t = nom.t0; t < nom.t1; t++) nameAt[t] = 1;
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  out.forEach((c, k) => {
    if (c.kind === 'name' && c.type === 'person') attachRole(view, c, k, out, dict);
  });
  const appositions = out.flatMap((c) =>
    c.kind === 'name' && c.type === 'person' ? apposition(view, c) : [],
  );
  out.push(...appositions);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function attachRole(view: DocView, c: Candidate, at: number, all: Candidate[], dict: ActorDictionary): void {
  const r = findRoles(view, c.t0, c.t1, dict);
  if (!r) return;
  c.role = r;
  if (r.iso3 && !c.iso3) c.iso3 = r.iso3;
  if (r.gender && !c.gender) c.gender = r.gender;
  if (r.prefixStartToken !== undefined) c.subject = opensClause(view, r.prefixStartToken);
  // A name introduced by a title phrase is never the subject the phrase's own country is.
  // Candidates are sorted by start: walk out from `at` while they can still lie inside the role.
  for (let k = at - 1; k >= 0 && all[k]!.end > r.start - 1; k--) {
    const o = all[k]!;
    if (o.start >= r.start && o.end <= r.end) o.subject = false;
  }
  for (let k = at + 1; k < all.length && all[k]!.start < r.end; k++) {
    const o = all[k]!;
    if (o.start >= r.start && o.end <= r.end) o.subject = false;
  }
}

/** Letter-and-number codes of groups and forums a tagger often leaves out (`G20`, `G7`, `P5`); tournament groups (`Group G`) too. */
const GROUP_CODE = /^[A-Z]{1,2}\d{1,2}$/;

/** Capitalised dictionary names (countries, capitals, seats, organisations) the name finder missed. */
function dictionaryNames(view: DocView, covered: Uint8Array, dict: ActorDictionary): NameSpan[] {
  const out: NameSpan[] = [];
  const toks = view.toks;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !toks[i]!.cap) continue;
    if (GROUP_CODE.test(toks[i]!.text)) {
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
  view: DocView,
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

function nameCandidate(view: DocView, span: NameSpan, dict: ActorDictionary): Candidate | undefined {
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
  const place = dict.places.get(key);
  const org = dict.orgs.get(key);
  if (place?.kind === 'adjective' || (n.type === 'MISC' && !org && !/^[A-Z0-9-]{2,6}$/.test(surface)))
    return undefined;
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
  else if (n.type === 'ORG' || n.type === 'MISC') type = 'organisation';
  // A lone first name the tagger typed ORG/MISC (`Gloria`) is a person when the name list is sure.
  const firstGender = dict.firstNames.get(tok0.lower);
  if (
    type === 'organisation' &&
    !org &&
    !place &&
    t1 - n.tokenStart === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(tok0.text) &&
    firstGender &&
    firstGender !== 'x'
  )
    type = 'person';
  const g = type === 'person' ? firstGender : undefined;
  const gender = g === 'x' ? undefined : g;
  return {
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
    ...(iso3 ? { iso3 } : {}),
    ...(gender ? { gender } : {}),
    plural: false,
    subject: opensClause(view, n.tokenStart - (prev && DEFINITE_DETERMINERS.has(prev.lower) ? 1 : 0)),
    inQuote: tok0.inQuote,
    metonym,
    ...(poss ? { possessive: true } : {}),
  };
}

/** `the|this|these [two] [adjective] HEAD` where HEAD is a role, people, country or organisation noun. */
function nominalAt(
  view: DocView,
  i: number,
  dict: ActorDictionary,
  nameAt: Uint8Array,
  nameWords: ReadonlySet<string>,
): Candidate | undefined {
  const toks = view.toks;
  const det = toks[i]!;
  const isBoth = det.lower === 'both';
  if (!DEFINITE_DETERMINERS.has(det.lower) && !isBoth) return undefined;
  let j = i + 1;
  let count = isBoth ? 2 : undefined;
  const num = toks[j] && NUMBER_WORDS.get(toks[j]!.lower);
  if (num && !isBoth) {
    count = num;
    j++;
  }
  // Up to two modifiers, then the head; take the longest role phrase ending at the head.
  for (let h = j; h < Math.min(j + 3, toks.length); h++) {
    const tok = toks[h]!;
    if (tok.sent !== det.sent || nameAt[h] || !/^[\p{L}-]+$/u.test(tok.text)) return undefined;
    let last = h;
    let elect = '';
    if (
      toks[h + 1]?.text === '-' &&
      toks[h + 2]?.lower === 'elect' &&
      toks[h + 2]!.start === toks[h + 1]!.end
    ) {
      last = h + 2; // `president - elect` as three tokens
      elect = '-elect';
    }
    const next = toks[last + 1];
    if (next && (next.lower === 'of' || next.cap) && next.sent === det.sent) continue;
    const head = withoutElect(tok.lower);
    const cls =
      nominalClass(head, count, dict) ??
      (nameWords.has(head) && det.lower === 'the' ? 'organisation' : undefined);
    if (!cls) continue;
    if (cls === 'people' && count === undefined) return undefined;
    const plural = cls === 'people' || (PLURAL_S.test(head) && cls === 'role');
    if (cls === 'role' && plural && count === undefined) return undefined;
    const gender = cls === 'people' ? PEOPLE_NOUNS.get(head) : roleGender(head);
    return {
      start: det.start,
      end: toks[last]!.end,
      coreStart: tok.start,
      coreEnd: toks[last]!.end,
      t0: i,
      t1: last + 1,
      sent: det.sent,
      kind: cls === 'role' || cls === 'people' ? 'title' : 'nominal',
      surface: view.text.slice(det.start, toks[last]!.end),
      type: cls === 'role' ? 'person' : cls === 'people' ? 'group' : undefined,
      ...(gender ? { gender } : {}),
      plural,
      subject: opensClause(view, i),
      inQuote: det.inQuote,
      nominal: { cls, head: tok.lower + elect, ...(count ? { count } : {}) },
    };
  }
  return undefined;
}

/**
 * Lower-cased words of multi-word organisation and place names (`foundation` of `the Andy Warhol
 * Foundation`): `the foundation` may then refer back to that name.
 */
function organisationWords(view: DocView, cands: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'person' || c.type === 'country' || c.t1 - c.t0 < 2) continue;
    for (let t = c.t0; t < c.t1; t++) {
      const w = view.toks[t]!.lower;
      if (/^[a-z]{4,}$/.test(w) && !NAME_CONNECTOR_WORDS.has(w)) out.add(w);
    }
  }
  return out;
}

/** Words inside names that are not heads (`of`, `the`, `for`). */
const NAME_CONNECTOR_WORDS = new Set(['of', 'the', 'for', 'and', 'with', 'from']);

function nominalClass(
  head: string,
  count: number | undefined,
  dict: ActorDictionary,
): NominalClass | undefined {
  if (count !== undefined && PEOPLE_NOUNS.has(head)) return 'people';
  if (COUNTRY_NOUNS.has(head)) return 'country';
  if (GOVERNMENT_NOUNS.has(head)) return 'government';
  if (PLACE_NOUNS.has(head)) return 'place';
  if (TEAM_NOUNS.has(head)) return 'team';
  if (COMPANY_NOUNS.has(head) || dict.orgHeads.has(head)) return 'organisation';
  if (dict.roles.has(head) && /^[a-z]/.test(head)) {
    const code = dict.roles.get(head)!;
    // Sector-only agents (`police`, `army`) are groups, not single people with a title.
    return /^(GOV|MED|ELI|LEG|JUD|BUS|OPP|IGO)/.test(code) || dict.leaderTitles.has(head)
      ? 'role'
      : undefined;
  }
  return undefined;
}

export function roleGender(head: string): Gender | undefined {
  if (/(man|men)$/.test(head) && !/woman|women/.test(head))
    return /spokes|chair|congress/.test(head) ? 'm' : undefined;
  if (/(woman|women)$/.test(head)) return 'f';
  return undefined;
}

/** Words that may open a nominal mention (`the`, `both`, `a`…). */
const NOMINAL_OPENERS: ReadonlySet<string> = new Set([...DEFINITE_DETERMINERS, 'both', 'a', 'an']);
/** A plural people noun this close to its sentence start is taken as (part of) the subject. */
const CROWD_SUBJECT_TOKENS = 4;
/** Determiners and quantifiers that may open a plural noun phrase (`the parents`, `many fans`). */
const PLURAL_OPENERS = new Set([
  'the',
  'these',
  'those',
  'many',
  'some',
  'all',
  'most',
  'several',
  'other',
  'both',
  'few',
]);
/** Endings of plural-looking words that are not plurals (`business`, `status`, `analysis`). */
const NOT_PLURAL = /(ss|us|is|ics|ous|'s|’s)$/;

/**
 * A plural noun for people (`parents`, `officials`, `Voters`): its singular is a Phoenix agent
 * noun or it is a people noun. The mention is the determiner (if any) and the noun; matching
 * works on the last token, so modifiers in between are left out.
 */
/** Tags of the word before an -s word that make a VERB tag on it believable (`someone enters`). */
const VERB_CONTEXT: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'AUX', 'ADV', 'PART', 'SCONJ']);
/** Plural people nouns without an -s (`Pregnant women … they`). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'women', 'men']);

/**
 * Every word a government nominal, pronoun, quantified person or nominal may start with, besides
 * words ending in -s: the finders in `findCandidates` return nothing for any other token.
 */
const CANDIDATE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...GOVERNMENT_NOUNS,
  ...PRONOUNS.keys(),
  ...QUANTIFIED_FIRST_WORDS,
  ...NOMINAL_OPENERS,
  ...PEOPLE_PLURALS,
]);

function crowdAt(view: DocView, i: number, dict: ActorDictionary, nameAt: Uint8Array): Candidate | undefined {
  const tok = view.toks[i]!;
  const w = tok.lower;
  if (
    (!PEOPLE_PLURALS.has(w) && (w.length < 4 || w.charCodeAt(w.length - 1) !== 115)) /* s */ ||
    !/^[a-z]+$/.test(w) ||
    NOT_PLURAL.test(w)
  ) {
    return undefined;
  }
  if (/^\p{Lu}/u.test(tok.text) && i !== view.sentStart[i]) return undefined;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('men') ? w : w.slice(0, -1);
  const agentive =
    /(ists|ians|ees|ants|ents|ers|ors)$/.test(w) && !/(ments|dents|others|numbers|matters|orders)$/.test(w);
  if (!dict.roles.has(singular) && !dict.roleHeads.has(singular) && !agentive && !PEOPLE_PLURALS.has(w)) {
    return undefined;
  }
  const next = view.toks[i + 1];
  if (next && next.sent === tok.sent && next.lower === 'of') return undefined;
  const prev = view.toks[i - 1];
  const withDet = prev && prev.sent === tok.sent && PLURAL_OPENERS.has(prev.lower) && !nameAt[i - 1];
  // `someone enters`, `Clinton represents`: an -ers/-ants word tagged as a verb right after a
  // subject-like word is no plural people noun. The tagger also tags nouns so (`these delegates`,
  // `those foundation donors`), so the tag counts only after a pronoun, name, adverb or auxiliary.
  const tag = view.upos?.[i];
  if ((tag === 'VERB' || tag === 'AUX') && VERB_CONTEXT.has(view.upos?.[i - 1] ?? '')) return undefined;
  const first = withDet ? i - 1 : i;
  // `Pregnant women in Australia`, `voters from Ohio`: the place name after `in`/`from` belongs
  // to the noun phrase (it says which people), as news coreference marks the mention.
  let last = i;
  if (
    next &&
    next.sent === tok.sent &&
    /^(in|from)$/.test(next.lower) &&
    nameAt[i + 2] &&
    view.toks[i + 2]!.cap
  ) {
    last = i + 2;
    while (nameAt[last + 1] && view.toks[last + 1]!.sent === tok.sent) last++;
  }
  const end = view.toks[last]!.end;
  return {
    start: view.toks[first]!.start,
    end,
    coreStart: tok.start,
    coreEnd: tok.end,
    t0: first,
    t1: last + 1,
    sent: tok.sent,
    kind: 'nominal',
    surface: view.text.slice(view.toks[first]!.start, end),
    type: 'group',
    plural: true,
    subject:
      opensClause(view, first) ||
      first - view.sentStart[first]! < CROWD_SUBJECT_TOKENS ||
      (first > 0 && /^\p{Lu}/u.test(view.toks[first - 1]!.text) && opensClause(view, first - 1)),
    inQuote: tok.inQuote,
    nominal: { cls: 'crowd', head: w, ...(prev?.lower === 'the' ? { definite: true } : {}) },
  };
}

/**
 * A person name that a tagger or chunker ran together with its title
 * (`Shadow Home Secretary Yvette Cooper`, `President Vladimir Putin`) starts after the last title
 * word, so the title becomes a role and the name a name.
 */
function withoutTitle(view: DocView, n: NameSpan, dict: ActorDictionary): NameSpan {
  if (n.type !== 'PER' && n.type !== undefined) return n;
  let cut = -1;
  for (let k = n.tokenStart; k < n.tokenEnd - 1; k++) {
    const lower = withoutElect(view.toks[k]!.lower);
    if (HONORIFICS.has(lower) || dict.leaderTitles.has(lower) || dict.roleHeads.has(lower)) cut = k;
  }
  if (cut < 0) return n;
  const first = view.toks[cut + 1]!;
  return { ...n, start: first.start, tokenStart: cut + 1, type: 'PER' };
}

/** `president` for `president-elect`. */
function withoutElect(w: string): string {
  return w.endsWith('-elect') ? w.slice(0, -6) : w;
}

/** Tokens an apposition may have (`, a second year USI art major ,`). */
const APPOSITION_MAX_TOKENS = 14;

/**
 * `NAME , a/the … ,` or `NAME , 42 ,` (age) or `NAME , director of … ,`: the noun phrase between
 * the commas is a mention of the same person.
 */
function apposition(view: DocView, c: Candidate): Candidate[] {
  const toks = view.toks;
  let k = c.t1;
  while (k < toks.length && toks[k]!.end <= c.end) k++;
  const comma = toks[k];
  const first = toks[k + 1];
  if (comma?.text !== ',' || !first || first.sent !== comma.sent) return [];
  const opens =
    /^(a|an|the)$/.test(first.lower) || /^\d{1,3}$/.test(first.text) || /^\p{Ll}+$/u.test(first.text);
  // A lone lower-case word between commas is a discourse adverb (`Peskov, however, said`).
  const lone = toks[k + 2]?.text === ',' && /^\p{Ll}+$/u.test(first.text);
  if (
    !opens ||
    lone ||
    PRONOUNS.has(first.lower) ||
    /^(who|which|that|and|but|or|said|says|according|of|in|at|for|from|with|on|by|to|as)$/.test(first.lower)
  )
    return [];
  for (let e = k + 1; e < Math.min(toks.length, k + 1 + APPOSITION_MAX_TOKENS); e++) {
    const t = toks[e]!;
    if (t.sent !== comma.sent) return [];
    if (t.text === ',' || t.text === '.' || t.text === ';') {
      if (e === k + 1) return [];
      const last = toks[e - 1]!;
      return [
        {
          start: first.start,
          end: last.end,
          coreStart: first.start,
          coreEnd: last.end,
          t0: k + 1,
          t1: e,
          sent: first.sent,
          kind: 'title',
          surface: view.text.slice(first.start, last.end),
          type: 'person',
          plural: false,
          subject: false,
          inQuote: first.inQuote,
          apposOf: c,
        },
      ];
    }
    if (/^[“”"()]$/.test(t.text) || SPEECH_VERBS.has(t.lower)) return [];
  }
  return [];
}

/**
 * `a/an/the [modifier] woman|man|girl…`, not followed by a name: one person of known gender that
 * later pronouns may refer to. It starts an actor of its own (kept when something refers to it).
 */
function personNounAt(view: DocView, i: number, nameAt: Uint8Array): Candidate | undefined {
  const toks = view.toks;
  const det = toks[i]!;
  if (!/^(a|an|the)$/.test(det.lower)) return undefined;
  for (let h = i + 1; h < Math.min(i + 4, toks.length); h++) {
    const tok = toks[h]!;
    if (tok.sent !== det.sent || nameAt[h] || tok.cap || !/^[a-z-]+$/.test(tok.text)) return undefined;
    const gender = GENDERED_PERSON_NOUNS.get(tok.lower);
    if (!gender) continue;
    const next = toks[h + 1];
    if (next && next.sent === det.sent && (next.cap || next.lower === 'of')) return undefined;
    return {
      start: det.start,
      end: tok.end,
      coreStart: tok.start,
      coreEnd: tok.end,
      t0: i,
      t1: h + 1,
      sent: det.sent,
      kind: 'nominal',
      surface: view.text.slice(det.start, tok.end),
      type: 'person',
      gender,
      plural: false,
      subject: opensClause(view, i),
      inQuote: det.inQuote,
      nominal: { cls: 'person', head: tok.lower },
    };
  }
  return undefined;
}
