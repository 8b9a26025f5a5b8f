/**
 * Common-noun candidates: definite nominals (`the spokesperson`, `the two leaders`, `the agency`,
 * `the foundation` after a name with that word), plural people nouns (`the parents`,
 * `officials`, `voters from Ohio`) and gendered person nouns (`a young woman`).
 */

import { type ActorView, opensClause } from './actor-view.js';
import { type Candidate, makeCandidate, type NominalClass, nominalInfo } from './candidate.js';
import type { ActorDictionary, Gender } from './dictionary.js';
import {
  COMPANY_NOUNS,
  COUNTRY_NOUNS,
  DEFINITE_DETERMINERS,
  GENDERED_PERSON_NOUNS,
  GOVERNMENT_NOUNS,
  NUMBER_WORDS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  TEAM_NOUNS,
  UNIQUE_PLACE_NOUNS,
} from './lexicon.js';
import type { NominalMemo } from './nominal-memo.js';

/** Distinct words a per-dictionary memo below remembers before it starts afresh. */
const WORD_MEMO_SIZE = 50_000;
/** A plural -s ending (`spokesmen` aside): `the leaders`, not `the boss`. */
const PLURAL_S = /[^s]s$/;

/** Letters and hyphens only: a nominal's words. */
const LETTERS_OR_HYPHENS = /^[\p{L}-]+$/u;

/** `LETTERS_OR_HYPHENS.test(t)`, answered without the regex for ASCII text (most words). */
function lettersOrHyphens(t: string): boolean {
  if (t.length === 0) return false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return LETTERS_OR_HYPHENS.test(t);
    if (c !== 45 && ((c | 0x20) < 97 || (c | 0x20) > 122)) return false;
  }
  return true;
}

/** `the|this|these [two] [adjective] HEAD` where HEAD is a role, people, country or organisation noun. */
export function nominalAt(
  view: ActorView,
  i: number,
  dict: ActorDictionary,
  nameAt: Uint8Array,
  nameWords: ReadonlySet<string>,
  memo: NominalMemo,
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
    if (tok.sent !== det.sent || nameAt[h] || !lettersOrHyphens(tok.text)) return undefined;
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
      (head === tok.lower ? memo.classOf(tok.word, head, count, dict) : nominalClassOf(head, count, dict)) ??
      (nameWords.has(head) && det.lower === 'the' ? 'organisation' : undefined);
    if (!cls) continue;
    if (cls === 'people' && count === undefined) return undefined;
    // `the world`, not `this world` or a modifier (`the world economy`, `the world record`).
    if (cls === 'unique' && (det.lower !== 'the' || count !== undefined || view.upos?.[last + 1] === 'NOUN'))
      return undefined;
    const plural = cls === 'people' || (PLURAL_S.test(head) && cls === 'role');
    if (cls === 'role' && plural && count === undefined) return undefined;
    const gender = cls === 'people' ? PEOPLE_NOUNS.get(head) : roleGender(head);
    return makeCandidate({
      start: det.start,
      end: toks[last]!.end,
      coreStart: tok.start,
      coreEnd: toks[last]!.end,
      t0: i,
      t1: last + 1,
      sent: det.sent,
      kind: cls === 'role' || cls === 'people' ? 'title' : 'nominal',
      surface: view.text.slice(det.start, toks[last]!.end),
      type: cls === 'role' ? 'person' : cls === 'people' ? 'group' : cls === 'unique' ? 'place' : undefined,
      gender: gender || undefined,
      plural,
      subject: opensClause(view, i),
      inQuote: det.inQuote,
      nominal: nominalInfo(cls, tok.lower + elect, count || undefined),
    });
  }
  return undefined;
}

/**
 * Lower-cased words of multi-word organisation and place names (`foundation` of `the Andy Warhol
 * Foundation`): `the foundation` may then refer back to that name.
 */
export function organisationWords(view: ActorView, cands: readonly Candidate[]): Set<string> {
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

/** Classes of head nouns per dictionary, without and with a number word (`the two leaders`). */
const NOMINAL_CLASS_MEMO = new WeakMap<
  ActorDictionary,
  [Map<string, NominalClass | null>, Map<string, NominalClass | null>]
>();

/** `nominalClass`, remembered per head: `the` opens a phrase in every other sentence. */
export function nominalClassOf(
  head: string,
  count: number | undefined,
  dict: ActorDictionary,
): NominalClass | undefined {
  let memos = NOMINAL_CLASS_MEMO.get(dict);
  if (!memos) {
    memos = [new Map(), new Map()];
    NOMINAL_CLASS_MEMO.set(dict, memos);
  }
  const memo = memos[count === undefined ? 0 : 1];
  let cls = memo.get(head);
  if (cls === undefined) {
    cls = nominalClass(head, count, dict) ?? null;
    if (memo.size >= WORD_MEMO_SIZE) memo.clear();
    memo.set(head, cls);
  }
  return cls ?? undefined;
}

/** The class of a nominal head noun (`spokesperson` → role, `agency` → organisation), if any. */
function nominalClass(
  head: string,
  count: number | undefined,
  dict: ActorDictionary,
): NominalClass | undefined {
  if (count !== undefined && PEOPLE_NOUNS.has(head)) return 'people';
  if (COUNTRY_NOUNS.has(head)) return 'country';
  if (GOVERNMENT_NOUNS.has(head)) return 'government';
  if (PLACE_NOUNS.has(head)) return 'place';
  if (UNIQUE_PLACE_NOUNS.has(head)) return 'unique';
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

/** Gender a role noun states (`spokeswoman` → f, `chairman` → m). */
export function roleGender(head: string): Gender | undefined {
  if (/(man|men)$/.test(head) && !/woman|women/.test(head))
    return /spokes|chair|congress/.test(head) ? 'm' : undefined;
  if (/(woman|women)$/.test(head)) return 'f';
  return undefined;
}

/** `president` for `president-elect`. */
export function withoutElect(w: string): string {
  return w.endsWith('-elect') ? w.slice(0, -6) : w;
}

/** Words that may open a nominal mention (`the`, `both`, `a`…). */
export const NOMINAL_OPENERS: ReadonlySet<string> = new Set([...DEFINITE_DETERMINERS, 'both', 'a', 'an']);
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

/** Tags of the word before an -s word that make a VERB tag on it believable (`someone enters`). */
const VERB_CONTEXT: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'AUX', 'ADV', 'PART', 'SCONJ']);
/** Plural people nouns without an -s (`Pregnant women … they`). */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'women', 'men']);

