/** The store commands end to end, in process: ingest the examples, then query and export them. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
// examples/ also holds the web app's demo corpus (examples/demo/): these tests ingest the sample alone.
const SAMPLE = join(EXAMPLES, 'putin-trump-ukraine.txt');
const dir = mkdtempSync(join(tmpdir(), 'verbatim-store-cli-'));
const db = join(dir, 'verbatim.db');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const code = await main(['node', 'verbatim', ...args], io);
  return { code, out, err };
}

describe('store commands', () => {
  beforeAll(async () => {
    const r = await run('ingest', SAMPLE, '--db', db);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^1 stored, 0 new versions, 0 already stored/m);
  }, 60_000);

  it('lists Peskov’s statements with their dates and spans (the done-when command)', async () => {
    const r = await run('statements', '--speaker', 'Peskov', '--db', db);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    const text = readFileSync(join(EXAMPLES, 'putin-trump-ukraine.txt'), 'utf8');
    for (const line of lines) {
      // date (or "undated": the sample carries no publication date), speaker, kind, article and offsets, content
      const m = /^(\S+) {2}Dmitry Peskov \[[a-z-]+\] {2}article 1 @(\d+)-(\d+)\S* {2}“(.*)”$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(text.slice(Number(m![2]), Number(m![3]))).toBe(m![4]!.split(' … ')[0]);
    }
    const json = JSON.parse(
      (await run('statements', '--speaker', 'Peskov', '--db', db, '--format', 'json')).out,
    );
    expect(json.items).toHaveLength(lines.length);
  });

  it('ingesting again stores nothing twice', async () => {
    const r = await run('ingest', SAMPLE, '--db', db);
    expect(r.err).toMatch(/^0 stored, 0 new versions, 1 already stored/m);
  });

  it('searches, lists actors and prints a stored article as analyze does', async () => {
    const s = await run('search', 'special military operation', '--db', db);
    expect(s.out).toMatch(/\[special\] \[military\] \[operation\]/);
    const a = await run('actors', '--type', 'person', '--country', 'RUS', '--db', db);
    expect(a.out).toMatch(/^Dmitry Peskov \(person, RUS\): \d+ mentions, \d+ statements in 1 articles$/m);
    const j = JSON.parse((await run('article', '1', '--format', 'json', '--db', db)).out);
    expect(j.schema).toMatch(/^verbatim\.analysis\//);
    const report = await run('article', '1', '--db', db);
    expect(report.out).toMatch(/^# Putin Open to Discussions/);
    const missing = await run('article', '999', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/E_STORE_RECORD_NOT_FOUND/);
  }, 60_000);

  it('exports every format', async () => {
    for (const format of ['jsonl', 'csv', 'brat', 'conll', 'timeml']) {
      const out = join(dir, format);
      expect((await run('export', '--format', format, '--out', out, '--db', db)).code).toBe(0);
      expect(readdirSync(out).length).toBeGreaterThan(0);
    }
    const csv = readFileSync(join(dir, 'csv', 'statements.csv'), 'utf8').split('\n');
    expect(csv[0]).toMatch(/^id,article_id,record_id,kind,speaker,/);
    const ann = readFileSync(join(dir, 'brat', 'article-1.ann'), 'utf8');
    expect(ann).toMatch(/^T\d+\tCue \d+ \d+\t/m);
    expect(readFileSync(join(dir, 'timeml', 'article-1.tml'), 'utf8')).toMatch(
      /<TIMEX3 tid="t1" type="DATE"/,
    );
    expect(readFileSync(join(dir, 'conll', 'entities.conll'), 'utf8')).toMatch(/^Putin B-PER$/m);
  }, 60_000);
});
