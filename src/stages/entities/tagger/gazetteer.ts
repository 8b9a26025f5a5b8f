/**
 * Gazetteer matching: lists of lower-cased token sequences, each with a category
 * (country, city, person, organisation…), matched over a sentence so that every
 * token learns which listed names it starts, continues or ends.
 *
 * The lists come from CountryInfo (CC BY-SA 3.0, Schrodt et al.) and the PETRARCH2
 * Phoenix actor dictionaries (MIT, Open Event Data Alliance); see
 * scripts/ner/resources.ts and docs/ner.md.
 */
import { PhraseTable } from '../../../learn/phrase-table.js';

/** Longest listed name in tokens; longer entries are dropped when the list is built. */
export const GAZ_MAX_LEN = 6;

/** A listed letters-and-number code split in two tokens (`G 7` from `GROUP_OF_SEVEN: +G_7`). */
const CODE_PHRASE = /^([a-z]{1,3}) ?-?(\d{1,3})$/;
/** One token of the same shape (`G7`, `G20`, `G-8`). */
const CODE_TOKEN = /^([a-z]{1,3})-?(\d{1,3})$/;

/**
 * Key of a letters-and-number code with the number folded (`g7`, `g20` → `g#`), so a
 * listed `G 7` also finds `G20`: such codes name families of groups and summits.
 */
function codeKey(letters: string): string {
  return `${letters}#`;
}

function endsWithDigit(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
}

/** Bit of a map entry that some longer phrase continues (categories use the bits below it). */
const PREFIX = 1 << 30;

/** First line of a serialised gazetteer: the categories in index order. */
const CATEGORIES_LINE = '#categories';

export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly category: number;
}

export class Gazetteer {
  readonly categories: readonly string[];
  /**
   * `phrase → bitmask of categories`, phrases being lower-cased tokens joined by one space;
   * every proper prefix of a phrase is in the table too with the `PREFIX` bit, so matching
   * stops as soon as no entry can continue, at one lookup per step. Packed once built
   * (learn/phrase-table.ts): the table is read for the whole life of the tagger.
   */
  private readonly phrases: PhraseTable;
  private readonly phraseCount: number;

  constructor(categories: readonly string[], entries: Iterable<readonly [number, string]>) {
    this.categories = categories;
    const phrases = new Map<string, number>();
    let count = 0;
    const mark = (key: string, bits: number): void => {
      const old = phrases.get(key) ?? 0;
      if ((old & ~PREFIX) === 0 && (bits & ~PREFIX) !== 0) count++;
      phrases.set(key, old | bits);
    };
    for (const [cat, phrase] of entries) {
      if (phrase === '') continue;
      let spaces = 0;
      for (let p = phrase.indexOf(' '); p >= 0; p = phrase.indexOf(' ', p + 1)) spaces++;
      if (spaces >= GAZ_MAX_LEN) continue;
      mark(phrase, 1 << cat);
      const code = CODE_PHRASE.exec(phrase);
      if (code) mark(codeKey(code[1] as string), 1 << cat);
      for (let p = phrase.indexOf(' '); p >= 0; p = phrase.indexOf(' ', p + 1))
        mark(phrase.slice(0, p), PREFIX);
    }
    this.phrases = new PhraseTable(phrases);
    this.phraseCount = count;
  }

  get size(): number {
    return this.phraseCount;
  }

  /**
   * What a one-token key is in the list: its category bits and the `PREFIX` bit, with
   * the number of a letters-and-number code folded; 0 when it is neither listed nor a
   * prefix. The tagger computes it once per distinct word.
   */
  lookup(key: string): number {
    const bits = this.phrases.get(key);
    if (bits !== undefined) return bits;
    if (!endsWithDigit(key)) return 0;
    const code = CODE_TOKEN.exec(key);
    return code ? (this.phrases.get(codeKey(code[1] as string)) ?? 0) & ~PREFIX : 0;
  }

  /** All matches in a sentence of lower-cased tokens; `first[i]`, if given, is `lookup(lower[i])`. */
  match(lower: readonly string[], first?: ArrayLike<number>): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < lower.length; i++) {
      let key = lower[i] ?? '';
      let bits = first ? (first[i] as number) : this.lookup(key);
      for (let j = i + 1; j <= lower.length && j - i <= GAZ_MAX_LEN; j++) {
        if (j > i + 1) {
          key = `${key} ${lower[j - 1]}`;
          bits = this.phrases.get(key) ?? 0;
        }
        const mask = bits & ~PREFIX;
        if (mask !== 0) {
          for (let c = 0; c < this.categories.length; c++)
            if (mask & (1 << c)) out.push({ start: i, end: j, category: c });
        }
        if ((bits & PREFIX) === 0) break;
      }
    }
    return out;
  }

  /**
   * Serialised as a `#categories<TAB>a<TAB>b…` line (category indices are part of
   * the features, so their order must survive), then `category<TAB>phrase` lines.
   */
  *lines(): Iterable<string> {
    yield [CATEGORIES_LINE, ...this.categories].join('\t');
    for (const [phrase, mask] of this.phrases.entries()) {
      for (let c = 0; c < this.categories.length; c++)
        if (mask & (1 << c)) yield `${this.categories[c]}\t${phrase}`;
    }
  }

  static fromLines(lines: Iterable<string>): Gazetteer {
    const cats: string[] = [];
    const entries: [number, string][] = [];
    for (const line of lines) {
      if (line.startsWith(CATEGORIES_LINE)) {
        if (cats.length === 0) cats.push(...line.split('\t').slice(1));
        continue;
      }
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const name = line.slice(0, tab);
      let c = cats.indexOf(name);
      if (c < 0) c = cats.push(name) - 1;
      entries.push([c, line.slice(tab + 1)]);
    }
    return new Gazetteer(cats, entries);
  }
}
