/**
 * A huge document's records kept as JSON while its windows run (src/analysis/window-records.ts,
 * the CLI's json formats): the JSON is exactly that of the merged layers (window-merge.ts), with
 * the records in memory or in a temporary file, and a document so analysed has no report.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInput } from '../../bench/suites/scaling-inputs.js';
import { releaseWindowedRecords, windowedRecords } from '../../src/analysis/window-records.js';
import { Analyzer } from '../../src/analyzer.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';

/** Window length of these tests: small, so a text of a few paragraphs already has several windows. */
const WINDOW = 2000;

/** Every opt-in record that comes from a layer, so each kind's JSON is compared. */
const ALL = ['mentions', 'sentences', 'entities', 'tokens', 'pos'];

const dir = mkdtempSync(join(tmpdir(), 'verbatim-spill-test-'));
const made: Record<string, Analyzer> = {};

beforeAll(async () => {
  for (const include of [[], ALL]) {
    const key = include.join(',');
    made[`layers ${key}`] = await Analyzer.create({ windowChars: WINDOW, include });
    made[`memory ${key}`] = await Analyzer.create({ windowChars: WINDOW, include, windowedJson: true });
    made[`file ${key}`] = await Analyzer.create({
      windowChars: WINDOW,
      include,
      windowedJson: true,
      jsonSpill: () => new FileJsonSpill(dir),
    });
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function json(analyzer: Analyzer, text: string): { out: string; records: unknown; layers: string[] } {
  const { document, timings } = analyzer.run({ text, meta: { source: 'book.txt' }, published: '2024-05-02' });
  const out = [...analyzer.recordsJson(document, timings)].join('');
  const records = analyzer.records(document, timings);
  const layers = Object.keys(document.layers);
  releaseWindowedRecords(document);
  return { out, records, layers };
}

describe('a windowed document with its records as JSON', () => {
  const texts = [makeInput('news-gen', 9_000), makeInput('news-gen', 30_000)];

  for (const include of ['', ALL.join(',')]) {
    it(`gives the merged layers' JSON, in memory and in a file (include: ${include || 'none'})`, () => {
      for (const text of texts) {
        const merged = json(made[`layers ${include}`] as Analyzer, text);
        expect(merged.out).toMatch(/"warnings":\["book\.txt: \d+ characters is over 2000/);
        for (const where of ['memory', 'file']) {
          const got = json(made[`${where} ${include}`] as Analyzer, text);
          expect(got.out.length).toBe(merged.out.length);
          expect(got.out === merged.out, `${where}: JSON differs`).toBe(true);
          expect(got.records).toEqual(merged.records);
          expect(got.layers).toEqual(['blocks']);
        }
      }
    });
  }

  it('leaves no file behind, and a released document has no JSON records left', () => {
    const analyzer = made['file '] as Analyzer;
    const { document } = analyzer.run({ text: texts[0] as string });
    expect(readdirSync(dir)).toEqual([]);
    expect(windowedRecords(document)?.get('statements')).toBeDefined();
    releaseWindowedRecords(document);
    expect(windowedRecords(document)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('has no report: asking for one is a typed error naming the fix', () => {
    const analyzer = made['memory '] as Analyzer;
    const { document } = analyzer.run({ text: texts[0] as string, meta: { source: 'book.txt' } });
    expect(() => analyzer.report(document)).toThrow(/book\.txt: no report .*windowedJson/);
    // A text under the window is analysed whole, with its layers: its report is as usual.
    const small = analyzer.run({ text: 'Angela Merkel said on Monday that the talks had failed.' });
    expect(analyzer.report(small.document)).toMatch(/## Statements/);
  });
});
