/**
 * The tagger's per-word-type cache: for each cached word a slot holding its
 * feature sums (`pool`), the hashes its neighbours' features read (`context`),
 * its word × tag weight offsets (`wordRows`) and its fixed tag (`fixed`).
 *
 * Two generations bound memory: when the young one fills, it becomes the old
 * one and the previous old one is dropped; words found in the old generation
 * move back to the young one, so frequent words stay.
 */
import { CONTEXT_HASHES } from './features.js';

/** Word types per generation. */
export const GENERATION_WORDS = 1 << 13;
/** Longest run of words tagged at once; longer sentences are cut (bounds the cache's slots in use). */
export const MAX_CHUNK = 512;
/**
 * Slots in use at once, at most: a call (one chunk) brings at most MAX_CHUNK < GENERATION_WORDS words into
 * the young generation, so it turns the generations over at most once; then the dropped generation (≤ one
 * generation, kept until the next call) and the full one that just became old hold two generations, and
 * the new young one the rest of the chunk. Free slots are reused first, so no slot beyond this is ever
 * used (the arrays stop growing here: 8,192 × 111 Int32 per slot fewer than a three-generation bound).
 */
const CACHE_SLOTS = 2 * GENERATION_WORDS + MAX_CHUNK;
/** Slots allocated at load; the arrays double as words arrive. */
const INITIAL_SLOTS = 1024;
/** Slots 0-3 are reserved for the pseudo-words outside a sentence (positions -2, -1, n, n+1). */
export const RESERVED_SLOTS = 4;

export class WordCache {
  pool: Int32Array;
  context: Int32Array;
  wordRows: Int32Array;
  /** Per slot, the word's fixed tag, or -1 when it is scored. */
  fixed: Int32Array;
  private young = new Map<string, number>();
  private old = new Map<string, number>();
  /** Slots free for reuse (those of a dropped generation), then never-used ones from `nextSlot`. */
  private free: number[] = [];
  /** Slots of the generation dropped during this call, free from the next call on. */
  private pendingFree: number[] = [];
  private nextSlot = RESERVED_SLOTS;

  constructor(
    private readonly slotStride: number,
    private readonly rowStride: number,
  ) {
    this.pool = new Int32Array(INITIAL_SLOTS * slotStride);
    this.context = new Int32Array(INITIAL_SLOTS * CONTEXT_HASHES);
    this.wordRows = new Int32Array(INITIAL_SLOTS * rowStride);
    this.fixed = new Int32Array(INITIAL_SLOTS).fill(-1);
  }

  /** Starts tagging a chunk: the slots dropped during the previous call become free. */
  beginChunk(): void {
    if (this.pendingFree.length === 0) return;
    for (const slot of this.pendingFree) this.free.push(slot);
    this.pendingFree = [];
  }

  /** The slot of a cached word (moved to the young generation), or undefined. */
  lookup(word: string): number | undefined {
    const slot = this.young.get(word);
    if (slot !== undefined) return slot;
    const older = this.old.get(word);
    if (older !== undefined) {
      this.old.delete(word);
      this.remember(word, older);
    }
    return older;
  }

  /** A slot for a new word, remembered; the caller fills it. May grow (replace) the arrays. */
  add(word: string): number {
    const slot = this.free.length > 0 ? (this.free.pop() as number) : this.newSlot();
    this.remember(word, slot);
    return slot;
  }

  private newSlot(): number {
    const slot = this.nextSlot++;
    if ((slot + 1) * this.slotStride > this.pool.length) {
      const slots = Math.min(
        CACHE_SLOTS + RESERVED_SLOTS,
        Math.max(slot + 1, (this.pool.length / this.slotStride) * 2),
      );
      this.pool = grown(this.pool, slots * this.slotStride);
      this.context = grown(this.context, slots * CONTEXT_HASHES);
      this.wordRows = grown(this.wordRows, slots * this.rowStride);
      this.fixed = grown(this.fixed, slots);
    }
    return slot;
  }

  private remember(word: string, slot: number): void {
    this.young.set(word, slot);
    if (this.young.size < GENERATION_WORDS) return;
    // The dropped generation's slots are reused from the next call on: none of them is used by
    // this chunk (a word used here has moved to the young generation).
    for (const s of this.old.values()) this.pendingFree.push(s);
    this.old = this.young;
    this.young = new Map();
  }
}

/** A copy of `a` with room for `size` values. */
function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
