import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseByteCount } from '../../src/cli/commands/analyze.js';
import { main } from '../../src/cli/main.js';

function capture(): { io: Parameters<typeof main>[1]; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  };
}

const run = async (...args: string[]) => {
  const c = capture();
  const code = await main(['node', 'verbatim', ...args], c.io);
  return { code, out: c.out(), err: c.err() };
};

const SAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'putin-trump-ukraine.txt');

describe('verbatim analyze', () => {
  it('prints JSON with the structure and exact offsets', async () => {
    const r = await run('analyze', SAMPLE, '--format', 'json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.schema).toBe('verbatim.analysis/2');
    const kinds = a.blocks.map((b: { kind: string }) => b.kind);
    expect(kinds.filter((k: string) => k === 'heading')).toHaveLength(8);
    expect(kinds.filter((k: string) => k === 'paragraph')).toHaveLength(8);
    // blocks tile the text: offsets only, in order, covering every character but the line breaks
    let at = 0;
    for (const b of a.blocks) {
      expect(b).not.toHaveProperty('text');
      expect(a.text.slice(at, b.start).trim()).toBe('');
      at = b.end;
    }
    expect(a.text.slice(at).trim()).toBe('');
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints a report for people', async () => {
    const r = await run('analyze', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## Structure');
    expect(r.out).toContain('published:  unknown');
  });

  it('records --published and rejects a malformed one', async () => {
    const ok = await run('analyze', SAMPLE, '--format', 'json', '--published', '2024-11-08');
    expect(JSON.parse(ok.out).document).toMatchObject({
      publishedAt: '2024-11-08',
      publishedAtBasis: 'option',
    });
    const bad = await run('analyze', SAMPLE, '--published', '8/11/2024');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/E_OPTION_INVALID/);
  });

  it('analyses the good files of a mixed batch, reports each bad one, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-batch-'));
    writeFileSync(join(dir, 'a-good.txt'), 'Talks stall\nTalks stalled on Friday, officials said.\n');
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 talks stall, officials said.', 'latin1'));
    writeFileSync(
      join(dir, 'e-utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there.', 'utf16le')]),
    );
    writeFileSync(join(dir, 'f-huge.txt'), '');
    truncateSync(join(dir, 'f-huge.txt'), 200 * 1024 * 1024);
    writeFileSync(join(dir, 'g-broken-utf8.txt'), Buffer.from([0xc3, 0xa9, 0x20, 0xff, 0x41]));
    const r = await run('analyze', dir, '--format', 'jsonl');
    expect(r.code).toBe(1);
    const docs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.source.split('/').pop())).toEqual([
      'a-good.txt',
      'd-latin1.txt',
      'e-utf16.txt',
    ]);
    expect(docs[1].text).toContain('Café');
    expect(docs[1].warnings[0]).toMatch(/Windows-1252/);
    const errors = r.err.trim().split('\n');
    expect(errors.filter((l) => l.startsWith('error: '))).toHaveLength(4);
    expect(r.err).toMatch(/E_INPUT_EMPTY: .*b-empty\.txt: .*; fix: /);
    expect(r.err).toMatch(/E_INPUT_BINARY: .*c-binary\.txt/);
    expect(r.err).toMatch(/E_INPUT_TOO_LARGE: .*f-huge\.txt: input is 200\.0 MiB.*--max-bytes 209715200/);
    expect(r.err).toMatch(/E_INPUT_ENCODING: .*g-broken-utf8\.txt/);
    expect(r.err).toMatch(/4 inputs failed; 3 analysed/);
  });

  it('writes one file per input with --out-dir and reports missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-out-'));
    const r = await run(
      'analyze',
      SAMPLE,
      join(dir, 'missing.txt'),
      '--format',
      'json',
      '--out-dir',
      join(dir, 'out'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_INPUT_NOT_FOUND: .*missing\.txt/);
    // Besides the outputs, only the hidden record of the run's options (for reruns).
    expect(readdirSync(join(dir, 'out'))).toEqual(['.verbatim-run.json', 'putin-trump-ukraine.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'putin-trump-ukraine.json'), 'utf8')).blocks.length).toBe(
      19,
    );
  });

  it('rejects an unknown format and an unknown stage with exit code 2', async () => {
    expect((await run('analyze', SAMPLE, '--format', 'xml')).err).toMatch(
      /E_OPTION_INVALID: unknown format 'xml'/,
    );
    const r = await run('analyze', SAMPLE, '--stages', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_PIPELINE_UNKNOWN_STAGE/);
  });
});

describe('verbatim predict / eval frames', () => {
  it('names unknown tasks with a typed error', async () => {
    const p = await run('predict', 'nosuchtask', 'in', 'out');
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/E_TASK_UNKNOWN: no predict task named 'nosuchtask'/);
    const e = await run('eval', 'nosuchtask', 'gold');
    expect(e.err).toMatch(/E_TASK_UNKNOWN: no eval task named 'nosuchtask'/);
  });

  it('shows help for missing arguments', async () => {
    const r = await run('eval');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required argument/);
  });
});

describe('parseByteCount', () => {
  it.each([
    ['1000', 1000],
    ['250MB', 250 * 1024 * 1024],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['64k', 65536],
  ])('%s → %d', (s, n) => expect(parseByteCount(s)).toBe(n));
  it('rejects nonsense', () => expect(() => parseByteCount('lots')).toThrow(/not a size/));
});
