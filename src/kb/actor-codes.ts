/**
 * Text → actor code: the country and sector of an actor phrase (`Russian Foreign Minister`,
 * `Vladimir Putin`, `Israeli police`), from the compiled Phoenix dictionaries, aware of dates
 * (`Putin` is RUSGOV from 2008-05-08 on, RUSELI before 1999-08-09).
 *
 * Matching: the longest named phrase of the text wins (its code gives country and, when the code
 * carries one, the sector); an agent phrase (`riot police` → COP) fills in a missing sector.
 */
import { PhraseTable } from '../learn/phrase-table.js';
import { BoundedMemo } from '../util/bounded-memo.js';
import { PackedEntries } from './packed-entries.js';
import type { ActorCode, ActorCodeFile, DatedCode } from './types.js';
import { WordFilter } from './word-filter.js';

/** Longest phrase tried, in words (the dictionaries' longest useful names are about this long). */
const MAX_PHRASE_WORDS = 8;

/** PLOVER sector codes (manual, Sector Codes table); other 3-letter chunks are organisation codes. */
export const PLOVER_SECTORS: ReadonlySet<string> = new Set(
  (
    'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC ' +
    'HLH NGO IGO MNC IMG ENV HRI DEV'
  ).split(' '),
);

/**
 * Texts whose dictionary matches a book remembers (cleared when full: bounded memory). The same names and
 * sentence words are looked up again and again across a corpus (every article that names `Putin`, every
 * `in` and `the` of a sentence scanned for countries), and the phrase scan is most of the lookup's cost; the
 * date only picks the dated code of the matched entry, so the match is kept per text, not per date.
 */
const MATCH_MEMO_LIMIT = 50_000;

/**
 * The answer for a text none of whose words begins a phrase of the book: nothing matches, at any date. Such
 * texts are most of what the coder asks the small books (sentence contexts scanned for countries), so they
 * are answered from the book's first-word set and kept apart from the matches (MISS_MEMO_LIMIT).
 */
const NO_MATCH: Matches = { named: undefined, agent: undefined, undated: { code: undefined } };

/**
 * Texts answered NO_MATCH that a book remembers apart from its matches (cleared when full: bounded memory, and
 * the many texts that match nothing never push out the ones that do). The same few recur all the time: the
 * names the small books lack (`Hillary Clinton` asked of each book, at each new day its codes may differ) and
 * the sentence words scanned for countries (`of`, `and`).
 */
const MISS_MEMO_LIMIT = 20_000;

/** Non-state first chunks of CAMEO codes: they stand where a country would. */
const NON_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'UIS']);

/**
 * A text of ASCII letters and digits in words parted by single spaces (`Hillary Clinton`, `of`): most texts the
 * coder asks are. None of kbWords' replacements changes such a text, so its words are its lower case split at
 * the spaces (the regular expressions cost most of a lookup that finds nothing).
 */
const PLAIN_TEXT = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lower-case words of a text, possessives and edge punctuation removed (`U.S.` stays `u.s.`). */
export function kbWords(text: string): string[] {
  if (PLAIN_TEXT.test(text)) return text.toLowerCase().split(' ');
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,;:()"“”]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/(?<=\p{L}{2})\.$/u, ''))
    .filter(Boolean);
}

/** Splits a CAMEO code into country (or non-state prefix) and sector. */
export function splitCode(code: string): { country?: string; sector?: string } {
  const chunks = code.match(/.{1,3}/g) ?? [];
  const first = chunks[0];
  if (!first) return {};
  if (PLOVER_SECTORS.has(first) && !NON_STATE_PREFIXES.has(first)) return { sector: first };
  const sector = chunks.slice(1).find((c) => PLOVER_SECTORS.has(c));
  return { country: first, ...(sector ? { sector } : {}) };
}

/** The entry's code at `date` (ISO): a dated code covering it, else the undated one, else the latest. */
export function codeAt(codes: readonly DatedCode[], date?: string): DatedCode | undefined {
  if (date) {
    const d = date.slice(0, 10);
    const hit = codes.find((c) => (c.from || c.to) && (!c.from || c.from <= d) && (!c.to || d <= c.to));
    if (hit) return hit;
  }
  return codes.find((c) => !c.from && !c.to) ?? codes.at(-1);
}

interface Matches {
  readonly named: { readonly phrase: string; readonly value: number } | undefined;
  readonly agent: { readonly phrase: string; readonly value: string } | undefined;
  /** The lookup's answer when it does not depend on the date (no dated code matched). */
  undated?: { readonly code: ActorCode | undefined };
}

