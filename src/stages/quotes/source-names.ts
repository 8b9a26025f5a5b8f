/**
 * Names in source phrases: the capitalised core of a source (`Kremlin spokesperson Dmitry Peskov` →
 * `Dmitry Peskov`), its type (person, pronoun, poll…), the article's multi-word names, and the
 * names standing next to role words (`spokeswoman Anna Berg`), indexed once per document.
 */
import { anchorShape } from '../../pipeline/shape-anchor.js';
import { BoundedMemo } from '../../util/bounded-memo.js';
import type { SourceType } from './types.js';

/** Words that open a name phrase without being part of the name. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an mr mrs ms miss dr president vice senator sen rep representative gov governor secretary ' +
    'minister prime chairman chairwoman general gen judge justice mayor professor prof rev spokesman ' +
    'spokeswoman spokesperson press former candidate nominee leader speaker house majority minority ' +
    'attorney ambassador commissioner chief director u.s president-elect republican democratic democrat ' +
    'kremlin white state foreign russian ukrainian american british french german chinese ' +
    'but and however when while though so then also after before as if'
  ).split(' '),
);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'it']);

const UNNAMED_RE =
  /\b(anonymous|unnamed|officials?|sources?|aides?|advisers?|insiders?|people familiar|spokes(?:man|woman|person))\b/i;
const DOCUMENT_RE =
  /\b(book|report|statement|study|article|letter|memo|documents?|filing|complaint|lawsuit|transcript|website|editorial|ad|video|tweet)\b/i;
const POLL_RE = /\b(poll|polls|survey|surveys|polling|exit polls)\b/i;
const ORG_RE =
  /\b(Kremlin|Ministry|Department|Committee|Party|Campaign|Court|Congress|Senate|House|Agency|Commission|Council|Office|Administration|Government|Foundation|Institute|University|Association|Union|News|Times|Post|Journal|Press|Reuters|Bloomberg|CNN|NBC|CBS|ABC|Fox|FBI|CIA|NATO|GOP|DNC|RNC)\b/;

/** Common nouns naming institutions (`the ministry said`). */
const ORG_NOUN_RE =
  /\b(ministry|government|administration|campaign|committee|company|agency|department|party|court|police|military|army|council|office|embassy|firm|bank|union|newspaper|network)\b/i;

export interface NameIndex {
  /** Fullest name known for a name word (lower-cased last or first word of a multi-word name). */
  readonly fullest: ReadonlyMap<string, string>;
  /** Multi-word names in text order: antecedents for a pronoun before any named speaker. */
  readonly mentions: readonly { pos: number; name: string }[];
}

/** A capitalised word (dots only inside abbreviations like `U.S.`), runs joined by spaces on one line. */
const NAME_WORD = "\\p{Lu}[\\p{L}’'-]*(?:\\.\\p{L}[\\p{L}’'-]*)*";
export const NAME_RUN_RE = new RegExp(`${NAME_WORD}(?:[ \\t]+${NAME_WORD})+`, 'gu');
/** NAME_RUN_RE anchored at `lastIndex`, for buildNameIndex's own scan (its `lastIndex` is no one else's). */
const NAME_RUN_AT_RE = new RegExp(NAME_RUN_RE.source, 'uy');
const NAME_WORD_RE = new RegExp(NAME_WORD, 'u');
const NAME_RUNS_RE = new RegExp(`${NAME_WORD}(?:[ \\t]+${NAME_WORD})*`, 'gu');

/** Characters around an earlier role mention searched for the name it goes with. */
const ROLE_REACH = 60;

/** `spokeswoman Anna Berg`, `spokeswoman, Anna Berg,`: a name right after the role word. */
const ROLE_NAME_AFTER_RE = new RegExp(`^,?[ \\t]+(${NAME_WORD}(?:[ \\t]+${NAME_WORD})+)`, 'u');

