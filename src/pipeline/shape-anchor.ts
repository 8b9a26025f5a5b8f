/**
 * Keeps one instance of a per-document class alive for the life of the process (speed only).
 *
 * V8 gives a class's instances their object shape (hidden class, "map") by transitions from the
 * class's initial map, one per field the constructor defines, and a full garbage collection
 * drops those shapes when no instance is left. Per-document objects (a speaker resolver, the
 * entity tagger's document memory…) are all garbage between documents, so after each full
 * collection every function optimised for them is deoptimised ("weak objects") and the next
 * document compiles it again, on a background thread that competes with the work. An object
 * literal's shape is kept by its literal site; a class's needs one live instance: this one.
 */

const anchors: object[] = [];

/** Keeps `instance` (a small, document-free instance of its class) for the life of the process. */
export function anchorShape<T extends object>(instance: T): T {
  anchors.push(instance);
  return instance;
}
