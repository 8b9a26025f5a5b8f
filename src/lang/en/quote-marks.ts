/**
 * Quotation marks of English news text: straight, curly, guillemets and low-9 marks. Straight and
 * right single marks double as apostrophes; telling them apart is the quotes stage's scanner's work.
 */

/** Double marks that only open a quotation (`“`, `„`, `«`). */
export const OPENING_DOUBLE_MARKS: ReadonlySet<string> = new Set(['“', '„', '«']);

/** Double marks that only close a quotation (`”`, `»`). */
export const CLOSING_DOUBLE_MARKS: ReadonlySet<string> = new Set(['”', '»']);

/** Single marks: the left one opens, the right one (also an apostrophe) closes. */
export const SINGLE_MARKS: ReadonlySet<string> = new Set(["'", '‘', '’']);

/** Every character that may open or close a quotation. */
export const QUOTE_CHARACTERS = `"'“”„«»‘’`;

/** A token that may open a quotation. */
export const OPEN_MARK_RE = /^["'“‘«„]$/;

/** A token that may close a quotation. */
export const CLOSE_MARK_RE = /^["'”’»]$/;

/** Text opening with a mark that may open a quotation. */
export const OPENS_WITH_MARK_RE = /^["'“‘«„]/;

/** A double mark (never an apostrophe): text holding one holds a quotation. */
export const DOUBLE_MARK_RE = /["“”«»„]/;
