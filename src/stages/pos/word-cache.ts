/**
 * The tagger's per-word-type cache: for each cached word a slot holding its
 * feature sums (`pool`), the hashes its neighbours' features read (`context`),
 * its word × tag weight offsets (`wordRows`) and its fixed tag (`fixed`).
 *
 * Eviction is CLOCK with small use counts: a hit raises the word's count (up to
 * MAX_USES); a new word needing a slot sweeps a hand over the slots, taking the
 * first whose count is 0 and lowering the others'. New words start at 0, so a word
 * seen once leaves before words seen often, which the recency-only scheme this
 * replaced (two generations of 8,192 words) could not tell apart. Misses (each costs
 * a word's whole feature sum): PolNeAR train read once 48,512 → 35,545 (29,400 are
 * first sightings); CoNLL-2003 train + valid, not used to choose this, 35,067 → 29,609.
 * Slots of words used by the chunk being tagged are never taken (the tagger reads
 * their sums after all lookups of the chunk).
 */
import { CONTEXT_HASHES } from './features.js';

/** Longest run of words tagged at once; longer sentences are cut (bounds the slots one chunk pins). */
export const MAX_CHUNK = 512;
/**
 * Cached words, at most. The two generations this replaced wrote at most ~12,400 slots of 230 Int32
 * (PolNeAR train: 12,345; 10.8-11.0 MiB with their two Maps). 15,104 slots take ~3 MiB more (14.3 MB
 * after PolNeAR train) and cut misses by a quarter, where 11,264 slots (the old memory) cut them by an
 * eighth: POS took 0.75-0.87x main's time with 15,104 and no shown gain with 11,264 (loaded A/Bs);
 * the 840-article JSONL peak stays under 280,000 kB (issue #14's bound is 300 MB).
 */
export const CACHE_WORDS = 15_104;
/** Highest use count: a word survives this many sweeps of the hand without a hit (2 bits). */
const MAX_USES = 3;
/** Slots allocated at load; the arrays double as words arrive. */
const INITIAL_SLOTS = 1024;
/** Slots 0-3 are reserved for the pseudo-words outside a sentence (positions -2, -1, n, n+1). */
export const RESERVED_SLOTS = 4;
const TOTAL_SLOTS = RESERVED_SLOTS + CACHE_WORDS;
/** Chunk stamps are 16-bit: a stale stamp equal to the current one only spares a slot for one sweep. */
const STAMP_MASK = 0xffff;

export class WordCache {
  pool: Int32Array;
  context: Int32Array;
  wordRows: Int32Array;
  /** Per slot, the word's fixed tag, or -1 when it is scored. */
  fixed: Int32Array;
  private readonly slotOfWord = new Map<string, number>();
  /** Per slot, its word (to forget it when the slot is taken). */
  private readonly words: string[] = [];
  /** Per slot, the use count the hand lowers. */
  private uses: Uint8Array;
  /** Per slot, the chunk that last used it: slots of the current chunk are pinned. */
  private stamps: Uint16Array;
  private chunk = 0;
  private hand = RESERVED_SLOTS;
  private nextSlot = RESERVED_SLOTS;

  constructor(
    private readonly slotStride: number,
    private readonly rowStride: number,
  ) {
    this.pool = new Int32Array(INITIAL_SLOTS * slotStride);
    this.context = new Int32Array(INITIAL_SLOTS * CONTEXT_HASHES);
    this.wordRows = new Int32Array(INITIAL_SLOTS * rowStride);
    this.fixed = new Int32Array(INITIAL_SLOTS).fill(-1);
    this.uses = new Uint8Array(INITIAL_SLOTS);
    this.stamps = new Uint16Array(INITIAL_SLOTS);
  }

  /** Starts tagging a chunk (at most MAX_CHUNK words): slots used from now on are pinned until the next call. */
  beginChunk(): void {
    this.chunk = (this.chunk + 1) & STAMP_MASK;
  }

  /** The slot of a cached word (its use counted), or undefined. */
  lookup(word: string): number | undefined {
    const slot = this.slotOfWord.get(word);
    if (slot === undefined) return undefined;
    const u = this.uses[slot] as number;
    if (u < MAX_USES) this.uses[slot] = u + 1;
    this.stamps[slot] = this.chunk;
    return slot;
  }

  /** A slot for a new word, remembered; the caller fills it. May grow (replace) the arrays. */
  add(word: string): number {
    const slot = this.nextSlot < TOTAL_SLOTS ? this.newSlot() : this.evict();
    this.slotOfWord.set(word, slot);
    this.words[slot] = word;
    this.uses[slot] = 0;
    this.stamps[slot] = this.chunk;
    return slot;
  }

  /**
   * Sweeps the hand to the first unpinned slot with no uses left, lowering counts on the way, and
   * forgets its word. Ends: a chunk pins at most MAX_CHUNK slots (and stale stamps at most as many
   * more), far fewer than CACHE_WORDS, and each full turn lowers every unpinned count.
   */
  private evict(): number {
    const uses = this.uses;
    const stamps = this.stamps;
    const chunk = this.chunk;
    let h = this.hand;
    for (;;) {
      if (stamps[h] !== chunk) {
        const u = uses[h] as number;
        if (u === 0) break;
        uses[h] = u - 1;
      }
      h = h + 1 === TOTAL_SLOTS ? RESERVED_SLOTS : h + 1;
    }
    this.hand = h + 1 === TOTAL_SLOTS ? RESERVED_SLOTS : h + 1;
    this.slotOfWord.delete(this.words[h] as string);
    return h;
  }

  private newSlot(): number {
    const slot = this.nextSlot++;
    if (slot >= this.fixed.length) {
      const slots = Math.min(TOTAL_SLOTS, this.fixed.length * 2);
      this.pool = grown(this.pool, slots * this.slotStride);
      this.context = grown(this.context, slots * CONTEXT_HASHES);
      this.wordRows = grown(this.wordRows, slots * this.rowStride);
      this.fixed = grown(this.fixed, slots);
      this.uses = grown(this.uses, slots);
      this.stamps = grown(this.stamps, slots);
    }
    return slot;
  }
}

/** A copy of `a` with room for `size` values. */
function grown<T extends Int32Array | Uint8Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
