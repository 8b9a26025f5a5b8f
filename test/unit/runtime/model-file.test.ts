import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VerbatimError } from '../../../src/model/errors.js';
import {
  FILE_MODEL_SOURCE,
  modelFileName,
  preloadedModelSource,
  readModelFile,
  readModelFileSync,
  readModelTextSync,
  setModelSource,
} from '../../../src/runtime/model-file.js';

const MISSING = new URL('../../../models/no-such-model.bin.gz', import.meta.url);
const PRESENT = new URL('../../../models/actor-dictionary.json', import.meta.url);
const GZIPPED = new URL('../../../models/sentences.json.gz', import.meta.url);

function expectMissing(
  error: unknown,
  file: RegExp = /no-such-model\.bin\.gz$/,
  hint: RegExp = /train-/,
): void {
  expect(error).toBeInstanceOf(VerbatimError);
  const e = error as VerbatimError;
  expect(e.code).toBe('E_MODEL_MISSING');
  expect(e.file).toMatch(file);
  expect(e.message).toContain('test model');
  expect(e.hint).toMatch(hint);
}

describe('model files', () => {
  it('reads a shipped model synchronously and asynchronously, the same bytes', async () => {
    const a = readModelFileSync(PRESENT, 'actor dictionary');
    const b = await readModelFile(PRESENT, 'actor dictionary');
    expect(a.length).toBeGreaterThan(0);
    expect(Buffer.from(a).equals(b)).toBe(true);
  });

  it('returns a .gz file decompressed', async () => {
    const text = readModelTextSync(GZIPPED, 'sentence model');
    expect(text.startsWith('{')).toBe(true);
    expect(Buffer.from(await readModelFile(GZIPPED, 'sentence model')).toString('utf8')).toBe(text);
  });

  it('turns a missing file into E_MODEL_MISSING naming the file and the model', async () => {
    expect.assertions(10);
    try {
      readModelFileSync(MISSING, 'test model');
    } catch (error) {
      expectMissing(error);
    }
    await readModelFile(MISSING, 'test model').catch((e) => expectMissing(e));
  });

  it('turns a .gz file that is not gzip into E_MODEL_INVALID', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-model-'));
    const file = join(dir, 'bad.bin.gz');
    writeFileSync(file, 'not gzip');
    try {
      expect(() => readModelFileSync(pathToFileURL(file), 'test model')).toThrow(
        expect.objectContaining({ code: 'E_MODEL_INVALID', file }),
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('model sources', () => {
  it('names a model by its file name, whatever the base', () => {
    expect(modelFileName(new URL('https://cdn.example/pkg/models/pos-ewt.bin.gz'))).toBe('pos-ewt.bin.gz');
    expect(modelFileName(GZIPPED)).toBe('sentences.json.gz');
  });

  it('reads preloaded contents by file name, sync and async; a file not preloaded is E_MODEL_MISSING', async () => {
    const contents = new TextEncoder().encode('{"a":1}');
    const source = preloadedModelSource(new Map([['sentences.json.gz', contents]]));
    expect(source.readSync(GZIPPED, 'sentence model')).toBe(contents);
    expect(await source.read(new URL('https://x.test/m/sentences.json.gz'), 'sentence model')).toBe(contents);
    expect.assertions(2 + 5);
    try {
      source.readSync(MISSING, 'test model');
    } catch (error) {
      expectMissing(error, /no-such-model\.bin\.gz$/, /loadModels/);
    }
  });

  it('makes every reader use the installed source until it is replaced', () => {
    const contents = new TextEncoder().encode('from the source');
    const previous = setModelSource(preloadedModelSource(new Map([['actor-dictionary.json', contents]])));
    try {
      expect(previous).toBe(FILE_MODEL_SOURCE);
      expect(readModelTextSync(PRESENT, 'actor dictionary')).toBe('from the source');
    } finally {
      setModelSource(previous);
    }
    expect(readModelTextSync(PRESENT, 'actor dictionary')).toBe(readFileSync(PRESENT, 'utf8'));
  });
});
