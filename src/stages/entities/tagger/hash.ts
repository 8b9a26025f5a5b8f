/**
 * 32-bit feature hashing: features are (template, value) pairs hashed without
 * building strings, so extraction stays allocation-free on the hot path.
 */

/** FNV-1a over the UTF-16 code units of `s`, seeded. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over `s.slice(start, end)` without slicing. */
export function hashRange(s: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values (murmur3 finaliser over a combination); order matters. */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Feature id of template `t` with value `v`. */
export function feat(t: number, v: number): number {
  return mix(t, v);
}

/** Feature id of template `t` over two values. */
export function feat2(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}
