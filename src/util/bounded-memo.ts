/**
 * A memo that starts over when it reaches its limit: remembered answers of a pure function whose inputs recur
 * (names, phrases, texts) in bounded memory over an endless stream of articles. Starting over, not evicting
 * the least recently used: an answer costs microseconds to make again, and a plain Map's get and set stay
 * the whole cost of a hit.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  /** `limit`: entries kept before the memo starts over. */
  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Remembers `value` for `key` (forgetting everything first when full and `key` is new); answers `value`. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit && !this.map.has(key)) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  /** The remembered answer for `key`, else `make()`'s, remembered (an undefined answer is remembered too). */
  through(key: K, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    return this.set(key, make());
  }
}
