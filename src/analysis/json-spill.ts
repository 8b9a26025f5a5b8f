/**
 * Where the JSON records of a huge document's windows wait until they are written
 * (window-records.ts): text appended under a key (a record kind) and read back in order. The
 * default keeps it in memory; the CLI keeps it in a temporary file (service/json-spill-file.ts), so
 * the records of a book-length text stay out of the heap until their turn to be written.
 */

/**
 * Characters of JSON or report text gathered before a piece is written out or spilled (json-stream.ts,
 * window-records.ts, window-report.ts, report.ts): large enough that per-write overhead is nothing next
 * to building the text, small enough to add no memory. 16 K, not 64 K: a piece of two-byte text (curly
 * quotes) over 64 K characters is over V8's 128 KB large-object size, so each one became old-generation
 * garbage that only a full collection frees (8 MB of news, json: peak RSS ~412 → ~400 MB, loaded).
 */
export const PIECE_CHARS = 16 * 1024;

export interface JsonSpill {
  /** Appends JSON text under `key`. */
  append(key: string, json: string): void;
  /** The text appended under `key`, in order, in the pieces it was appended in. */
  pieces(key: string): Iterable<string>;
  /** Frees what the spill holds; it is not read afterwards. */
  close(): void;
}

/** A spill in memory: the pieces themselves (for the library, and in browsers). */
export class MemoryJsonSpill implements JsonSpill {
  private readonly byKey = new Map<string, string[]>();

  append(key: string, json: string): void {
    const pieces = this.byKey.get(key);
    if (pieces) pieces.push(json);
    else this.byKey.set(key, [json]);
  }

  pieces(key: string): Iterable<string> {
    return this.byKey.get(key) ?? [];
  }

  close(): void {
    this.byKey.clear();
  }
}
