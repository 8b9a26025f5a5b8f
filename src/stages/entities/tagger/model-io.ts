/**
 * The shipped model file: one gzip stream holding a JSON header, the lexicon,
 * the gazetteer and the quantised weights (int16 per label, one scale), so a
 * single read loads everything.
 *
 *   "VNER" u32(version) u32(headerBytes) header-json
 *   u32(lexiconBytes) lexicon-text u32(gazetteerBytes) gazetteer-text
 *   u32(rows) f32(scale) u32[rows] hashes  i16[rows × N_LABELS] weights  f32[N_LABELS²] transitions
 */
import { VerbatimError } from '../../../model/errors.js';
import { nodeZlib } from '../../node-builtins.js';
import { FeatureExtractor, type FeatureFamily } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { N_LABELS } from './labels.js';
import { Lexicon } from './lexicon.js';
import { EntityTagger } from './tagger.js';
import { FeatureTable, type LinearWeights } from './weights.js';

const MAGIC = 0x524e4556; // "VNER" little-endian
const VERSION = 1;
/** Rows whose largest absolute weight is below this share of the global maximum are dropped. */
const PRUNE_SHARE = 1 / 32767;

export interface NerModelHeader {
  readonly disabled: readonly FeatureFamily[];
  readonly labels: readonly string[];
  readonly [key: string]: unknown;
}

export interface NerModelParts {
  readonly header: NerModelHeader;
  readonly lexicon?: Lexicon;
  readonly gazetteer?: Gazetteer;
  readonly weights: LinearWeights;
}

export function encodeModel(parts: NerModelParts): Buffer {
  const { table, w, trans } = parts.weights;
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i] as number));
  const scale = max > 0 ? max / 32767 : 1;
  const keep: [number, number][] = [];
  for (const [h, r] of table.entries()) {
    let m = 0;
    for (let l = 0; l < N_LABELS; l++) m = Math.max(m, Math.abs(w[r * N_LABELS + l] as number));
    if (m >= max * PRUNE_SHARE) keep.push([h, r]);
  }
  keep.sort((a, b) => a[0] - b[0]);
  const hashes = new Uint32Array(keep.length);
  const q = new Int16Array(keep.length * N_LABELS);
  keep.forEach(([h, r], k) => {
    hashes[k] = h;
    for (let l = 0; l < N_LABELS; l++)
      q[k * N_LABELS + l] = Math.round((w[r * N_LABELS + l] as number) / scale);
  });
  const text = (s: string): Buffer[] => {
    const b = Buffer.from(s, 'utf8');
    return [u32(b.length), b];
  };
  const header = Buffer.from(JSON.stringify(parts.header), 'utf8');
  const chunks = [
    u32(MAGIC),
    u32(VERSION),
    u32(header.length),
    header,
    ...text(parts.lexicon ? [...parts.lexicon.lines()].join('\n') : ''),
    ...text(parts.gazetteer ? [...parts.gazetteer.lines()].join('\n') : ''),
    u32(keep.length),
    Buffer.from(new Float32Array([scale]).buffer),
    Buffer.from(hashes.buffer),
    Buffer.from(q.buffer),
    Buffer.from(Float32Array.from(trans).buffer),
  ];
  return nodeZlib().gzipSync(Buffer.concat(chunks), { level: 9 });
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function invalidModel(why: string, file?: string): VerbatimError {
  return new VerbatimError('E_MODEL_INVALID', `entity model is unreadable: ${why}`, file ? { file } : {});
}

/** Decodes the model file's bytes (gzip; Node only, as it gunzips synchronously). */
export function decodeModel(gz: Uint8Array, file?: string): NerModelParts {
  let buf: Uint8Array;
  try {
    buf = nodeZlib().gunzipSync(gz);
  } catch (cause) {
    throw invalidModel(`not gzip (${String(cause)})`, file);
  }
  return decodeModelContents(buf, file);
}

/** Keeps a leading U+FEFF, as Buffer#toString did: the text is data, not a file with a byte-order mark. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes the model file's contents, already gunzipped (what a `ModelSource` returns). */
export function decodeModelContents(buf: Uint8Array, file?: string): NerModelParts {
  const invalid = (why: string): VerbatimError => invalidModel(why, file);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let o = 0;
  const readU32 = (): number => {
    if (o + 4 > buf.length) throw invalid('truncated');
    const v = view.getUint32(o, true);
    o += 4;
    return v;
  };
  const readText = (): string => {
    const n = readU32();
    const s = UTF8.decode(buf.subarray(o, o + n));
    o += n;
    return s;
  };
  if (readU32() !== MAGIC) throw invalid('bad magic number');
  if (readU32() !== VERSION) throw invalid('unsupported version');
  const header = JSON.parse(readText()) as NerModelHeader;
  const lexText = readText();
  const gazText = readText();
  const rows = readU32();
  if (o + 4 > buf.length) throw invalid('truncated');
  const scale = view.getFloat32(o, true);
  o += 4;
  const need = rows * 4 + rows * N_LABELS * 2 + N_LABELS * N_LABELS * 4;
  if (o + need > buf.length) throw invalid('truncated weights');
  const aligned = new Uint8Array(need);
  aligned.set(buf.subarray(o, o + need));
  const hashes = new Uint32Array(aligned.buffer, 0, rows);
  const q = new Int16Array(aligned.buffer, rows * 4, rows * N_LABELS);
  const transAt = rows * 4 + rows * N_LABELS * 2;
  // copied: the int16 block leaves the transitions 2-byte aligned when `rows` is odd
  const trans = new Float32Array(aligned.slice(transAt, transAt + N_LABELS * N_LABELS * 4).buffer);
  const table = new FeatureTable(rows);
  const w = new Float32Array(rows * N_LABELS);
  for (let k = 0; k < rows; k++) table.add(hashes[k] as number);
  for (let i = 0; i < w.length; i++) w[i] = (q[i] as number) * scale;
  return {
    header,
    ...(lexText ? { lexicon: Lexicon.fromLines(lexText.split('\n')) } : {}),
    ...(gazText ? { gazetteer: Gazetteer.fromLines(gazText.split('\n')) } : {}),
    weights: { table, w, trans: Float32Array.from(trans) },
  };
}

export function taggerFromParts(parts: NerModelParts): EntityTagger {
  return new EntityTagger(
    parts.weights,
    new FeatureExtractor(parts.lexicon, parts.gazetteer, parts.header.disabled),
  );
}
