/**
 * Files are never destroyed or silently lost with --out-dir, and every bad
 * option or input edge gets a typed error or a warning with its fix.
 */
import { spawn } from 'node:child_process';
import type { Dirent } from 'node:fs';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { walk } from '../../src/ingest/files.js';
import { VerbatimError } from '../../src/model/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAY = 'The minister said on Monday that the plan would work. "We are ready," she told reporters.';

const run = async (...args: string[]) => {
  let out = '';
  let err = '';
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const code = await main(['node', 'verbatim', ...args], io);
  return { code, out, err };
};

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-hostile-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Every file under a directory, relative, sorted. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort();
}

describe('--out-dir never writes over or among the inputs', () => {
  it.each([
    ['equals the input directory', (d: string) => [join(d, 'in'), join(d, 'in')]],
    ['lies inside the input directory', (d: string) => [join(d, 'in'), join(d, 'in', 'out')]],
    ['contains an input file', (d: string) => [join(d, 'in', 'a.txt'), join(d, 'in')]],
  ])('refuses an out-dir that %s, before writing anything', async (_how, paths) => {
    const dir = tree({ 'in/a.txt': SAY });
    const [input, out] = paths(dir);
    const r = await run('analyze', input!, '--out-dir', out!);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_OUTPUT_CONFLICT/);
    expect(listing(join(dir, 'in'))).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'in', 'a.txt'), 'utf8')).toBe(SAY);
  });
});

describe('output names', () => {
  it('keeps relative paths and non-Latin names apart; a remaining collision gets a hash and a warning', async () => {
    const dir = tree({
      'in/a b.txt': `${SAY} 1`,
      'in/a_b.txt': `${SAY} 2`,
      'in/sub/a b.txt': `${SAY} 3`,
      'in/北京 新闻.txt': `${SAY} 4`,
      'in/Москва.txt': `${SAY} 5`,
      'in/c.html': `<html><body><p>${SAY} 6</p></body></html>`,
      'in/c.txt': `${SAY} 7`,
    });
    const r = await run('analyze', join(dir, 'in'), '--format', 'json', '--out-dir', join(dir, 'out'));
    expect(r.code).toBe(0);
    const outputs = listing(join(dir, 'out')).filter((p) => !p.startsWith('.'));
    expect(outputs).toHaveLength(7);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'a b.json',
        'a_b.json',
        join('sub', 'a b.json'),
        '北京 新闻.json',
        'Москва.json',
      ]),
    );
    expect(r.err).toMatch(
      /warning: output of .*c\.txt written to c-\w+\.json: another input maps to the same name/,
    );
    // Each output holds its own input: nothing was overwritten.
    const texts = outputs.map((p) => JSON.parse(readFileSync(join(dir, 'out', p), 'utf8')).text as string);
    expect(new Set(texts).size).toBe(7);
    // Same inputs, same names: a forced rerun writes the same files.
    await run('analyze', join(dir, 'in'), '--format', 'json', '--out-dir', join(dir, 'out'), '--force');
    expect(listing(join(dir, 'out')).filter((p) => !p.startsWith('.'))).toEqual(outputs);
  });
});

describe('reruns and atomic writes', () => {
  it('skips inputs whose output is current, redoes changed ones, and --force redoes all', async () => {
    const dir = tree({ 'in/a.txt': `${SAY} a`, 'in/b.txt': `${SAY} b` });
    const args = ['analyze', join(dir, 'in'), '--format', 'json', '--out-dir', join(dir, 'out')];
    expect((await run(...args)).code).toBe(0);
    const again = await run(...args);
    expect(again.err).toMatch(/skipped 2 inputs whose output in .* is current; pass --force/);
    // A changed input is redone; the other is still current.
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(dir, 'in', 'a.txt'), `${SAY} changed`);
    utimesSync(join(dir, 'in', 'a.txt'), later, later);
    const changed = await run(...args);
    expect(changed.err).toMatch(/skipped 1 input /);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'a.json'), 'utf8')).text).toContain('changed');
    expect((await run(...args, '--force')).err).not.toMatch(/skipped/);
    // Other options make other outputs: nothing is taken as current.
    expect((await run(...args, '--published', '2024-11-08')).err).not.toMatch(/skipped/);
  });

  it('writes through a temporary file and rename: no partial or temporary file is left', async () => {
    const dir = tree({ 'in/a.txt': SAY });
    await run('analyze', join(dir, 'in'), '--format', 'json', '--out-dir', join(dir, 'out'));
    const files = readdirSync(join(dir, 'out'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(() => JSON.parse(readFileSync(join(dir, 'out', 'a.json'), 'utf8'))).not.toThrow();
  });
});