export class ActorCodeBook {
  private readonly entries: PackedEntries;
  /** Named phrase → entry: packed (learn/phrase-table.ts), Phoenix's 34,325 phrases 1.8 → ~1 MB per thread. */
  private readonly phrases: PhraseTable;
  private readonly agents: ReadonlyMap<string, string>;
  /** The first word of every named and agent phrase: a text with none of them matches nothing. */
  private readonly firstWords: WordFilter;
  private readonly matches = new BoundedMemo<string, Matches>(MATCH_MEMO_LIMIT);
  private readonly misses = new BoundedMemo<string, true>(MISS_MEMO_LIMIT);

  constructor(file: ActorCodeFile) {
    this.entries = new PackedEntries(file.entries);
    this.phrases = new PhraseTable(new Map(Object.entries(file.phrases)));
    this.agents = new Map(Object.entries(file.agents));
    this.firstWords = new WordFilter(
      [...Object.keys(file.phrases), ...this.agents.keys()].map((p) => firstWord(p)),
    );
  }

  /** Country and sector of an actor phrase at `date` (ISO, optional); undefined when nothing matched. */
  lookup(text: string, date?: string): ActorCode | undefined {
    const found = this.match(text);
    // No date-dependent code matched: the answer is the same at every date (kept with the match).
    if (found.undated) return found.undated.code;
    return this.codeOf(found, date);
  }

  /** The code of a text's matched phrases at `date`. */
  private codeOf({ named, agent }: Matches, date: string | undefined): ActorCode | undefined {
    if (!named && !agent) return undefined;
    let country: string | undefined;
    let sector: string | undefined;
    let name: string | undefined;
    let code: string | undefined;
    let dated = false;
    if (named) {
      const entry = this.entries.get(named.value);
      const c = entry ? codeAt(entry.codes, date) : undefined;
      if (entry && c) {
        ({ country, sector } = splitCode(c.code));
        name = entry.name;
        code = c.code;
        const d = date?.slice(0, 10);
        dated = d !== undefined && c.from !== undefined && c.to !== undefined && c.from <= d && d <= c.to;
      }
    }
    if (!sector && agent) sector = agent.value;
    const matched = [named?.phrase, agent?.phrase].filter(Boolean).join(' + ');
    return {
      ...(country ? { country } : {}),
      ...(sector ? { sector } : {}),
      ...(name ? { name } : {}),
      ...(code ? { code } : {}),
      ...(dated ? { dated } : {}),
      matched,
    };
  }

  /** True when the entry the text names has dated codes: its code may change with the date asked. */
  dated(text: string): boolean {
    return this.match(text).undated === undefined;
  }

  /** The sector of the longest agent noun phrase in the text (`riot police` → COP), if any. */
  agent(text: string): { phrase: string; sector: string } | undefined {
    const hit = this.match(text).agent;
    return hit ? { phrase: hit.phrase, sector: hit.value } : undefined;
  }

  /** The longest named and agent phrases of a text (remembered: see MATCH_MEMO_LIMIT). */
  private match(text: string): Matches {
    const hit = this.matches.get(text);
    if (hit) return hit;
    if (this.misses.has(text)) return NO_MATCH;
    const words = kbWords(text);
    if (!this.mayMatch(words)) {
      this.misses.set(text, true);
      return NO_MATCH;
    }
    const found: Matches = {
      named: this.longest(words, (p) => this.phrases.get(p)),
      agent: this.longest(words, (p) => this.agents.get(p) ?? this.agents.get(singular(p))),
    };
    const codes = found.named ? this.entries.get(found.named.value)?.codes : undefined;
    // Without dated codes codeAt picks the same code at every date and `dated` is never set.
    if (!codes?.some((c) => c.from || c.to)) found.undated = { code: this.codeOf(found, undefined) };
    this.matches.set(text, found);
    return found;
  }

  /**
   * False when no phrase can start at any of the words. A one-word agent phrase is also tried in the singular
   * (`ministers` → `minister`); a longer phrase's singular changes only its last word.
   */
  private mayMatch(words: readonly string[]): boolean {
    return words.some((w) => this.firstWords.mayHave(w) || this.firstWords.mayHave(singular(w)));
  }

  private longest<T>(
    words: readonly string[],
    get: (phrase: string) => T | undefined,
  ): { phrase: string; value: T } | undefined {
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length); n > 0; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const p = words.slice(i, i + n).join(' ');
        const value = get(p);
        if (value !== undefined) return { phrase: p, value };
      }
    }
    return undefined;
  }
}

/** The phrase's first word (phrases are kbWords joined by single spaces). */
function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

/** `ministers` → `minister`, `authorities` → `authority` (agents are listed in the singular). */
function singular(p: string): string {
  if (p.endsWith('ies')) return `${p.slice(0, -3)}y`;
  if (p.endsWith('s') && !p.endsWith('ss')) return p.slice(0, -1);
  return p;
}
