import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checksum } from '../../../src/learn/checksum.js';
import {
  decodeModelFile,
  encodeModelFile,
  readContainer,
  writeContainer,
} from '../../../src/learn/container.js';
import { VerbatimError } from '../../../src/model/errors.js';
import { TEST_MODEL_INFO } from '../../helpers/model-info.js';

const FORMAT = 'verbatim-test/1';
const contents = {
  info: { ...TEST_MODEL_INFO, builtBy: 'npx tsx scripts/train-test.ts' },
  format: FORMAT,
  params: { labels: ['A', 'B'] },
  sections: {
    text: new TextEncoder().encode('odd length'),
    weights: Int16Array.from([1, -2, 3]),
    keys: Uint32Array.from([7, 0xffffffff]),
    trans: Float32Array.from([0.5, -1.25]),
  },
};

function errorOf(f: () => unknown): VerbatimError {
  try {
    f();
  } catch (error) {
    if (error instanceof VerbatimError) return error;
    throw error;
  }
  throw new Error('expected a VerbatimError');
}

describe('model container', () => {
  it('reads back header, parameters and every section, aligned', () => {
    const model = decodeModelFile(encodeModelFile(contents), 'm.bin.gz', FORMAT);
    expect(model.header.name).toBe('test-model');
    expect(model.header.params).toEqual({ labels: ['A', 'B'] });
    expect(new TextDecoder().decode(model.section('text', 'u8'))).toBe('odd length');
    expect([...model.section('weights', 'i16')]).toEqual([1, -2, 3]);
    expect([...model.section('keys', 'u32')]).toEqual([7, 0xffffffff]);
    expect([...model.section('trans', 'f32')]).toEqual([0.5, -1.25]);
    expect(model.has('missing')).toBe(false);
  });

  it('reads from an unaligned copy of the contents (as a fetched buffer may be)', () => {
    const raw = writeContainer(contents);
    const shifted = new Uint8Array(raw.length + 3);
    shifted.set(raw, 3);
    const model = readContainer(shifted.subarray(3), 'm', FORMAT);
    expect([...model.section('trans', 'f32')]).toEqual([0.5, -1.25]);
  });

  it('records the payload checksum in the header', () => {
    const raw = writeContainer(contents);
    const header = readContainer(raw, 'm', FORMAT).header;
    expect(header.payload.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
    expect(header.payload.bytes).toBeGreaterThan(0);
    expect(checksum(raw.subarray(raw.length - header.payload.bytes))).toBe(header.payload.checksum);
  });

  it('rejects a flipped payload byte as corrupted, naming the file and the command that rebuilds it', () => {
    const raw = writeContainer(contents);
    raw[raw.length - 2] = (raw[raw.length - 2] as number) ^ 0xff;
    const error = errorOf(() => readContainer(raw, 'models/m.bin.gz', FORMAT));
    expect(error.code).toBe('E_MODEL_INVALID');
    expect(error.file).toBe('models/m.bin.gz');
    expect(error.message).toMatch(/checksum .* \(corrupted\)/);
    expect(error.hint).toContain('npx tsx scripts/train-test.ts');
  });

  it('rejects every truncation with E_MODEL_INVALID', () => {
    const raw = writeContainer(contents);
    for (let cut = 0; cut < raw.length; cut += 3) {
      expect(errorOf(() => readContainer(raw.subarray(0, cut), 'm', FORMAT)).code).toBe('E_MODEL_INVALID');
    }
  });

  it('rejects a truncated gzip file, another format, and a file that is not a model', () => {
    const gz = encodeModelFile(contents);
    expect(errorOf(() => decodeModelFile(gz.subarray(0, gz.length - 10), 'm', FORMAT)).code).toBe(
      'E_MODEL_INVALID',
    );
    expect(errorOf(() => decodeModelFile(gz, 'm', 'verbatim-other/1')).message).toMatch(/format/);
    expect(
      errorOf(() => readContainer(new TextEncoder().encode('{"json": true}'), 'm', FORMAT)).message,
    ).toMatch(/not a Verbatim model/);
    expect(new TextDecoder().decode(gunzipSync(gz).subarray(0, 4))).toBe('VMDL');
  });
});
