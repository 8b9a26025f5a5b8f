/**
 * The compiled verb dictionary (models/acts-verbs.json.gz, built by scripts/build-acts-verbs.ts
 * from the CAMEO verb patterns of PETRARCH2 and the CAMEO→PLOVER table): the file's shape.
 */
import type { PloverType } from './types.js';

/** A pattern element: the words any one of which matches (a `&SET` expands to its members). */
export type PatternWord = readonly string[];

export interface VerbPattern {
  /** Words that must precede the verb, in order (nearest last). */
  readonly before: readonly PatternWord[];
  /** Words that must follow the verb, in order. */
  readonly after: readonly PatternWord[];
  /** CAMEO code, or `---` for "no event" (the pattern vetoes the verb's default). */
  readonly code: string;
  /** The one verb of the block the pattern belongs to (its idiom); absent: every verb of the block. */
  readonly verb?: string;
  /** Where the pattern comes from: `CAMEO.2.0.txt:<line>`, or `own-verbs.ts: <reason>`. */
  readonly from?: string;
}

export interface VerbBlock {
  readonly name: string;
  /** The block's default CAMEO code, `---` when the verbs code nothing alone. */
  readonly code: string;
  readonly patterns: readonly VerbPattern[];
}

/** PLOVER coding of a CAMEO code: type, mode (may be empty) and context (may be empty). */
export type PloverCoding = readonly [PloverType, string, string];

export interface VerbFile {
  readonly format: 'verbatim.acts-verbs/1';
  readonly provenance: readonly { readonly file: string; readonly licence: string; readonly used: string }[];
  /** CAMEO code → PLOVER coding; a code absent here (and by prefix) codes no PLOVER event. */
  readonly plover: Readonly<Record<string, PloverCoding>>;
  /** Lemma (lower case; multi-word lemmas joined by spaces) → block index. */
  readonly lemmas: Readonly<Record<string, number>>;
  /** Lemma → its own CAMEO code, when the verb line gives one (`ACCUSE [112]`). */
  readonly lemmaCodes: Readonly<Record<string, string>>;
  /** Inflected surface form (lower case, possibly several words) → lemma. */
  readonly forms: Readonly<Record<string, string>>;
  readonly blocks: readonly VerbBlock[];
  /** Lemmas that never code an act (reporting verbs); see own-verbs.ts. */
  readonly silent: readonly string[];
  /**
   * Provenance per entry: lemma → `CAMEO.2.0.txt:<line>` or `own-verbs.ts: <reason>`; CAMEO code →
   * `CAMEO2PLOVER-2021.txt:<line>`, or the build script's rule that coded it (appeals, overrides).
   */
  readonly origins?: {
    readonly lemmas: Readonly<Record<string, string>>;
    readonly plover: Readonly<Record<string, string>>;
  };
}
