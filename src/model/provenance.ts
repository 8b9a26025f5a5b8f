/**
 * Provenance: which model files this process has read, and a hash of each one's content, so every
 * analysis can say which models made it. The model reader (src/runtime/model-file.ts) notes each read;
 * the analysis stamp (src/analysis/stamp.ts) lists them. Pure: no I/O, runs in browsers too.
 */
import { hash53Bytes } from './ids.js';

export interface ModelRead {
  /** The model's file name under models/ (`pos-ewt.bin.gz`). */
  readonly file: string;
  /** hash53 of the content the stage read (a `.gz` file's decompressed bytes): changes with any model change. */
  readonly hash: string;
  /** Length of that content in bytes. */
  readonly bytes: number;
}

const reads = new Map<string, ModelRead>();

/** Records that `file` was read with these contents; returns the bytes unchanged (so readers can wrap a call). */
export function noteModelRead(file: string, bytes: Uint8Array): Uint8Array {
  reads.set(file, { file, hash: hash53Bytes(bytes), bytes: bytes.length });
  return bytes;
}

/** Every model file read so far in this process, by file name. */
export function modelsRead(): ModelRead[] {
  return [...reads.values()].sort((a, b) => a.file.localeCompare(b.file));
}
