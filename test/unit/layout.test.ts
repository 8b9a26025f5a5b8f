/**
 * One test layout: tests live under test/ only (unit tests mirror src/ in test/unit/). vitest only
 * collects test/**, so a test written next to the code would silently never run; this catches it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function testFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.test(-helper)?\.ts$/.test(f),
  );
}

describe('test layout', () => {
  it('keeps no test files under src/', () => {
    expect(testFilesUnder(SRC)).toEqual([]);
  });
});
