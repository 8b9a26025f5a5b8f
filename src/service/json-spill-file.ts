/**
 * A JsonSpill (analysis/json-spill.ts) in a temporary file: each piece appended is written as UTF-8
 * at the file's end and read back by its byte range, so a huge document's records take disk, not
 * heap, until written. The file is unlinked as soon as it is open where the system allows it, so
 * nothing is left behind even if the process dies; `close` closes (and, elsewhere, deletes) it.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonSpill } from '../analysis/json-spill.js';

/** Keys and pieces the chains start with room for (doubled as needed). */
const INITIAL_SLOTS = 256;
/** End of a key's chain of pieces. */
const NONE = -1;

/** A copy of `a` with twice the room. */
function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(2 * a.length);
  b.set(a);
  return b;
}

export class FileJsonSpill implements JsonSpill {
  private readonly dir: string;
  private readonly fd: number;
  /**
   * Each key's pieces as a chain in typed arrays rather than an array per key: a huge text's actors
   * have two keys each (window-records.ts), and an array each was two more objects per actor for every
   * later full collection to mark (news, 8 MB: ~1,100 new actors a window).
   */
  private readonly keys = new Map<string, number>();
  private firstPiece = new Int32Array(INITIAL_SLOTS);
  private lastPiece = new Int32Array(INITIAL_SLOTS);
  /** Byte offset (a double: the file may pass 2 GB), byte length and next piece of the key, or NONE. */
  private pieceStart = new Float64Array(INITIAL_SLOTS);
  private pieceBytes = new Int32Array(INITIAL_SLOTS);
  private nextPiece = new Int32Array(INITIAL_SLOTS);
  private pieceCount = 0;
  private size = 0;
  private closed = false;

  constructor(parent = tmpdir()) {
    this.dir = mkdtempSync(join(parent, 'verbatim-records-'));
    const file = join(this.dir, 'records.json');
    this.fd = openSync(file, 'w+');
    try {
      unlinkSync(file);
      rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // Windows keeps an open file: close() deletes the directory instead.
    }
  }

  append(key: string, json: string): void {
    const bytes = Buffer.from(json, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const p = this.pieceCount++;
    if (p === this.pieceStart.length) {
      this.pieceStart = grown(this.pieceStart);
      this.pieceBytes = grown(this.pieceBytes);
      this.nextPiece = grown(this.nextPiece);
    }
    this.pieceStart[p] = this.size;
    this.pieceBytes[p] = bytes.length;
    this.nextPiece[p] = NONE;
    const k = this.keys.get(key);
    if (k === undefined) {
      const slot = this.keys.size;
      if (slot === this.firstPiece.length) {
        this.firstPiece = grown(this.firstPiece);
        this.lastPiece = grown(this.lastPiece);
      }
      this.keys.set(key, slot);
      this.firstPiece[slot] = p;
    } else this.nextPiece[this.lastPiece[k] as number] = p;
    this.lastPiece[k ?? this.keys.size - 1] = p;
    this.size += bytes.length;
  }

  *pieces(key: string): Generator<string> {
    const k = this.keys.get(key);
    for (
      let p = k === undefined ? NONE : (this.firstPiece[k] as number);
      p !== NONE;
      p = this.nextPiece[p] as number
    ) {
      const bytes = Buffer.alloc(this.pieceBytes[p] as number);
      readSync(this.fd, bytes, 0, bytes.length, this.pieceStart[p] as number);
      yield bytes.toString('utf8');
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