describe('unreadable directories', () => {
  it('turn into one E_INPUT_READ error in the walk; the other files are still listed', async () => {
    const dir = tree({ 'in/a.txt': SAY, 'in/locked/b.txt': SAY, 'in/z.txt': SAY });
    const { readdir } = await import('node:fs/promises');
    const list = async (d: string): Promise<Dirent[]> => {
      if (d.endsWith('locked'))
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return readdir(d, { withFileTypes: true });
    };
    const files = await walk(join(dir, 'in'), list);
    expect(files.filter((f) => typeof f === 'string')).toEqual([
      join(dir, 'in', 'a.txt'),
      join(dir, 'in', 'z.txt'),
    ]);
    const errors = files.filter((f) => f instanceof VerbatimError);
    expect(errors.map((e) => e.code)).toEqual(['E_INPUT_READ']);
  });

  it.skipIf(process.getuid?.() === 0)('do not abort the run (exit 1, the rest analysed)', async () => {
    const dir = tree({ 'in/a.txt': SAY, 'in/locked/b.txt': SAY });
    chmodSync(join(dir, 'in', 'locked'), 0o000);
    const r = await run('analyze', join(dir, 'in'), '--format', 'jsonl');
    chmodSync(join(dir, 'in', 'locked'), 0o755);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_INPUT_READ: .*locked: cannot list the directory/);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });
});

describe('symbolic links and empty directories', () => {
  it('follows links to files and directories once each; a link back up the tree does not loop', async () => {
    const dir = tree({ 'in/a.txt': SAY, 'elsewhere/b.txt': SAY, 'elsewhere/deep/c.txt': SAY });
    symlinkSync(join(dir, 'elsewhere', 'b.txt'), join(dir, 'in', 'linked.txt'));
    symlinkSync(join(dir, 'elsewhere', 'deep'), join(dir, 'in', 'deep-link'));
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
    // The same directory by a second link is walked once.
    symlinkSync(join(dir, 'elsewhere', 'deep'), join(dir, 'in', 'deep-again'));
    const files = await walk(join(dir, 'in'));
    expect(files).toEqual([
      join(dir, 'in', 'a.txt'),
      join(dir, 'in', 'deep-again', 'c.txt'),
      join(dir, 'in', 'linked.txt'),
    ]);
  });

  it('a broken link with an input name is one E_INPUT_READ error; the rest is analysed', async () => {
    const dir = tree({ 'in/a.txt': SAY });
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'in', 'gone.txt'));
    const r = await run('analyze', join(dir, 'in'), '--format', 'jsonl');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_INPUT_READ: .*gone\.txt: the symbolic link leads nowhere/);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('a directory with no input files is an E_INPUT_NO_FILES error naming it, not a silent success', async () => {
    const dir = tree({ 'in/notes.md': SAY });
    const r = await run('analyze', join(dir, 'in'), '--format', 'jsonl');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /E_INPUT_NO_FILES: .*in: the directory holds no input files; fix: name the files \.txt/,
    );
    expect(r.out).toBe('');
  });
});

describe('option checks', () => {
  it.each([
    [['--max-bytes', '0'], /--max-bytes '0'.*at least 1 byte/],
    [['--max-bytes', '-5'], /not a size/],
    [['--published', '2023-02-29'], /'2023-02-29' is not a valid date: February 2023 has 28 days/],
    [['--published', '2024-13-01'], /month 13 does not exist/],
    [['--published', '2024-01-01T25:00'], /hour 25 does not exist/],
    [['--max-feed-items', '0'], /--max-feed-items '0' is not a whole number of at least 1/],
    [['--fetch-timeout', 'soon'], /--fetch-timeout 'soon'/],
  ])('%j is refused with its reason', async (options, message) => {
    const dir = tree({ 'a.txt': SAY });
    const r = await run('analyze', join(dir, 'a.txt'), ...options);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_OPTION_INVALID/);
    expect(r.err).toMatch(message);
  });

  it('accepts a leap day that exists', async () => {
    const dir = tree({ 'a.txt': SAY });
    const r = await run('analyze', join(dir, 'a.txt'), '--published', '2024-02-29', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).document.publishedAt).toBe('2024-02-29');
  });
});

describe('feeds over the item limit', () => {
  const feed = (n: number): string =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from(
      { length: n },
      (_, i) =>
        `<item><title>Item ${i}</title><guid>id-${i}</guid><description>${SAY} Number ${i}.</description></item>`,
    ).join('')}</channel></rss>`;

  it('says so when the limit is reached, and --max-feed-items raises it', async () => {
    const dir = tree({ 'big.xml': feed(30) });
    const r = await run(
      'analyze',
      join(dir, 'big.xml'),
      '--format',
      'jsonl',
      '--stages',
      'sentences',
      '--max-feed-items',
      '20',
    );
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(20);
    expect(r.err).toMatch(
      /warning: .*big\.xml: the feed holds 30 items; only the first 20 were read; fix: pass --max-feed-items 30/,
    );
    const all = await run(
      'analyze',
      join(dir, 'big.xml'),
      '--format',
      'jsonl',
      '--stages',
      'sentences',
      '--max-feed-items',
      '30',
    );
    expect(all.out.trim().split('\n')).toHaveLength(30);
    expect(all.err).toBe('');
  });
});

describe('a closed output pipe', () => {
  it('ends the run quietly: no EPIPE stack trace (`verbatim analyze … | head`)', async () => {
    const dir = tree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.txt`, `${SAY} ${i}`])));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'test', 'helpers', 'run-cli.ts'),
        'analyze',
        dir,
        '--format',
        'jsonl',
        '--stages',
        'sentences',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Unhandled|at /);
    expect(code).toBe(0);
  });
});
