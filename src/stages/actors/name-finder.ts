/**
 * Where proper-name mentions come from. The stage uses the `entities` layer; `capitalisedNames`
 * is a stand-in for documents without one (chunks of capitalised tokens, typed with the
 * dictionary), used by the GUM evaluation until the tagger is merged and for tests.
 */

import { PRONOUNS } from '../../lang/en/pronouns.js';
import { honorificOf } from '../../lang/en/titles.js';
import type { Document } from '../../model/document.js';
import { getLayer, hasLayer } from '../../model/document.js';
import { docView } from '../../pipeline/doc-view.js';
import type { EntityType } from '../entities/types.js';
import type { ActorView } from './actor-view.js';
import type { ActorDictionary } from './dictionary.js';
import { lookupKey } from './dictionary.js';
import { joinHyphenatedNames } from './hyphenated-names.js';
import { SPEECH_VERBS } from './lexicon.js';

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly type: EntityType | undefined;
}

export type NameFinder = (doc: Document, view: ActorView, dict: ActorDictionary) => NameSpan[];

/** Block kinds written in Title Case, where a tagger runs names and verbs together. */
const TITLE_CASE_BLOCKS = new Set(['heading', 'headline']);

/** Dashes between words that no name spans (`Group G — Tunisia`); a spaced `-` is a hyphen in GUM. */
const NAME_BREAKS = new Set(['—', '–', '--']);
/** A letter acronym that names an organisation on its own (`FIFA`, `NASA`); two letters are too often not one (`IQ`). */
const ACRONYM = /^[A-Z]{3,6}$/;

/**
 * Tagger names made fit for the rules: a name is split at dashes (`Group G — Tunisia`); a MISC
 * name ending in an organisation word is an organisation (`McCutchan Art Center`); a MISC name
 * that starts with an acronym (`FIFA football World Cup`, an event) holds the acronym's
 * organisation, which the rules keep while dropping other MISC names; a person speaking for an
 * organisation is split from it (`Lydia Buchtmann for Food Standards Australia`).
 */
function fitNames(spans: readonly NameSpan[], doc: Document, dict: ActorDictionary): NameSpan[] {
  const { tokens } = docView(doc);
  const out: NameSpan[] = [];
  for (const whole of spans) {
    const parts = personForOrganisation(whole, tokens, dict);
    if (parts) {
      out.push(...parts);
      continue;
    }
    const n = whole;
    let k = n.tokenStart;
    while (k < n.tokenEnd) {
      if (NAME_BREAKS.has(tokens[k]!.text)) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < n.tokenEnd && !NAME_BREAKS.has(tokens[j]!.text)) j++;
      let type = n.type;
      if (type === 'MISC' && j - k >= 2 && ORG_WORDS.test(tokens[j - 1]!.text)) type = 'ORG';
      if (type === 'MISC' && j - k >= 2 && ACRONYM.test(tokens[k]!.text)) j = k + 1;
      if (j - k !== n.tokenEnd - n.tokenStart || type !== n.type) {
        out.push({ start: tokens[k]!.start, end: tokens[j - 1]!.end, tokenStart: k, tokenEnd: j, type });
      } else out.push(n);
      k = j;
      while (k < n.tokenEnd && !NAME_BREAKS.has(tokens[k]!.text) && n.type === 'MISC') k++;
    }
  }
  return out;
}

/**
 * `Lydia Buchtmann for Food Standards Australia`, tagged as one organisation: a known first name
 * and a capitalised word, then `for`, is a person speaking for the organisation after it (news
 * style: `NAME for ORGANISATION, says…`). Returns the person and the organisation, or undefined.
 */
function personForOrganisation(
  n: NameSpan,
  tokens: readonly { start: number; end: number; text: string }[],
  dict: ActorDictionary,
): NameSpan[] | undefined {
  const k = n.tokenStart;
  if (n.type === 'PER' || n.tokenEnd - k < 4 || tokens[k + 2]!.text !== 'for') return undefined;
  if (!dict.firstNames.has(lookupKey(tokens[k]!.text)) || !/^\p{Lu}/u.test(tokens[k + 1]!.text))
    return undefined;
  const span = (a: number, b: number, type: EntityType | undefined): NameSpan => ({
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    tokenStart: a,
    tokenEnd: b,
    type,
  });
  return [span(k, k + 2, 'PER'), span(k + 3, n.tokenEnd, n.type === 'MISC' ? 'ORG' : n.type)];
}

