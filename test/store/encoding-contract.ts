/**
 * The analysis blobs' encodings (schema v10): a store written before v10 holds raw-DEFLATE analyses, new
 * articles are stored with Brotli, and each row is read by the encoding it names. Run on every adapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Analysis, toAnalysis } from '../../src/analysis/records.js';
import { Analyzer } from '../../src/analyzer.js';
import { ANALYSIS_ENCODING, DEFLATE_ENCODING } from '../../src/store/core/analysis-blob.js';
import { withTexts } from '../../src/store/core/offset-records.js';
import { STORE_INCLUDE } from '../../src/store/core/rows.js';
import { LATEST_SCHEMA_VERSION } from '../../src/store/core/schema.js';
import { openDriver, openStore } from '../../src/store/index.js';
import type { NewLocation } from './contract.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'examples', 'putin-trump-ukraine.txt'), 'utf8');
/** Another story (not a near-duplicate of SAMPLE, which exports would leave out). */
const OTHER = readFileSync(join(ROOT, 'examples', 'claims', 'norland-confirms-meeting.html'), 'utf8');

interface BlobRow {
  id: number;
  analysis: Uint8Array;
  analysis_extra: Uint8Array | null;
  analysis_encoding: string;
}

export function encodingContract(name: string, newLocation: NewLocation): void {
  describe(`store contract, analysis encodings: ${name}`, () => {
    it('reads the DEFLATE analyses of a v9 store after it upgrades to v10, beside the Brotli ones stored after', async () => {
      const analyzer = await Analyzer.create();
      const run = (text: string): Analysis => {
        const { document, timings } = analyzer.run({ text });
        return toAnalysis(document, timings, { include: STORE_INCLUDE });
      };
      const old = run(SAMPLE);
      const later = run(OTHER);
      const url = await newLocation();
      const store = await openStore(url);
      await store.ingest(old, { input: 'old.txt' });
      const shown = (await store.articleJson('old.txt', false))!.analysisJson.toString('utf8');
      await store.close();

      // Back to v9: the row as a v9 Verbatim wrote it (the same JSON, raw DEFLATE at level 1).
      const driver = await openDriver(url);
      const row = (await driver.get<BlobRow>(
        'SELECT id, analysis, analysis_extra, analysis_encoding FROM articles',
      ))!;
      expect(row.analysis_encoding).toBe(ANALYSIS_ENCODING);
      const deflated = (blob: Uint8Array): Buffer => deflateRawSync(brotliDecompressSync(blob), { level: 1 });
      // v9 kept the extra records whole (v12 keeps their offsets only: offset-records.ts).
      const extra = JSON.parse(brotliDecompressSync(row.analysis_extra!).toString('utf8'));
      const wholeExtra = deflateRawSync(JSON.stringify(withTexts(extra, old.text)), { level: 1 });
      await driver.run(
        'UPDATE articles SET analysis = ?, analysis_extra = ?, analysis_encoding = ? WHERE id = ?',
        [deflated(row.analysis), wholeExtra, DEFLATE_ENCODING, row.id],
      );
      await driver.run('DELETE FROM verbatim_schema WHERE version >= ?', [10]);
      await driver.close();

      const upgraded = await openStore(url);
      try {
        expect((await upgraded.stats()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
        expect((await upgraded.ingest(later, { input: 'later.txt' })).status).toBe('stored');
        const expected = (a: Analysis): unknown => JSON.parse(JSON.stringify(a));
        expect((await upgraded.article('old.txt'))!.analysis).toEqual(expected(old));
        expect((await upgraded.article('later.txt'))!.analysis).toEqual(expected(later));
        expect((await upgraded.articleJson('old.txt', false))!.analysisJson.toString('utf8')).toBe(shown);
        const exported = [];
        for await (const a of upgraded.exportAnalyses()) exported.push(a.analysis);
        expect(exported).toEqual([expected(old), expected(later)]);
      } finally {
        await upgraded.close();
      }
      const after = await openDriver(url);
      const encodings = await after.all<{ analysis_encoding: string }>(
        'SELECT analysis_encoding FROM articles ORDER BY id',
      );
      await after.close();
      expect(encodings.map((r) => r.analysis_encoding)).toEqual([DEFLATE_ENCODING, ANALYSIS_ENCODING]);
    }, 120_000);
  });
}
