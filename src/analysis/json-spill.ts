/**
 * Where the JSON records of a huge document's windows wait until they are written
 * (window-records.ts): text appended under a key (a record kind) and read back in order. The
 * default keeps it in memory; the CLI keeps it in a temporary file (service/json-spill-file.ts), so
 * the records of a book-length text stay out of the heap until their turn to be written.
 */

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
