/**
 * Word clusters for the tagger's features: each word of a large pre-trained
 * vector set (built by scripts/pos/embedding-clusters.ts) has a path of 2-bit
 * choices in a hierarchical clustering, and its prefixes name clusters at
 * several granularities, like Brown-cluster prefixes. Words unseen in EWT but
 * common in English thus still carry evidence of their class. Stored in the
 * model as folded-word hash → CLUSTER_PRESENT | path.
 */

/** Levels of 4-way splits in a path. */
export const CLUSTER_DEPTH = 6;
/** Bits of a full path. */
export const PATH_BITS = 2 * CLUSTER_DEPTH;
/** Marks a packed cluster as present (path 0 is a real cluster). */
export const CLUSTER_PRESENT = 1 << 30;

/** The cluster of a packed path at `bits` bits (4 → 16 clusters … 12 → 4096); 0 when the word has none. */
export function clusterPrefix(c: number, bits: number): number {
  if (c === 0) return 0;
  return (((c & ((1 << PATH_BITS) - 1)) >>> (PATH_BITS - bits)) | (1 << 20)) >>> 0;
}

/** No neighbour tag (5 bits, above every tag index). */
export const NO_TAG = 31;

/** Packs the neighbour tags of scripts/pos/embedding-neighbours.ts into bits 12–23 of a cluster value. */
export function packNeighbourTags(top: number, second: number, conf: number): number {
  return (top << 12) | (second << 17) | (conf << 22);
}

/** The neighbour tags of a packed value: top tag, second tag, confidence bin (10 + 2 bits); 0 when none. */
export function neighbourTags(c: number): number {
  return c === 0 ? 0 : ((c >>> 12) & 0xfff) | (1 << 20);
}

/** The top neighbour tag alone; 0 when none. */
export function neighbourTop(c: number): number {
  return c === 0 ? 0 : ((c >>> 12) & 31) | (1 << 20);
}
