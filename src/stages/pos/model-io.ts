/**
 * The tagger's model file: gzip of a small JSON header, the tag dictionary as
 * Int32 pairs and both passes' weights quantised to Int16 (one scale per pass).
 * Layout after gunzip: u32 header length, header JSON (UTF-8), padding to 4
 * bytes, lexicon `[hash, mask] × n`, pass-1 weights, pass-2 weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { VerbatimError } from '../../model/errors.js';
import type { TaggerWeights } from './tagger.js';

export const MODEL_FORMAT = 'verbatim-pos/1';

interface Header {
  readonly format: string;
  readonly tags: readonly string[];
  readonly bits: number;
  readonly lexicon: number;
  readonly scales: readonly [number, number];
}

function quantise(w: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k] as number));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round((w[k] as number) / scale);
  return { q, scale };
}

export function encodeModel(m: TaggerWeights): Uint8Array {
  const p1 = quantise(m.pass1);
  const p2 = quantise(m.pass2);
  const header: Header = {
    format: MODEL_FORMAT,
    tags: m.tags,
    bits: m.bits,
    lexicon: m.lexicon.size,
    scales: [p1.scale, p2.scale],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headLen = 4 + json.length + ((4 - (json.length % 4)) % 4);
  const lex = new Int32Array(m.lexicon.size * 2);
  let k = 0;
  for (const [h, mask] of [...m.lexicon].sort((a, b) => a[0] - b[0])) {
    lex[k++] = h;
    lex[k++] = mask;
  }
  const total = headLen + lex.byteLength + p1.q.byteLength + p2.q.byteLength;
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  out.set(new Uint8Array(lex.buffer), headLen);
  out.set(new Uint8Array(p1.q.buffer), headLen + lex.byteLength);
  out.set(new Uint8Array(p2.q.buffer), headLen + lex.byteLength + p1.q.byteLength);
  return gzipSync(out, { level: 9 });
}

function invalid(file: string, why: string): VerbatimError {
  return new VerbatimError('E_MODEL_INVALID', `part-of-speech model is unreadable: ${why}`, { file });
}

export function decodeModel(gz: Uint8Array, file = 'pos model'): TaggerWeights {
  let raw: Uint8Array;
  try {
    const buf = gunzipSync(gz);
    // A plain Uint8Array view: Buffer#slice would not copy, and its pool is not ours.
    raw = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (error) {
    throw invalid(file, (error as Error).message);
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const jsonLen = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(raw.subarray(4, 4 + jsonLen))) as Header;
  if (header.format !== MODEL_FORMAT)
    throw invalid(file, `format '${header.format}', expected '${MODEL_FORMAT}'`);
  let at = 4 + jsonLen + ((4 - (jsonLen % 4)) % 4);
  const size = (1 << header.bits) * header.tags.length;
  const expected = at + header.lexicon * 8 + size * 4;
  if (raw.byteLength !== expected) throw invalid(file, `${raw.byteLength} bytes, expected ${expected}`);
  // Copy into fresh, aligned arrays (the gunzip buffer may not be aligned).
  const lex = new Int32Array(Uint8Array.prototype.slice.call(raw, at, at + header.lexicon * 8).buffer);
  at += header.lexicon * 8;
  const lexicon = new Map<number, number>();
  for (let k = 0; k < lex.length; k += 2) lexicon.set(lex[k] as number, lex[k + 1] as number);
  const pass1 = dequantise(raw, at, size, header.scales[0]);
  const pass2 = dequantise(raw, at + size * 2, size, header.scales[1]);
  return { tags: header.tags, bits: header.bits, lexicon, pass1, pass2 };
}

function dequantise(raw: Uint8Array, at: number, size: number, scale: number): Float32Array {
  const q = new Int16Array(Uint8Array.prototype.slice.call(raw, at, at + size * 2).buffer);
  const w = new Float32Array(size);
  for (let k = 0; k < size; k++) w[k] = (q[k] as number) * scale;
  return w;
}
