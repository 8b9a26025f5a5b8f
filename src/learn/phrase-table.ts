/**
 * A read-only `string → int` table packed in one string and typed arrays, for the big phrase lists models keep
 * for the whole life of a thread: the entity tagger's gazetteer (76,396 keys with their prefixes, ~1 M
 * characters) took 7.7 MB as a `Map` (a string object and a hash entry each) in every analysing thread; packed
 * it takes about a third of that. The actor-code books keep their named phrases in one too.
 *
 * Layout: the keys joined in insertion order (`text`, one string), each key's start in it (`starts`, one
 * more than there are keys, so a key ends where the next starts), its value (`values`), and an open-addressed
 * hash index of key numbers (`slots`, linear probing, 0 = empty). A lookup hashes the asked string and
 * compares it in place (`startsWith` at the key's start): no string is made.
 */

import { hashRaw } from './hashing.js';

/** Slots per key, at least: probes stay short (load factor ≤ 1/2). */
const SLOTS_PER_KEY = 2;

export class PhraseTable {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly values: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Packs a map's entries, in its order. Values must fit in a signed 32-bit integer. */
  constructor(entries: ReadonlyMap<string, number>) {
    const keys = [...entries.keys()];
    this.text = keys.join('');
    this.starts = new Int32Array(keys.length + 1);
    this.values = new Int32Array(keys.length);
    let size = 1;
    while (size < keys.length * SLOTS_PER_KEY) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let at = 0;
    keys.forEach((key, k) => {
      this.starts[k] = at;
      at += key.length;
      this.values[k] = entries.get(key) as number;
      let s = hashRaw(key) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = k + 1;
    });
    this.starts[keys.length] = at;
  }

  get size(): number {
    return this.values.length;
  }

  /** The value of `key`, or undefined when it is not in the table. */
  get(key: string): number | undefined {
    const text = this.text;
    const starts = this.starts;
    for (let s = hashRaw(key) & this.mask; ; s = (s + 1) & this.mask) {
      const k = (this.slots[s] as number) - 1;
      if (k < 0) return undefined;
      const start = starts[k] as number;
      if ((starts[k + 1] as number) - start === key.length && text.startsWith(key, start))
        return this.values[k];
    }
  }

  /** The entries in the order they were packed. */
  *entries(): IterableIterator<[string, number]> {
    for (let k = 0; k < this.values.length; k++)
      yield [this.text.slice(this.starts[k], this.starts[k + 1]), this.values[k] as number];
  }
}