/**
 * Names from the `entities` layer. In headings and headlines, a multi-token PER such as
 * `Putin Congratulates Trump` is kept only as its runs of tokens that the body also uses in
 * person names; tokens tagged as verbs, or unknown elsewhere, split it. Then `fitNames`.
 */
export const entityNames: NameFinder = (doc, _view, dict) =>
  withNumbers(
    joinHyphenatedNames(
      fitNames(taggerNames(doc), doc, dict),
      docView(doc).tokens,
      hasLayer(doc, 'pos') ? getLayer(doc, 'pos').upos : undefined,
    ),
    doc,
  );

/** A version or series number a tagger leaves outside a name (`Internet Explorer 6`, `Vostok 1`, `Expo 2020`). */
const NAME_NUMBER = /^(?:\d{1,2}|(?:19|20)\d\d)$/;
/** Tags of a word after the number that make the number a count or a measure (`6 people`, `2 million`). */
const COUNTED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);
/** Tokens after a number that make it a score or a range (`Sweden 1 – 0`, `Group 2-3`). */
const SCORE_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '/', ',']);

/**
 * An organisation or MISC name directly followed by a small number or a year, itself followed by no
 * counted noun, score mark or further name, takes the number: `Internet Explorer 6 is…` is
 * one product. Persons and places never do (`Sweden 1 – 0 Korea`, `Obama 2012`).
 */
function withNumbers(spans: NameSpan[], doc: Document): NameSpan[] {
  const { tokens } = docView(doc);
  const upos = hasLayer(doc, 'pos') ? getLayer(doc, 'pos').upos : undefined;
  if (!upos) return spans;
  const starts = new Set(spans.map((n) => n.tokenStart));
  return spans.map((n) => {
    if (n.type !== 'ORG' && n.type !== 'MISC') return n;
    const num = tokens[n.tokenEnd];
    const after = tokens[n.tokenEnd + 1];
    if (!num || !NAME_NUMBER.test(num.text) || num.start !== n.end + 1) return n;
    // A capitalised word after the number goes on with the name (`The Internet Explorer 6 Countdown`).
    const counted = !/^\p{Lu}/u.test(after?.text ?? '') && COUNTED_TAGS.has(upos[n.tokenEnd + 1] ?? '');
    if (after && (counted || SCORE_MARKS.has(after.text))) return n;
    if (after && starts.has(n.tokenEnd + 1)) return n;
    return { start: n.start, end: num.end, tokenStart: n.tokenStart, tokenEnd: n.tokenEnd + 1, type: n.type };
  });
}

function taggerNames(doc: Document): NameSpan[] {
  const entities = getLayer(doc, 'entities');
  const { tokens } = docView(doc);
  const upos = hasLayer(doc, 'pos') ? getLayer(doc, 'pos').upos : undefined;
  const headed = doc.blocks.filter((b) => TITLE_CASE_BLOCKS.has(b.kind)).sort((a, b) => a.start - b.start);
  // Blocks do not overlap: the last heading starting at or before `start` is the only one that may hold it.
  const inHeading = (start: number): boolean => {
    let lo = 0;
    let hi = headed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headed[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    const b = headed[lo - 1];
    return b !== undefined && start < b.end;
  };
  const personTokens = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PER' || inHeading(e.start)) continue;
    for (let k = e.tokenStart; k < e.tokenEnd; k++) personTokens.add(tokens[k]!.text);
  }
  const out: NameSpan[] = [];
  for (const e of entities) {
    const span = { start: e.start, end: e.end, tokenStart: e.tokenStart, tokenEnd: e.tokenEnd, type: e.type };
    if (e.type !== 'PER' || e.tokenEnd - e.tokenStart < 2 || !inHeading(e.start)) {
      out.push(span);
      continue;
    }
    const known = (k: number): boolean => personTokens.has(tokens[k]!.text) && upos?.[k] !== 'VERB';
    let knownCount = 0;
    for (let k = e.tokenStart; k < e.tokenEnd; k++) if (known(k)) knownCount++;
    // Nothing to split by (no body name among its tokens), or a name the body uses whole.
    if (knownCount === 0 || knownCount === e.tokenEnd - e.tokenStart) {
      out.push(span);
      continue;
    }
    let k = e.tokenStart;
    while (k < e.tokenEnd) {
      if (!known(k)) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < e.tokenEnd && known(j)) j++;
      out.push({ start: tokens[k]!.start, end: tokens[j - 1]!.end, tokenStart: k, tokenEnd: j, type: 'PER' });
      k = j;
    }
  }
  return out;
}

