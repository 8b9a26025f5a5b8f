/**
 * The model container: the one file format of every learned model (part-of-speech, entities, and classifiers to
 * come). A model file is gzip of
 *
 *   "VMDL"  u32 container version  u32 header bytes  header JSON (UTF-8)  padding to 8
 *   sections: typed arrays one after another, each padded to 8 bytes
 *
 * The header holds the model's info (name, version, task, builtBy, data, settings, scores: model-info.ts), the
 * payload format its reader expects (`verbatim-ner/2`), the reader's parameters (`params`: label names, sizes,
 * scales), the sections' names, types and lengths, and the payload's size and checksum. `readContainer` checks
 * all of it (magic, version, header schema, format, sizes, checksum) and throws `E_MODEL_INVALID` naming the
 * file and the command that rebuilds it.
 */
import { z } from 'zod';
import { VerbatimError } from '../model/errors.js';
import { nodeZlib } from '../runtime/node-builtins.js';
import { CHECKSUM_PATTERN, checksum } from './checksum.js';
import { type ModelInfo, ModelInfoSchema } from './model-info.js';
import { PairTable } from './pair-table.js';

/** "VMDL" read as a little-endian u32. */
const MAGIC = 0x4c444d56;
const CONTAINER_VERSION = 1;
/** Sections start at multiples of 8 bytes, so any typed array can view them in place. */
const ALIGN = 8;
const PREFIX_BYTES = 12;

const SECTION_TYPES = {
  u8: Uint8Array,
  i16: Int16Array,
  i32: Int32Array,
  u32: Uint32Array,
  f32: Float32Array,
} as const;
type SectionType = keyof typeof SECTION_TYPES;
/** The typed array of each section type. */
interface SectionArrays {
  u8: Uint8Array;
  i16: Int16Array;
  i32: Int32Array;
  u32: Uint32Array;
  f32: Float32Array;
}
export type SectionArray = SectionArrays[SectionType];

const SectionSchema = z.object({
  name: z.string().min(1),
  type: z.enum(Object.keys(SECTION_TYPES) as [SectionType, ...SectionType[]]),
  length: z.number().int().nonnegative(),
});

const HeaderSchema = ModelInfoSchema.extend({
  format: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
  sections: z.array(SectionSchema),
  payload: z.object({ bytes: z.number().int().nonnegative(), checksum: z.string().regex(CHECKSUM_PATTERN) }),
});
export type ContainerHeader = z.infer<typeof HeaderSchema>;

/** What a model writer hands over: its info, payload format and parameters, and its sections in order. */
export interface ModelContents {
  readonly info: ModelInfo;
  readonly format: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly sections: Readonly<Record<string, SectionArray>>;
}

/** A read model: its header and its sections by name. */
export interface ReadModel {
  readonly header: ContainerHeader;
  /** Section `name` as a typed array of its declared type; throws `E_MODEL_INVALID` when absent. */
  section<T extends SectionType>(name: string, type: T): SectionArrays[T];
  /** Whether the model has section `name`. */
  has(name: string): boolean;
}

function typeOf(a: SectionArray): SectionType {
  for (const [name, ctor] of Object.entries(SECTION_TYPES)) if (a instanceof ctor) return name as SectionType;
  throw new Error('unsupported section array');
}

