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

export class FileJsonSpill implements JsonSpill {
  private readonly dir: string;
  private readonly fd: number;
  /** Byte ranges by key: start, length, start, length… */
  private readonly ranges = new Map<string, number[]>();
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
    const ranges = this.ranges.get(key);
    if (ranges) ranges.push(this.size, bytes.length);
    else this.ranges.set(key, [this.size, bytes.length]);
    this.size += bytes.length;
  }

  *pieces(key: string): Generator<string> {
    const ranges = this.ranges.get(key) ?? [];
    for (let i = 0; i < ranges.length; i += 2) {
      const bytes = Buffer.alloc(ranges[i + 1] as number);
      readSync(this.fd, bytes, 0, bytes.length, ranges[i] as number);
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
