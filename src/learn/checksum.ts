/**
 * The checksum of model payloads and files: CRC-32 (the check gzip and PNG use; it catches truncation and
 * flipped bytes, which is its job here; it is not a signature). Node computes it natively (`zlib.crc32`, Node ≥
 * 20.15); a browser uses the `crc-32` package (same polynomial, same value), as it has no synchronous hash API.
 */
import CRC32 from 'crc-32';
import { isNode, nodeZlib } from '../runtime/node-builtins.js';

/** `crc32:` and eight lower-case hex digits. */
export type Checksum = `crc32:${string}`;

export const CHECKSUM_PATTERN = /^crc32:[0-9a-f]{8}$/;

export function checksum(bytes: Uint8Array): Checksum {
  const zlib = isNode() ? nodeZlib() : undefined;
  const value = zlib?.crc32 ? zlib.crc32(bytes) : CRC32.buf(bytes) >>> 0;
  return `crc32:${value.toString(16).padStart(8, '0')}`;
}
