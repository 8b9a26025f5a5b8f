/** Shared by the queue tests: a corpus of real articles, CLI child processes with their JSON-line logs, store checks. */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = join(import.meta.dirname, 'cli-entry.ts');
export const TRAIN = join(ROOT, '..', 'shared', 'data', 'quotes', 'polnear', 'train', 'text');

/** Copies `n` PolNeAR train articles (from index `from`) into `dir`; returns the folder. */
export function corpus(dir: string, from: number, n: number): string {
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(TRAIN)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files.slice(from, from + n)) copyFileSync(join(TRAIN, f), join(dir, f));
  return dir;
}

export function trainText(i: number): string {
  const files = readdirSync(TRAIN)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return readFileSync(join(TRAIN, files[i]!), 'utf8');
}

export interface CliProcess {
  readonly proc: ChildProcess;
  /** Parsed JSON log lines so far (stdout). */
  readonly lines: Record<string, unknown>[];
  stderr(): string;
  /** Resolves with the first log line matching, or rejects after `timeoutMs`. */
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  exit(): Promise<number | null>;
}

export function startCli(args: readonly string[]): CliProcess {
  const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters: {
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let buffer = '';
  let err = '';
  proc.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        line = { text };
      }
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  proc.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((r) => proc.once('exit', (c) => r(c)));
  return {
    proc,
    lines,
    stderr: () => err,
    waitFor(match, timeoutMs = 120_000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching log line in ${timeoutMs} ms; stderr: ${err.slice(-2000)}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(
            new Error(`the process exited (${code}) before a matching log line; stderr: ${err.slice(-2000)}`),
          );
        });
      });
    },
    exit: () => exited,
  };
}

/** Runs a CLI command to its end. */
export async function runCli(
  args: readonly string[],
): Promise<{ code: number | null; out: string; err: string }> {
  const p = startCli(args);
  const code = await p.exit();
  return {
    code,
    out: p.lines.map((l) => (typeof l['text'] === 'string' ? l['text'] : JSON.stringify(l))).join('\n'),
    err: p.stderr(),
  };
}

export async function query<T extends object>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Stored articles per source identity: every identity must be there exactly once. */
export async function storedCounts(url: string): Promise<Map<string, number>> {
  const rows = await query<{ identity: string; n: string }>(
    url,
    'SELECT s.identity, count(a.id) AS n FROM sources s JOIN articles a ON a.source_id = s.id GROUP BY s.identity',
  );
  return new Map(rows.map((r) => [r.identity, Number(r.n)]));
}

export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Worker options that make faults show within seconds instead of minutes. */
export const FAST_WORKER = [
  '--job-timeout',
  '10s',
  '--maintenance',
  '1s',
  '--retry-delay',
  '1s',
  '--allow-private',
];
