/**
 * The tagger's model file: gzip of a small JSON header (tags, sizes, scales and
 * the words tagged without scoring), the tag dictionary as
 * Int32 pairs, the buckets that have weights, and both passes' rows of weights
 * quantised to Int16 (one scale per pass). Layout after gunzip: u32 header
 * length, header JSON (UTF-8), padding to 4 bytes, lexicon `[hash, mask] × n`,
 * word profiles `[hash, profile] × n` (word-profiles.ts), word clusters
 * `[hash, path] × n` (word-clusters.ts),
 * used buckets `Int32 × rows`, pass-1 rows, pass-2 rows (`Int16 × rows × tags`).
 */
import { VerbatimError } from '../../model/errors.js';
import { nodeZlib } from '../node-builtins.js';
import { type CompactWeights, compactWeights, type TaggerWeights } from './weights.js';

export const MODEL_FORMAT = 'verbatim-pos/2';

interface Header {
  readonly format: string;
  readonly tags: readonly string[];
  readonly bits: number;
  readonly lexicon: number;
  /** Word profiles stored after the lexicon (absent: none). */
  readonly profiles?: number;
  /** Word clusters stored after the profiles (absent: none). */
  readonly clusters?: number;
  readonly rows: number;
  readonly scales: readonly [number, number];
  /** Words tagged without scoring → tag index (absent in models without such words). */
  readonly fixed?: Readonly<Record<string, number>>;
}

export function encodeModel(dense: TaggerWeights): Uint8Array {
  // Quantised to Int16; buckets whose weights all round to zero are dropped.
  const m = compactWeights(dense);
  const nt = m.tags.length;
  const rows = m.pass1.length / nt;
  const header: Header = {
    format: MODEL_FORMAT,
    tags: m.tags,
    bits: m.bits,
    lexicon: m.lexicon.size,
    ...(m.profiles ? { profiles: m.profiles.size } : {}),
    ...(m.clusters ? { clusters: m.clusters.size } : {}),
    rows,
    scales: m.scales,
    ...(m.fixed ? { fixed: Object.fromEntries([...m.fixed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) } : {}),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headLen = 4 + json.length + ((4 - (json.length % 4)) % 4);
  const lex = pairs(m.lexicon);
  const prof = pairs(m.profiles ?? new Map());
  const clus = pairs(m.clusters ?? new Map());
  const used = new Int32Array(rows);
  for (let b = 0; b < m.rowOf.length; b++) if ((m.rowOf[b] as number) >= 0) used[m.rowOf[b] as number] = b;
  const parts = [lex, prof, clus, used, m.pass1, m.pass2];
  const total = headLen + parts.reduce((a, p) => a + p.byteLength, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = headLen;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return nodeZlib().gzipSync(out, { level: 9 });
}

/** A number → number map as sorted `[key, value]` Int32 pairs. */
function pairs(map: ReadonlyMap<number, number>): Int32Array {
  const out = new Int32Array(map.size * 2);
  let k = 0;
  for (const [key, value] of [...map].sort((a, b) => a[0] - b[0])) {
    out[k++] = key;
    out[k++] = value;
  }
  return out;
}

function unpairs(a: Int32Array): Map<number, number> {
  const map = new Map<number, number>();
  for (let k = 0; k < a.length; k += 2) map.set(a[k] as number, a[k + 1] as number);
  return map;
}

function invalid(file: string, why: string): VerbatimError {
  return new VerbatimError('E_MODEL_INVALID', `part-of-speech model is unreadable: ${why}`, { file });
}

/** Decodes the model file's bytes (gzip; Node only, as it gunzips synchronously). */
export function decodeModel(gz: Uint8Array, file = 'pos model'): CompactWeights {
  let buf: Uint8Array;
  try {
    buf = nodeZlib().gunzipSync(gz);
  } catch (error) {
    throw invalid(file, (error as Error).message);
  }
  return decodeModelContents(buf, file);
}

/** Decodes the model file's contents, already gunzipped (what a `ModelSource` returns). */
export function decodeModelContents(contents: Uint8Array, file = 'pos model'): CompactWeights {
  // A plain Uint8Array view: Buffer#slice would not copy, and its pool is not ours.
  const raw = new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const jsonLen = raw.byteLength >= 4 ? view.getUint32(0, true) : 0;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(raw.subarray(4, 4 + jsonLen))) as Header;
  } catch {
    throw invalid(file, 'bad header');
  }
  if (header.format !== MODEL_FORMAT)
    throw invalid(file, `format '${header.format}', expected '${MODEL_FORMAT}'`);
  const nt = header.tags.length;
  let at = 4 + jsonLen + ((4 - (jsonLen % 4)) % 4);
  const profiles = header.profiles ?? 0;
  const clusters = header.clusters ?? 0;
  const expected = at + (header.lexicon + profiles + clusters) * 8 + header.rows * 4 + header.rows * nt * 4;
  if (raw.byteLength !== expected) throw invalid(file, `${raw.byteLength} bytes, expected ${expected}`);
  // Copies into fresh, aligned arrays (the gunzip output need not be aligned).
  const take = (bytes: number): ArrayBuffer => {
    const b = Uint8Array.prototype.slice.call(raw, at, at + bytes).buffer;
    at += bytes;
    return b;
  };
  const lexicon = unpairs(new Int32Array(take(header.lexicon * 8)));
  const prof = profiles > 0 ? unpairs(new Int32Array(take(profiles * 8))) : undefined;
  const clus = clusters > 0 ? unpairs(new Int32Array(take(clusters * 8))) : undefined;
  const used = new Int32Array(take(header.rows * 4));
  const rowOf = new Int32Array(1 << header.bits).fill(-1);
  for (let r = 0; r < used.length; r++) rowOf[used[r] as number] = r;
  const pass1 = new Int16Array(take(header.rows * nt * 2));
  const pass2 = new Int16Array(take(header.rows * nt * 2));
  const fixed = header.fixed ? new Map(Object.entries(header.fixed)) : undefined;
  return {
    tags: header.tags,
    bits: header.bits,
    lexicon,
    ...(fixed ? { fixed } : {}),
    ...(prof ? { profiles: prof } : {}),
    ...(clus ? { clusters: clus } : {}),
    rowOf,
    pass1,
    pass2,
    scales: header.scales,
  };
}
