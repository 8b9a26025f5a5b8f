/**
 * Verb patterns on word ids (speed only): every word of the lexicon's patterns gets an id, each
 * pattern's word slots become id lists, and each token of a sentence the ids of its forms (cached
 * per word across sentences). "Can this pattern match here" is then a few array reads, not string
 * building and set lookups per pattern and trigger.
 */
import type { VerbLexicon } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';
import type { PatternWord, VerbPattern } from './verb-file.js';

/** A pattern with its word slots as id lists (the alternatives of each slot). */
export interface CompiledPattern {
  readonly pattern: VerbPattern;
  readonly before: readonly Int32Array[];
  readonly after: readonly Int32Array[];
  readonly size: number;
}

/** A sentence's tokens as patterns read them: per token, the ids of its forms. */
export interface SentenceIds {
  readonly tokens: readonly Int32Array[];
  /** Marks the ids present in the sentence (see `PatternVocabulary.present`). */
  readonly stamp: number;
}

/** Distinct words whose form ids are remembered; the cache is emptied when it holds this many. */
const MAX_CACHED_WORDS = 50_000;
const NO_IDS = new Int32Array(0);

/**
 * The forms a pattern word may take to match token `w`: the word, its verb lemma, its singulars
 * (`w`, `ws`, `wes`, `…ies` for `…y`). A pattern word matches a token exactly when it is one of these.
 */
function formsOf(lex: VerbLexicon, w: string): string[] {
  const out = [w];
  const lemma = lex.lemma(w);
  if (lemma) out.push(lemma);
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

export class PatternVocabulary {
  private readonly ids = new Map<string, number>();
  /** Lemma → its compiled patterns (a lexicon hands out one fixed list per lemma). */
  private readonly compiled = new Map<string, readonly CompiledPattern[]>();
  private readonly wordIds = new Map<string, Int32Array>();
  /** Per document (keyed by its vocabulary), the form ids of each of its words, by word id. */
  private readonly documentIds = new WeakMap<readonly string[], (Int32Array | undefined)[]>();
  /** `marks[id] === stamp`: the id is a form of the current sentence (no clearing between sentences). */
  private readonly marks: Int32Array;
  private stamp = 0;

  constructor(readonly lex: VerbLexicon) {
    // Every pattern list the lexicon hands out is a subset of its blocks' patterns.
    for (const b of lex.blocks)
      for (const p of b.patterns)
        for (const alts of [...p.before, ...p.after])
          for (const w of alts) if (!this.ids.has(w)) this.ids.set(w, this.ids.size);
    this.marks = new Int32Array(this.ids.size);
  }

  private slot(alts: PatternWord): Int32Array {
    return Int32Array.from(alts, (w) => this.ids.get(w) ?? -1);
  }

  /** The compiled patterns of a verb (`VerbLexicon.patterns`), made once per lemma. */
  patterns(lemma: string): readonly CompiledPattern[] {
    let out = this.compiled.get(lemma);
    if (!out) {
      out = this.lex.patterns(lemma).map((pattern) => ({
        pattern,
        before: pattern.before.map((a) => this.slot(a)),
        after: pattern.after.map((a) => this.slot(a)),
        size: pattern.before.length + pattern.after.length,
      }));
      this.compiled.set(lemma, out);
    }
    return out;
  }

  private idsOf(word: string): Int32Array {
    let ids = this.wordIds.get(word);
    if (ids) return ids;
    const found: number[] = [];
    for (const f of formsOf(this.lex, word)) {
      const id = this.ids.get(f);
      if (id !== undefined) found.push(id);
    }
    ids = found.length ? Int32Array.from(found) : NO_IDS;
    if (this.wordIds.size >= MAX_CACHED_WORDS) this.wordIds.clear();
    this.wordIds.set(word, ids);
    return ids;
  }

  /** The sentence's form ids; marks them present until the next call. */
  sentence(view: SentenceView): SentenceIds {
    const stamp = ++this.stamp;
    let known = this.documentIds.get(view.vocabulary);
    if (!known) {
      known = new Array(view.vocabulary.length);
      this.documentIds.set(view.vocabulary, known);
    }
    const n = view.words.length;
    const tokens = new Array<Int32Array>(n);
    for (let i = 0; i < n; i++) {
      const w = view.wordIds[i] as number;
      let ids = known[w];
      if (!ids) {
        ids = this.idsOf(view.words[i] as string);
        known[w] = ids;
      }
      tokens[i] = ids;
      for (const id of ids) this.marks[id] = stamp;
    }
    return { tokens, stamp };
  }

  /** Every slot has an alternative among the sentence's forms (`s` must be the latest sentence). */
  possible(s: SentenceIds, slots: readonly Int32Array[]): boolean {
    for (const alts of slots) {
      let any = false;
      for (const id of alts) {
        if (this.marks[id] === s.stamp) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }
}

/** Token `i` has one of the slot's alternatives among its forms. */
export function matchesAt(s: SentenceIds, i: number, alts: Int32Array): boolean {
  const forms = s.tokens[i];
  if (!forms) return false;
  for (const id of alts) if (forms.includes(id)) return true;
  return false;
}

const VOCABULARIES = new WeakMap<VerbLexicon, PatternVocabulary>();
/** The last one asked for: a process codes with one lexicon, asked once per sentence. */
let latest: PatternVocabulary | undefined;

/** The lexicon's pattern vocabulary (made once per lexicon). */
export function patternVocabulary(lex: VerbLexicon): PatternVocabulary {
  if (latest?.lex === lex) return latest;
  let v = VOCABULARIES.get(lex);
  if (!v) {
    v = new PatternVocabulary(lex);
    VOCABULARIES.set(lex, v);
  }
  latest = v;
  return v;
}
