/**
 * The actor-code knowledge base: text → PLOVER/CAMEO actor codes (country and sector), compiled
 * from the Phoenix (PETRARCH2) actor and agent dictionaries by scripts/build-acts-kb.ts into
 * models/acts-actor-codes.json.gz. A code holds for a date range when the dictionary says so
 * (`[RUSGOV >080508]`: Russian government from 2008-05-08).
 */

/** One dated code of an entry: `from`/`to` are ISO dates, absent when open. */
export interface DatedCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/** A named actor (person, country, organisation, armed group) and its codes. */
export interface KbEntry {
  /** The dictionary's primary name, readable (`Vladimir Putin`). */
  readonly name: string;
  readonly codes: readonly DatedCode[];
}

/** What the compiled file holds (JSON). Keys are lower case words joined by single spaces. */
export interface ActorCodeFile {
  readonly format: 'verbatim.acts-actor-codes/1';
  /** Where each part came from (file, licence, what was used). */
  readonly provenance: readonly { readonly file: string; readonly licence: string; readonly used: string }[];
  /** Primary names, indexed by the numbers in `phrases`. */
  readonly entries: readonly KbEntry[];
  /** Phrase → entry index. */
  readonly phrases: Readonly<Record<string, number>>;
  /** Agent phrase (`riot police`, `foreign minister`) → sector code (`COP`, `GOV`). */
  readonly agents: Readonly<Record<string, string>>;
}

/** The answer of a lookup. */
export interface ActorCode {
  /** CAMEO/PLOVER country code (`RUS`, `USA`) or a non-state prefix (`IGO`, `NGO`, `IMG`). */
  readonly country?: string;
  /** PLOVER sector code (`GOV`, `MIL`, `COP`, `REB`…). */
  readonly sector?: string;
  /** The dictionary's name of the entry that matched, when a named entry matched. */
  readonly name?: string;
  /** The full code (`RUSGOV`, `IGOUNO`), when a named entry matched. */
  readonly code?: string;
  /**
   * True when a closed dated range of the entry (`[DEUGOVLAB 080301-091031]`) covers the date asked:
   * firmer than an undated fallback or an open range, which may be stale (`[USAGOV >090120]`).
   */
  readonly dated?: boolean;
  /** The words that matched (lower case), for evidence. */
  readonly matched: string;
}
