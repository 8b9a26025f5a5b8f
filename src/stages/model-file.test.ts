import { describe, expect, it } from 'vitest';
import { VerbatimError } from '../model/errors.js';
import { readModelFile, readModelFileSync } from './model-file.js';

const MISSING = new URL('../../models/no-such-model.bin.gz', import.meta.url);
const PRESENT = new URL('../../models/actor-dictionary.json', import.meta.url);

function expectMissing(error: unknown): void {
  expect(error).toBeInstanceOf(VerbatimError);
  const e = error as VerbatimError;
  expect(e.code).toBe('E_MODEL_MISSING');
  expect(e.file).toMatch(/no-such-model\.bin\.gz$/);
  expect(e.message).toContain('test model');
  expect(e.hint).toMatch(/train-/);
}

describe('model files', () => {
  it('reads a shipped model synchronously and asynchronously, the same bytes', async () => {
    const a = readModelFileSync(PRESENT, 'actor dictionary');
    const b = await readModelFile(PRESENT, 'actor dictionary');
    expect(a.length).toBeGreaterThan(0);
    expect(a.equals(b)).toBe(true);
  });

  it('turns a missing file into E_MODEL_MISSING naming the file and the model', async () => {
    expect.assertions(10);
    try {
      readModelFileSync(MISSING, 'test model');
    } catch (error) {
      expectMissing(error);
    }
    await readModelFile(MISSING, 'test model').catch(expectMissing);
  });
});