/** `Anna Berg, the ministry spokeswoman`: a name, a comma and a determiner phrase ending at the role word. */
const ROLE_NAME_BEFORE_RE = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+${NAME_WORD})+),[ \\t]+(?:the|a|an|its|his|her|their)[ \\t]+(?:[\\p{L}’'-]+[ \\t]+){0,3}$`,
  'u',
);

/** Multi-word capitalised names of the article, keyed by their words. */
export function buildNameIndex(blocks: readonly { start: number; text: string }[]): NameIndex {
  const fullest = new Map<string, string>();
  const mentions: { pos: number; name: string }[] = [];
  for (const b of blocks) {
    for (let m = nameRunFrom(b.text, 0); m !== null; m = nameRunFrom(b.text, m.index + m[0].length)) {
      const name = stripTitles(withoutPossessive(m[0]));
      mentions.push({ pos: b.start + m.index, name });
      // Two or three words of `name.split(' ')` (one or two spaces), read without the split.
      const spaces = spacesUpTo(name, 3);
      if (spaces < 1 || spaces > 2) continue;
      const lastWord = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
      const prev = fullest.get(lastWord);
      if (!prev || name.length > prev.length) fullest.set(lastWord, name);
    }
  }
  return { fullest, mentions };
}

/**
 * The first match of NAME_RUN_RE in `text` at or after `from` (NAME_RUN_RE never matches empty), as
 * `exec` on it with that `lastIndex` finds it: tried only where a run can start, at a capital letter
 * (`\p{Lu}`, which in ASCII is A-Z; a trail surrogate starts no code point), instead of the regex's
 * own scan of every position, which cost more than the rest of the index.
 */
function nameRunFrom(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c < 0x41 || c > 0x5a : c >= 0xdc00 && c <= 0xdfff) continue;
    NAME_RUN_AT_RE.lastIndex = i;
    const m = NAME_RUN_AT_RE.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** Headline case (`Putin Open to Discussions with Trump`): most words capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && caps / words.length > 0.6;
}

/** How many spaces `s` holds, counting no further than `most`. */
function spacesUpTo(s: string, most: number): number {
  let n = 0;
  for (let at = s.indexOf(' '); at >= 0 && n < most; at = s.indexOf(' ', at + 1)) n++;
  return n;
}

/** `s.replace(/[’']s$/, '')` without the regex: a final possessive clitic dropped. */
function withoutPossessive(s: string): string {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 0x73 /* s */) return s;
  const c = s.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? s.slice(0, -2) : s;
}

/**
 * `phrase` is its own words joined by single spaces (`phrase.split(/\s+/).join(' ')`): no white
 * space but single inner spaces. Ends and neighbours of each space are checked; other white space
 * by char code (ASCII) or the regex (the rest).
 */
function singleSpaced(phrase: string): boolean {
  const n = phrase.length;
  for (let i = 0; i < n; i++) {
    const c = phrase.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || phrase.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x80 ? c >= 0x09 && c <= 0x0d : /\s/.test(phrase[i] as string)) return false;
  }
  return true;
}

/** A word stripTitles drops from the front of a phrase (a title word, or a possessive). */
function titleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase()) || /[’']s$/.test(word);
}

function stripTitles(phrase: string): string {
  // Most phrases open with a name, not a title, and are single-spaced: they are returned as they are.
  const space = phrase.indexOf(' ');
  if (space > 0 && !titleWord(phrase.slice(0, space)) && singleSpaced(phrase)) return phrase;
  const words = phrase.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && titleWord(words[i] as string)) i++;
  return words.slice(i).join(' ');
}

