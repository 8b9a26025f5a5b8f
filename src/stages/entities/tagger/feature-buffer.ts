/**
 * Where feature extraction writes feature keys: a plain array (training keeps them) or a
 * FeatureBuffer (tagging reuses one). Keys are unsigned 32-bit hashes, mostly beyond V8's small
 * integers, so an array of them boxes numbers; the typed buffer stores them unboxed (speed only).
 */
export interface FeatureSink {
  push(key: number): unknown;
}

/** First capacity of a buffer: more than one token's features, so growing is rare. */
const INITIAL_CAPACITY = 256;

/** A reusable, growing list of feature keys: `keys[0…length)`. */
export class FeatureBuffer implements FeatureSink {
  keys = new Uint32Array(INITIAL_CAPACITY);
  length = 0;

  push(key: number): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = key;
  }
}