/** Lower-case words allowed inside a capitalised name (`Bank of England`, `Ho Chi Minh`). */
const NAME_CONNECTORS = new Set(['of', 'de', 'van', 'von', 'der', 'al', 'bin', 'for']);
/** Suffixes of organisation names (`Acme Corp`, `Cornell University`). */
export const ORG_WORDS =
  /^(inc|corp|co|ltd|llc|plc|university|college|institute|agency|ministry|department|council|committee|party|bank|association|union|company|group|organization|organisation|foundation|commission|court|army|police|news|times|post|network|museum|school|club|society|center|centre|office|service|board|assembly|parliament|congress|senate|fc|administration)$/i;

/** Sectors of role nouns that are titles before a name (`President`, `Spokesman`, `Senator`). */
const TITLE_SECTORS = new Set(['GOV', 'ELI', 'LEG', 'JUD', 'MED', 'OPP']);

/**
 * Capitalised-token chunks as names. A sentence-initial word counts only when the document
 * never writes it in lower case. Types: dictionary place → LOC, organisation word or dictionary
 * organisation → ORG, known first name or honorific → PER, otherwise undefined.
 */
export const capitalisedNames: NameFinder = (_doc, view, dict) => {
  const lowerSeen = new Set<string>();
  for (const t of view.toks) if (!t.cap) lowerSeen.add(t.lower);
  const out: NameSpan[] = [];
  const toks = view.toks;
  const capSeen = new Set<string>();
  toks.forEach((t, k) => {
    if (t.cap && k !== view.sentStart[k] && !/^[“"(‘]$/.test(toks[k - 1]?.text ?? '')) capSeen.add(t.text);
  });
  const sentenceInitial = (i: number): boolean =>
    i === view.sentStart[i] || /^[“"(‘]$/.test(toks[i - 1]?.text ?? '');
  const isCap = (i: number): boolean => {
    const t = toks[i]!;
    if (!t.cap || honorificOf(t.lower) || PRONOUNS.has(t.lower) || t.lower === 'i') return false;
    // Titles stay outside names (`President Vladimir Putin` → role + name).
    if (dict.leaderTitles.has(t.lower) || TITLE_SECTORS.has(dict.roles.get(t.lower) ?? '')) return false;
    return !(sentenceInitial(i) && lowerSeen.has(t.lower));
  };
  let i = 0;
  while (i < toks.length) {
    if (!isCap(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && toks[j]!.sent === toks[i]!.sent) {
      if (isCap(j)) j++;
      else if (NAME_CONNECTORS.has(toks[j]!.text) && j + 1 < toks.length && isCap(j + 1)) j += 2;
      else break;
    }
    const known = (k: number): boolean => {
      const key = lookupKey(toks[k]!.text);
      return (
        dict.places.has(key) ||
        dict.orgs.has(key) ||
        dict.firstNames.has(key) ||
        /^\p{Lu}{2,}/u.test(toks[k]!.text) ||
        capSeen.has(toks[k]!.text)
      );
    };
    if (j === i + 1 && sentenceInitial(i) && !known(i)) {
      i = j;
      continue; // a lone capitalised sentence opener (`However`, `Speaking`) is rarely a name
    }
    out.push({
      start: toks[i]!.start,
      end: toks[j - 1]!.end,
      tokenStart: i,
      tokenEnd: j,
      type: guessType(view, i, j, dict),
    });
    i = j;
  }
  return out;
};

function guessType(view: ActorView, i: number, j: number, dict: ActorDictionary): EntityType | undefined {
  const key = lookupKey(view.text.slice(view.toks[i]!.start, view.toks[j - 1]!.end));
  const place = dict.places.get(key);
  if (place) return place.kind === 'adjective' ? 'MISC' : 'LOC';
  if (dict.orgs.has(key) || ORG_WORDS.test(view.toks[j - 1]!.text)) return 'ORG';
  const prev = view.toks[i - 1];
  if (prev && (honorificOf(prev.lower) || dict.roles.has(prev.lower))) return 'PER';
  const g = dict.firstNames.get(view.toks[i]!.lower);
  if (g && (j - i >= 2 || g !== 'x')) return 'PER';
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(view.toks[i]!.text)) return 'ORG';
  // Two or three capitalised words before `, a/an …` (an apposition) or a speech verb read as a person.
  const next = view.toks[j];
  const after = view.toks[j + 1];
  if (
    j - i >= 2 &&
    j - i <= 3 &&
    next &&
    (SPEECH_VERBS.has(next.lower) || (next.text === ',' && /^(a|an)$/.test(after?.lower ?? '')))
  ) {
    return 'PER';
  }
  return undefined;
}