/** Where a name's head ends in a source phrase: a comma, bracket or dash (`Mulgrew, president of…`). */
const HEAD_END_RE = /\s*[,(—–]|\s--/;

/** The capitalised core of a source phrase (`Kremlin spokesperson Dmitry Peskov` → `Dmitry Peskov`). */
export function nameOfSource(source: string): string | undefined {
  // `Michael Mulgrew, president of the union,` / `Sen. David Perdue (R-Ga.)`: the name comes first.
  // The text before the first break (`source.split(HEAD_END_RE)[0]`, found without splitting it all).
  const cut = source.search(HEAD_END_RE);
  const head = cut < 0 ? source : source.slice(0, cut);
  if (head !== source && NAME_WORD_RE.test(head)) return nameOfSource(head);
  const runs = source.match(NAME_RUNS_RE);
  if (!runs) return undefined;
  const last = runs[runs.length - 1] as string;
  const stripped = stripTitles(withoutPossessive(last));
  return stripped.length > 1 && !TITLE_WORDS.has(stripped.toLowerCase()) ? stripped : undefined;
}

/**
 * Source phrases typed already: news repeats its sources (`he`, `Trump`, `the spokeswoman`) and
 * the type is a function of the phrase alone, while typing one runs a dozen regexes.
 */
/** Phrases kept before the memo starts over (a bound on memory over an endless stream of texts). */
const SOURCE_TYPES_LIMIT = 4096;
const SOURCE_TYPES = new BoundedMemo<string, SourceType>(SOURCE_TYPES_LIMIT);

/** The kind of speaker a source phrase names (person, pronoun, poll, document, unnamed, organisation…). */
export function sourceTypeOf(source: string): SourceType {
  return SOURCE_TYPES.through(source, () => typeOfSource(source));
}

function typeOfSource(source: string): SourceType {
  const lower = source.toLowerCase();
  const core = nameOfSource(source);
  if (core && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?)?\s\p{Lu}\p{Ll}+$/u.test(core) && !ORG_RE.test(core))
    return 'person';
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) return 'pronoun';
  if (POLL_RE.test(source)) return 'poll';
  if (DOCUMENT_RE.test(source)) return 'document';
  if (UNNAMED_RE.test(source) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(source)) return 'unnamed';
  if (ORG_RE.test(source) || ORG_NOUN_RE.test(source)) return 'organisation';
  if (/^\p{Lu}/u.test(source.replace(/^(the|a|an)\s+/i, '')) || /\s\p{Lu}/u.test(source)) return 'person';
  if (/s$/.test(lower)) return 'group';
  return 'unknown';
}

/** The mentions of one role word (`spokeswoman`) in the text, each with the name next to it, if any. */
export class RoleHolders {
  private readonly starts: number[] = [];
  /** For each mention, the name of the last mention at or before it that has one. */
  private readonly lastNamed: (string | undefined)[] = [];

  /** `lower` is `text` lower-cased (same length: offsets index both). */
  constructor(text: string, lower: string, role: string) {
    let named: string | undefined;
    for (let at = lower.indexOf(role); at >= 0; at = lower.indexOf(role, at + 1)) {
      named = roleNameAt(text, at, role) ?? named;
      this.starts.push(at);
      this.lastNamed.push(named);
    }
  }

  /** The name of the last mention starting before `pos` that has one (the search `lastIndexOf(role, pos - 1)` walked). */
  lastBefore(pos: number): string | undefined {
    const limit = Math.max(0, pos - 1);
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= limit) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.lastNamed[lo - 1] : undefined;
  }
}

/** Keeps the role holders' shape alive between documents (shape-anchor.ts). */
anchorShape(new RoleHolders('', '', 'spokesman'));

/** The name next to the role mention at `at`: after it (`spokeswoman Anna Berg`), else before it. */
function roleNameAt(text: string, at: number, role: string): string | undefined {
  const after = ROLE_NAME_AFTER_RE.exec(text.slice(at + role.length, at + role.length + ROLE_REACH));
  if (after) return nameOfSource(after[1] as string);
  const before = ROLE_NAME_BEFORE_RE.exec(text.slice(Math.max(0, at - ROLE_REACH), at));
  return before ? nameOfSource(before[1] as string) : undefined;
}

/** The last name mention before `pos` (mentions are in text order: a binary search). */
export function lastMentionBefore(
  mentions: NameIndex['mentions'],
  pos: number,
): NameIndex['mentions'][number] | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as { pos: number }).pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1] : undefined;
}