const padded = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** The container's bytes, not yet gzipped (what a `ModelSource` returns for the file). */
export function writeContainer(contents: ModelContents): Uint8Array {
  const entries = Object.entries(contents.sections);
  const payloadBytes = entries.reduce((n, [, a]) => n + padded(a.byteLength), 0);
  const payload = new Uint8Array(payloadBytes);
  let at = 0;
  for (const [, a] of entries) {
    payload.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += padded(a.byteLength);
  }
  const header: ContainerHeader = {
    ...contents.info,
    format: contents.format,
    params: { ...contents.params },
    sections: entries.map(([name, a]) => ({ name, type: typeOf(a), length: a.length })),
    payload: { bytes: payloadBytes, checksum: checksum(payload) },
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headEnd = padded(PREFIX_BYTES + json.length);
  const out = new Uint8Array(headEnd + payloadBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, CONTAINER_VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, PREFIX_BYTES);
  out.set(payload, headEnd);
  return out;
}

/** The model file's bytes: the container, gzipped (Node only; scripts write model files). */
export function encodeModelFile(contents: ModelContents): Uint8Array {
  return nodeZlib().gzipSync(writeContainer(contents), { level: 9 });
}

const REINSTALL = 'reinstall the package, or rebuild the model with its scripts/train-*.ts';

function invalid(file: string, why: string, hint = REINSTALL): VerbatimError {
  return new VerbatimError('E_MODEL_INVALID', `model file ${file} is unreadable: ${why}`, { file, hint });
}

/**
 * Reads a container (already gunzipped) and checks it: magic, version, header, the expected payload `format`,
 * sizes and checksum. `file` names the file in errors.
 */
export function readContainer(contents: Uint8Array, file: string, format: string): ReadModel {
  if (contents.byteLength < PREFIX_BYTES) throw invalid(file, `${contents.byteLength} bytes, too short`);
  const view = new DataView(contents.buffer, contents.byteOffset, contents.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw invalid(file, 'not a Verbatim model (bad magic number)');
  const version = view.getUint32(4, true);
  if (version !== CONTAINER_VERSION)
    throw invalid(file, `container version ${version}, this Verbatim reads ${CONTAINER_VERSION}`);
  const jsonLen = view.getUint32(8, true);
  if (PREFIX_BYTES + jsonLen > contents.byteLength) throw invalid(file, 'truncated header');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(contents.subarray(PREFIX_BYTES, PREFIX_BYTES + jsonLen)));
  } catch {
    throw invalid(file, 'header is not JSON');
  }
  const checked = HeaderSchema.safeParse(parsed);
  if (!checked.success) throw invalid(file, `bad header (${checked.error.issues[0]?.message ?? 'schema'})`);
  const header = checked.data;
  const rebuild = `rebuild it: ${header.builtBy}`;
  if (header.format !== format)
    throw invalid(file, `payload format '${header.format}', this Verbatim reads '${format}'`, rebuild);
  const start = padded(PREFIX_BYTES + jsonLen);
  const payload = contents.subarray(start);
  if (payload.byteLength !== header.payload.bytes)
    throw invalid(
      file,
      `payload of ${payload.byteLength} bytes, header says ${header.payload.bytes} (truncated?)`,
      rebuild,
    );
  const sum = checksum(payload);
  if (sum !== header.payload.checksum)
    throw invalid(file, `checksum ${sum}, header says ${header.payload.checksum} (corrupted)`, rebuild);
  const offsets = new Map<string, { at: number; type: SectionType; length: number }>();
  let at = 0;
  for (const s of header.sections) {
    offsets.set(s.name, { at, type: s.type, length: s.length });
    at += padded(s.length * SECTION_TYPES[s.type].BYTES_PER_ELEMENT);
  }
  if (at !== payload.byteLength) throw invalid(file, 'sections do not fill the payload', rebuild);
  // Views need the payload aligned in its buffer; one copy when the gunzip output is not.
  const aligned = (payload.byteOffset % ALIGN === 0 ? payload : payload.slice()) as Uint8Array;
  return {
    header,
    has: (name) => offsets.has(name),
    section(name, type) {
      const s = offsets.get(name);
      if (!s || s.type !== type) throw invalid(file, `no ${type} section '${name}'`, rebuild);
      const Ctor = SECTION_TYPES[type] as unknown as new (
        b: ArrayBufferLike,
        o: number,
        n: number,
      ) => SectionArrays[typeof type];
      return new Ctor(aligned.buffer, aligned.byteOffset + s.at, s.length);
    },
  };
}

/** Reads a gzipped model file's bytes (Node only, as it gunzips synchronously). */
export function decodeModelFile(gz: Uint8Array, file: string, format: string): ReadModel {
  let contents: Uint8Array;
  try {
    contents = nodeZlib().gunzipSync(gz);
  } catch (cause) {
    throw invalid(file, `not gzip (${String(cause)})`);
  }
  return readContainer(contents, file, format);
}

/** A number → number map as a section: sorted `[key, value]` Int32 pairs. */
export function pairsSection(map: ReadonlyMap<number, number>): Int32Array {
  const out = new Int32Array(map.size * 2);
  let k = 0;
  for (const [key, value] of [...map].sort((a, b) => a[0] - b[0])) {
    out[k++] = key;
    out[k++] = value;
  }
  return out;
}

/** The map of a `pairsSection`, as a compact sorted table (a copy: it keeps no view of the model's bytes). */
export function sectionPairs(a: Int32Array): ReadonlyMap<number, number> {
  return new PairTable(a);
}
