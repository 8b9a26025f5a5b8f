import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { VerbatimError } from '../../src/model/errors.js';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (error) {
    return error instanceof VerbatimError ? error.code : 'untyped';
  }
};

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café “x”')]);
    expect(decodeBytes(bytes).text).toBe('Café “x”');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x3d, 0xd8, 0x00, 0xde]);
    expect(decodeBytes(le).text).toBe('Hi😀');
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(decodeBytes(be)).toMatchObject({ text: 'Hi', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for Latin-1 text, with a warning', () => {
    const d = decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]));
    expect(d.text).toBe('Café “x”');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings[0]).toMatch(/Windows-1252/);
  });

  it('honours a forced encoding', () => {
    expect(decodeBytes(new Uint8Array([0xc8, 0xe8]), { encoding: 'iso-8859-2' }).text).toBe('Čč');
  });

  it.each([
    ['empty', new Uint8Array([]), 'E_INPUT_EMPTY'],
    ['white space only', new TextEncoder().encode(' \n\t '), 'E_INPUT_EMPTY'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'E_INPUT_BINARY'],
    ['UTF-8 mixed with stray bytes', new Uint8Array([0xc3, 0xa9, 0x20, 0xff, 0x41]), 'E_INPUT_ENCODING'],
  ])('rejects %s input with a typed error', (_name, bytes, expected) => {
    expect(code(() => decodeBytes(bytes, { source: 'x.txt' }))).toBe(expected);
  });

  it('names the file and the fix', () => {
    try {
      decodeBytes(new Uint8Array([0x00, 0x01]), { source: 'photo.jpg' });
    } catch (error) {
      expect((error as VerbatimError).toLine()).toMatch(
        /^E_INPUT_BINARY: photo\.jpg: .*; fix: pass a text or HTML file$/,
      );
    }
  });

  it('rejects an unknown forced encoding as a bad option', () => {
    expect(code(() => decodeBytes(new Uint8Array([0x41]), { encoding: 'klingon' }))).toBe('E_OPTION_INVALID');
  });
});
