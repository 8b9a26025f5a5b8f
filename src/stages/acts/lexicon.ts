/**
 * The verb lexicon: compiled CAMEO verbs (models/acts-verbs.json.gz) with lookups by surface
 * form, and the PLOVER coding of a CAMEO code (exact code, else its longest coded prefix).
 */
import { VerbatimError } from '../../model/errors.js';
import { modelFilePath, readModelFileSync } from '../../runtime/model-file.js';
import type { PloverCoding, VerbBlock, VerbFile, VerbPattern } from './verb-file.js';

export const VERBS_URL = new URL('../../../models/acts-verbs.json.gz', import.meta.url);

/** Longest multi-word verb form tried (`give notice to` is three words). */
export const MAX_FORM_WORDS = 3;

export class VerbLexicon {
  private readonly forms: ReadonlyMap<string, string>;
  private readonly lemmas: ReadonlyMap<string, number>;
  private readonly lemmaCodes: ReadonlyMap<string, string>;
  private readonly plover: ReadonlyMap<string, PloverCoding>;
  readonly blocks: readonly VerbBlock[];
  /** First words of multi-word forms, so single words are tried cheaply first. */
  private readonly multiFirst: ReadonlySet<string>;
  /** First two words of multi-word forms (`call on`): no form is tried unless the next word fits (speed only). */
  private readonly multiPairs: ReadonlySet<string>;
  private readonly silent: ReadonlySet<string>;
  private readonly byLemma = new Map<string, readonly VerbPattern[]>();
  private readonly origins: VerbFile['origins'];

  constructor(file: VerbFile) {
    this.forms = new Map(Object.entries(file.forms));
    this.lemmas = new Map(Object.entries(file.lemmas));
    this.lemmaCodes = new Map(Object.entries(file.lemmaCodes));
    this.plover = new Map(Object.entries(file.plover));
    this.blocks = file.blocks;
    this.silent = new Set(file.silent ?? []);
    this.origins = file.origins;
    this.multiFirst = new Set(
      Object.keys(file.forms)
        .filter((f) => f.includes(' '))
        .map((f) => f.split(' ')[0] ?? ''),
    );
    this.multiPairs = new Set(
      Object.keys(file.forms)
        .filter((f) => f.includes(' '))
        .map((f) => f.split(' ').slice(0, 2).join(' ')),
    );
  }

  /** The lemma of a surface form (lower case), or undefined. */
  lemma(form: string): string | undefined {
    return this.forms.get(form);
  }

  /** Lemma of the longest verb form starting at `words[i]`, and how many words it spans. */
  match(words: readonly string[], i: number): { lemma: string; length: number } | undefined {
    const first = words[i];
    if (first === undefined) return undefined;
    if (this.multiFirst.has(first) && this.pairFits(first, words[i + 1])) {
      for (let n = Math.min(MAX_FORM_WORDS, words.length - i); n > 1; n--) {
        const lemma = this.forms.get(words.slice(i, i + n).join(' '));
        if (lemma) return { lemma, length: n };
      }
    }
    const lemma = this.forms.get(first);
    return lemma ? { lemma, length: 1 } : undefined;
  }

  /** `first second` opens a multi-word form (a second word holding a space may join into any: kept). */
  private pairFits(first: string, second: string | undefined): boolean {
    return second !== undefined && (second.includes(' ') || this.multiPairs.has(`${first} ${second}`));
  }

  /** A reporting verb: never a trigger. */
  isSilent(lemma: string): boolean {
    return this.silent.has(lemma);
  }

  /**
   * The patterns that apply to a verb: its block's, minus the idioms of the block's other verbs
   * (`VerbPattern.verb`), in file order. Filtered once per lemma, so matching tries only these.
   */
  patterns(lemma: string): readonly VerbPattern[] {
    let out = this.byLemma.get(lemma);
    if (!out) {
      out = (this.block(lemma)?.patterns ?? []).filter((p) => p.verb === undefined || p.verb === lemma);
      this.byLemma.set(lemma, out);
    }
    return out;
  }

  block(lemma: string): VerbBlock | undefined {
    const i = this.lemmas.get(lemma);
    return i === undefined ? undefined : this.blocks[i];
  }

  /** The verb's own code, else its block's. */
  defaultCode(lemma: string): string | undefined {
    return this.lemmaCodes.get(lemma) ?? this.block(lemma)?.code;
  }

  /** Where a verb comes from (`CAMEO.2.0.txt:8329`, `own-verbs.ts: <reason>`), when the file says. */
  lemmaOrigin(lemma: string): string | undefined {
    return this.origins?.lemmas[lemma];
  }

  /** Where the PLOVER coding of a CAMEO code comes from (its longest coded prefix, as `coding`). */
  codingOrigin(code: string): string | undefined {
    for (let n = code.length; n >= 2; n--) {
      const o = this.origins?.plover[code.slice(0, n)];
      if (o) return o;
    }
    return undefined;
  }

  /** PLOVER coding of a CAMEO code: exact, else the longest coded prefix; undefined for dropped codes. */
  coding(code: string): PloverCoding | undefined {
    for (let n = code.length; n >= 2; n--) {
      const c = this.plover.get(code.slice(0, n));
      if (c) return c;
    }
    return undefined;
  }
}

let shared: VerbLexicon | undefined;

export function defaultVerbLexicon(): VerbLexicon {
  if (shared) return shared;
  const bytes = readModelFileSync(VERBS_URL, 'acts verb dictionary');
  const file = JSON.parse(new TextDecoder().decode(bytes)) as VerbFile;
  if (file.format !== 'verbatim.acts-verbs/1') {
    throw new VerbatimError('E_MODEL_INVALID', `unknown acts verb format '${String(file.format)}'`, {
      file: modelFilePath(VERBS_URL),
      hint: 'rebuild it with npx tsx scripts/build-acts-verbs.ts',
    });
  }
  shared = new VerbLexicon(file);
  return shared;
}
