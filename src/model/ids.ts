/**
 * Stable identifiers: the same input gives the same IDs on every run and machine.
 *
 * Written by hand rather than with `node:crypto` because the engine must also run
 * in browsers, where no synchronous hash is available; IDs need stability and a
 * low collision rate within one corpus, not cryptographic strength.
 */

/** 53-bit string hash (cyrb53, public domain), returned as 11 base-36 characters. */
export function hash53(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36).padStart(11, '0');
}

/** Document ID: a hash of the text only, so re-running an article gives the same ID. */
export function documentId(text: string): string {
  return `doc_${hash53(text)}`;
}

/** Record ID: record kind + document + offsets (+ an optional discriminator for records sharing a span). */
export function recordId(kind: string, docId: string, start: number, end: number, extra = ''): string {
  const docPart = docId.startsWith('doc_') ? docId.slice(4, 12) : docId.slice(0, 8);
  return `${kind}_${docPart}_${start}_${end}${extra ? `_${extra}` : ''}`;
}
