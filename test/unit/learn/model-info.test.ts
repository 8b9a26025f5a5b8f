import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checksum } from '../../../src/learn/checksum.js';
import { decodeModelFile, encodeModelFile } from '../../../src/learn/container.js';
import { ModelMetaSchema, modelMeta } from '../../../src/learn/model-info.js';
import { TEST_MODEL_INFO } from '../../helpers/model-info.js';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const metaFiles = readdirSync(MODELS).filter((f) => f.endsWith('.meta.json'));
const CONTAINER_FORMATS: Record<string, string> = {
  'pos-ewt.bin.gz': 'verbatim-pos/3',
  'ner.bin.gz': 'verbatim-ner/2',
};

describe('models/*.meta.json', () => {
  it('covers every model file', () => {
    const models = readdirSync(MODELS).filter((f) => !f.endsWith('.meta.json'));
    const described = metaFiles.map((f) => JSON.parse(readFileSync(`${MODELS}${f}`, 'utf8')).file);
    expect(described.sort()).toEqual(models.sort());
  });

  for (const name of metaFiles) {
    it(`${name} follows the one meta schema and matches its model file`, () => {
      const meta = ModelMetaSchema.parse(JSON.parse(readFileSync(`${MODELS}${name}`, 'utf8')));
      expect(name).toBe(`${meta.name}.meta.json`);
      const bytes = readFileSync(`${MODELS}${meta.file}`);
      expect(meta.bytes).toBe(bytes.length);
      expect(meta.checksum).toBe(checksum(bytes));
      const format = CONTAINER_FORMATS[meta.file];
      if (format) {
        // A container's header and its meta describe the same model.
        const { header } = decodeModelFile(bytes, meta.file, format);
        for (const key of ['name', 'version', 'task', 'builtBy', 'data', 'settings', 'scores'] as const)
          expect(header[key]).toEqual(meta[key]);
      }
    });
  }

  it('rejects a meta without scores or with an unknown field', () => {
    const bytes = encodeModelFile({ info: TEST_MODEL_INFO, format: 'x/1', params: {}, sections: {} });
    const meta = modelMeta(TEST_MODEL_INFO, 'test.bin.gz', bytes);
    const { scores: _, ...noScores } = meta;
    expect(ModelMetaSchema.safeParse(noScores).success).toBe(false);
    expect(ModelMetaSchema.safeParse({ ...meta, devF1: 0.9 }).success).toBe(false);
    expect(ModelMetaSchema.safeParse(meta).success).toBe(true);
  });
});
