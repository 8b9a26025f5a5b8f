/**
 * A huge document's report built window by window (src/analysis/window-report.ts, the CLI's report
 * format): the report is exactly that of the merged layers (window-merge.ts, then each stage's
 * report), with its lines in memory or in a temporary file; such a document has no records.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInput } from '../../bench/suites/scaling-inputs.js';
import { releaseWindowedReport, windowedReport } from '../../src/analysis/window-report.js';
import { Analyzer } from '../../src/analyzer.js';
import { FileJsonSpill } from '../../src/service/json-spill-file.js';

/** Window length of these tests: small, so a text of a few paragraphs already has several windows. */
const WINDOW = 2000;

const dir = mkdtempSync(join(tmpdir(), 'verbatim-report-spill-test-'));
const made: Record<string, Analyzer> = {};

beforeAll(async () => {
  for (const include of [[], ['entities', 'tokens']]) {
    const key = include.join(',');
    made[`layers ${key}`] = await Analyzer.create({ windowChars: WINDOW, include });
    made[`memory ${key}`] = await Analyzer.create({ windowChars: WINDOW, include, windowedReport: true });
    made[`file ${key}`] = await Analyzer.create({
      windowChars: WINDOW,
      include,
      windowedReport: true,
      jsonSpill: () => new FileJsonSpill(dir),
    });
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(analyzer: Analyzer, text: string, published?: string): { out: string; layers: string[] } {
  const { document } = analyzer.run({
    text,
    meta: { source: 'book.txt' },
    ...(published ? { published } : {}),
  });
  const out = analyzer.report(document);
  const layers = Object.keys(document.layers);
  releaseWindowedReport(document);
  return { out, layers };
}

describe('a windowed document with its report lines spilled', () => {
  const texts = [makeInput('news-gen', 9_000), makeInput('news-gen', 40_000)];

  it("gives the merged layers' report, in memory and in a file", () => {
    for (const text of texts) {
      for (const published of [undefined, '2024-05-02']) {
        const merged = report(made['layers '] as Analyzer, text, published);
        // Every section that sorts across the document is there, with entries from several windows.
        for (const title of ['Sentences', 'Actors', 'Time', 'Statements', 'Acts', 'Timeline']) {
          expect(merged.out).toContain(`\n## ${title}\n`);
        }
        expect(merged.out).toMatch(/warning: {4}book\.txt: \d+ characters is over 2000/);
        for (const where of ['memory', 'file']) {
          const got = report(made[`${where} `] as Analyzer, text, published);
          expect(got.out.length).toBe(merged.out.length);
          expect(got.out === merged.out, `${where}: report differs`).toBe(true);
          expect(got.layers).toEqual(['blocks']);
        }
      }
    }
  });

  it('keeps the merged layers when entities or tokens are included (their sections count them all)', () => {
    const text = texts[0] as string;
    const merged = report(made['layers entities,tokens'] as Analyzer, text);
    expect(merged.out).toContain('\n## Entities\n');
    const got = report(made['file entities,tokens'] as Analyzer, text);
    expect(got.out).toBe(merged.out);
    expect(got.layers).toContain('entities');
  });

  it('leaves no file behind, and a released document has no report material left', () => {
    const analyzer = made['file '] as Analyzer;
    const { document } = analyzer.run({ text: texts[0] as string });
    expect(readdirSync(dir)).toEqual([]);
    expect(windowedReport(document)).toBeDefined();
    releaseWindowedReport(document);
    expect(windowedReport(document)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('has no records: asking for them is a typed error naming the fix', () => {
    const analyzer = made['memory '] as Analyzer;
    const { document, timings } = analyzer.run({ text: texts[0] as string, meta: { source: 'book.txt' } });
    expect(() => analyzer.records(document, timings)).toThrow(/book\.txt: no records .*windowedReport/);
    expect(() => analyzer.recordsJson(document, timings)).toThrow(/windowedReport/);
  });

  it('refuses windowedJson and windowedReport together', async () => {
    await expect(Analyzer.create({ windowedJson: true, windowedReport: true })).rejects.toThrow(
      /windowedJson and options\.windowedReport are both set/,
    );
  });
});
