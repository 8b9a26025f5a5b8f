/**
 * `npm run bench:api`: HTTP load on a local server (127.0.0.1 only) over a 10,000-article SQLite store, with
 * autocannon. Targets (issue 17): statements by speaker and article pages ≥ 1,000 requests/s with p99 ≤ 50 ms
 * and no errors; a burst of analyse requests beyond capacity answered with 429 (not errors), RSS bounded,
 * while reads go on beside it (analyses run on a worker thread, so the reads' latency is reported too).
 * Prints a table and writes bench/results/api.json. `--articles N` changes the store size, `--seconds S` the
 * length of each run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { benchStore } from './make-store.js';
import { type ServerProcess, startServer } from './server-process.js';

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const ARTICLES = arg('--articles', 10_000);
const SECONDS = arg('--seconds', 15);
/** Concurrent connections for the read runs: a busy team of analysts, and enough to saturate one core. */
const READ_CONNECTIONS = 16;
/** Connections for the analyse burst: far beyond the queue's 1 running + 8 waiting. */
const BURST_CONNECTIONS = 64;
/** Connections reading statements while the analyse burst runs. */
const BESIDE_BURST_CONNECTIONS = 8;
/** Seconds a burst client waits for its answer. */
const BURST_TIMEOUT_S = 60;

interface Row {
  readonly run: string;
  readonly reqPerS: number;
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  readonly status429: number;
  readonly errors: number;
  readonly note: string;
}

function row(run: string, r: Result, note: string): Row {
  const codes = (r as Result & { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const count = (c: string): number => codes[c]?.count ?? 0;
  const ok = Object.entries(codes)
    .filter(([c]) => c.startsWith('2'))
    .reduce((n, [, v]) => n + (v.count ?? 0), 0);
  const other = Object.entries(codes)
    .filter(([c]) => !c.startsWith('2') && c !== '429')
    .reduce((n, [, v]) => n + (v.count ?? 0), 0);
  return {
    run,
    reqPerS: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok,
    status429: count('429'),
    errors: r.errors + r.timeouts + other,
    note,
  };
}

async function speakers(url: string): Promise<string[]> {
  const res = await fetch(`${url}/api/actors?type=person&limit=200`);
  const { items } = (await res.json()) as { items: { name: string; statements: number }[] };
  return items
    .filter((a) => a.statements > 0)
    .map((a) => a.name)
    .slice(0, 50);
}

async function load(opts: autocannon.Options): Promise<Result> {
  return autocannon({ duration: SECONDS, connections: READ_CONNECTIONS, ...opts });
}

async function main(): Promise<void> {
  const log = (s: string): void => console.log(s);
  const db = await benchStore(RESULTS, ARTICLES, log);
  const server: ServerProcess = await startServer(db);
  const rows: Row[] = [];
  try {
    const names = await speakers(server.url);
    log(
      `server ${server.url} (pid ${server.pid}) over ${ARTICLES} articles; ${names.length} speakers; RSS ${(server.rss() / 2 ** 20).toFixed(0)} MiB`,
    );
    await load({ url: `${server.url}/api/health`, duration: 3 }); // warm-up

    let i = 0;
    const speakerRequests: autocannon.Request[] = [
      {
        setupRequest: (req) => ({
          ...req,
          path: `/api/statements?speaker=${encodeURIComponent(names[i++ % names.length]!)}&limit=50`,
        }),
      },
    ];
    const bySpeaker = await load({ url: server.url, requests: speakerRequests });
    rows.push(row('statements by speaker', bySpeaker, `${names.length} speakers in turn, 50 per page`));

    let seed = 1;
    const articles = await load({
      url: server.url,
      requests: [
        {
          setupRequest: (req) => {
            seed = (seed * 48271) % 2147483647;
            return { ...req, path: `/api/articles/${1 + (seed % ARTICLES)}` };
          },
        },
      ],
    });
    rows.push(row('article pages', articles, 'random article, full analysis'));

    const rssBefore = server.rss();
    server.resetPeak();
    const burstSeconds = Math.max(10, Math.round(SECONDS / 2));
    const [burst, beside] = await Promise.all([
      load({
        url: `${server.url}/api/analyze`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: SAMPLE }),
        connections: BURST_CONNECTIONS,
        duration: burstSeconds,
        // An accepted analysis may wait for the ones before it; a timeout here would be the machine, not a refusal.
        timeout: BURST_TIMEOUT_S,
      }),
      load({
        url: server.url,
        requests: speakerRequests,
        connections: BESIDE_BURST_CONNECTIONS,
        duration: burstSeconds,
      }),
    ]);
    const peak = server.peakRss();
    rows.push(
      row(
        'analyse burst',
        burst,
        `${BURST_CONNECTIONS} connections; RSS ${(rssBefore / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MiB`,
      ),
      row('statements during the burst', beside, `${BESIDE_BURST_CONNECTIONS} connections beside the burst`),
    );
  } finally {
    await server.stop();
  }
  console.table(rows);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    `${RESULTS}api.json`,
    `${JSON.stringify({ articles: ARTICLES, seconds: SECONDS, rows }, null, 2)}\n`,
  );
}

await main();
