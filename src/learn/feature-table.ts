/**
 * Feature key → weight row, in an open-addressing hash table (linear probing over typed arrays), so lookups
 * allocate nothing. Rows are numbered in insertion order; a model with a row per seen feature (the entity
 * tagger) keeps its weights as `rows × labels` beside it. Hand-written: a JS Map of numbers costs several
 * times the memory and a lookup several times the time in the tagger's inner loop.
 */
export class FeatureTable {
  private keys: Uint32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Row of `h`, or -1. */
  get(h: number): number {
    const k = h === 0 ? 1 : h;
    let i = k & this.mask;
    for (;;) {
      const key = this.keys[i] as number;
      if (key === k) return this.vals[i] as number;
      if (key === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of `h`, adding it as the next row when absent. */
  add(h: number): number {
    const k = h === 0 ? 1 : h;
    let i = k & this.mask;
    for (;;) {
      const key = this.keys[i] as number;
      if (key === k) return this.vals[i] as number;
      if (key === 0) {
        if ((this.size + 1) * 2 > this.keys.length) {
          this.grow();
          return this.add(h);
        }
        this.keys[i] = k;
        this.vals[i] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Uint32Array(oldK.length * 2);
    this.vals = new Int32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldK.length; j++) {
      const k = oldK[j] as number;
      if (k === 0) continue;
      let i = k & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.vals[i] = oldV[j] as number;
    }
  }

  /** `[hash, row]` pairs. */
  *entries(): Iterable<[number, number]> {
    for (let j = 0; j < this.keys.length; j++)
      if (this.keys[j] !== 0) yield [this.keys[j] as number, this.vals[j] as number];
  }
}
