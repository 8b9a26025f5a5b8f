/**
 * `verbatim ingest`'s writing thread loads what reading text files and writing the store need, not the
 * analysis (stages, zod schemas) nor the HTML, feed and network readers: each of those modules costs that
 * thread's heap for the whole batch (together 15 MB after a 20-article ingest). They load on first use
 * (an HTML file, a feed, a URL) or on the analysing thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../..');
/** What the writing thread must not load up front, with why it would be there. */
const NOT_LOADED: readonly [RegExp, string][] = [
  [/\/node_modules\/zod\//, 'record schemas (analysis/records.ts)'],
  [/\/node_modules\/(linkedom|htmlparser2|@mozilla\/readability)\//, 'HTML reading'],
  [/\/node_modules\/fast-xml-parser\//, 'feed reading'],
  [/\/node_modules\/undici\//, 'URL fetching'],
  [/\/src\/analyzer\.ts$/, 'the analyser'],
  [/\/src\/stages\/(tokens|pos|entities|actors|quotes|time|acts)\/stage\.ts$/, 'analysis stages'],
];

function modulesLoadedBy(entries: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-modules-'));
  const list = join(dir, 'modules.txt');
  try {
    const script = entries.map((e) => `await import(${JSON.stringify(join(ROOT, e))});`).join('');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        join(import.meta.dirname, 'module-list.mjs'),
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        script,
      ],
      { cwd: ROOT, env: { ...process.env, VERBATIM_TEST_MODULE_LIST: list }, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(list, 'utf8').trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the ingest command's writing thread", () => {
  it('loads no analysis, schema, HTML, feed or network module up front', () => {
    const loaded = modulesLoadedBy([
      'src/cli/main.ts',
      'src/cli/commands/ingest.ts',
      'src/store/open.ts',
      'src/store/sqlite/driver.ts',
      'src/corpus/link.ts',
    ]);
    // The check itself sees modules: the store and the ingest loop are there.
    expect(loaded.some((u) => u.endsWith('/src/store/core/store.ts'))).toBe(true);
    expect(loaded.some((u) => u.endsWith('/src/store/worker/ingest-pipeline.ts'))).toBe(true);
    for (const [pattern, what] of NOT_LOADED) {
      expect(
        loaded.filter((u) => pattern.test(u)),
        what,
      ).toEqual([]);
    }
  }, 60_000);
});