/** The answers of `peoplePluralKind` per dictionary: the same -s words recur in every article. */
const PEOPLE_PLURAL_MEMO = new WeakMap<ActorDictionary, Map<string, PluralKind>>();

/** Not a people noun; a people noun; a people noun only with a modifier (`government forces`). */
export enum PluralKind {
  No = 0,
  Yes = 1,
  Modified = 2,
}

/**
 * Whether the word alone makes a plural people noun: a plural whose singular is a Phoenix role
 * noun, an agentive plural that WordNet does not call a thing (`voters`, `residents`, not
 * `lists`, `plants`), `people`/`women`/`men`, or the head of longer role phrases (`official` of
 * `customs official`). When that head is a thing (`force` of `armed force`), the plural names
 * people only with a modifier: `Russian forces`, `its forces`, not `all forces`.
 */
export function peoplePluralKind(w: string, dict: ActorDictionary): PluralKind {
  let memo = PEOPLE_PLURAL_MEMO.get(dict);
  if (!memo) {
    memo = new Map();
    PEOPLE_PLURAL_MEMO.set(dict, memo);
  }
  let kind = memo.get(w);
  if (kind === undefined) {
    kind = peoplePlural(w, dict);
    if (memo.size >= WORD_MEMO_SIZE) memo.clear();
    memo.set(w, kind);
  }
  return kind;
}

function peoplePlural(w: string, dict: ActorDictionary): PluralKind {
  if (
    (!PEOPLE_PLURALS.has(w) && (w.length < 4 || w.charCodeAt(w.length - 1) !== 115)) /* s */ ||
    !/^[a-z]+$/.test(w) ||
    NOT_PLURAL.test(w)
  ) {
    return PluralKind.No;
  }
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('men') ? w : w.slice(0, -1);
  if (dict.roles.has(singular) || PEOPLE_PLURALS.has(w)) return PluralKind.Yes;
  // An agent ending makes a people noun unless the word is a thing (`lists`, `fees`, `plants`).
  const thing = dict.thingNouns.has(singular);
  const agentive =
    /(ists|ians|ees|ants|ents|ers|ors)$/.test(w) && !/(ments|dents|others|numbers|matters|orders)$/.test(w);
  if (agentive && !thing) return PluralKind.Yes;
  if (!dict.modifiedRoleHeads.has(singular)) return PluralKind.No;
  return thing ? PluralKind.Modified : PluralKind.Yes;
}

/** Tags of a word that modifies the noun after it (`Russian forces`, `security forces`). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Possessives that give a plural noun its owner (`its forces`, `their forces`). */
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', "'s", '’s']);

/** Token `i - 1` modifies or owns the noun at `i` (`armed forces`, `Ukraine's forces`). */
function modifiedAt(view: ActorView, i: number, nameAt: Uint8Array): boolean {
  const prev = view.toks[i - 1];
  if (!prev || prev.sent !== view.toks[i]!.sent) return false;
  if (nameAt[i - 1] || POSSESSIVE_WORDS.has(prev.lower)) return true;
  const tag = view.upos?.[i - 1];
  return tag ? MODIFIER_TAGS.has(tag) : prev.cap;
}

/**
 * A plural noun for people (`parents`, `officials`, `Voters`): its singular is a Phoenix agent
 * noun or it is a people noun. The mention is the determiner (if any) and the noun; matching
 * works on the last token, so modifiers in between are left out.
 */
export function crowdAt(
  view: ActorView,
  i: number,
  dict: ActorDictionary,
  nameAt: Uint8Array,
  memo: NominalMemo,
): Candidate | undefined {
  const tok = view.toks[i]!;
  const w = tok.lower;
  const kind = memo.pluralKind(tok.word, w, dict);
  if (kind === PluralKind.No || (kind === PluralKind.Modified && !modifiedAt(view, i, nameAt)))
    return undefined;
  if (/^\p{Lu}/u.test(tok.text) && i !== view.sentStart[i]) return undefined;
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
  return makeCandidate({
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
    nominal: nominalInfo('crowd', w, undefined, prev?.lower === 'the' || undefined),
  });
}

/**
 * `a/an/the [modifier] woman|man|girl…`, not followed by a name: one person of known gender that
 * later pronouns may refer to. It starts an actor of its own (kept when something refers to it).
 */
export function personNounAt(view: ActorView, i: number, nameAt: Uint8Array): Candidate | undefined {
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
    return makeCandidate({
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
      nominal: nominalInfo('person', tok.lower),
    });
  }
  return undefined;
}
