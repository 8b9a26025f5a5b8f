/**
 * Memory of a long ingest: `verbatim ingest` of 10,000 articles (the corpus
 * cycled, each copy with its own first line so it is a new article) in a child
 * process (`bin/verbatim.js`), its resident set sampled from /proc: peak (target ≤ 400 MB) and the
 * RSS at 10 %, 50 % and 100 % of the run (flat = no growth with articles).
 * The cycled corpus has the vocabulary of 840 articles: the analysis thread's per-word caches (the NER
 * feature cache holds ~1.1 KB per word, measured: 22,301 words = 25 MB after 400 articles) stop growing
 * once it is seen, where 10,000 distinct articles would grow them up to their caps.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

const ARTICLES = Number(process.env['VERBATIM_BENCH_RSS_ARTICLES'] ?? 10_000);
const SAMPLE_MS = 500;
const ROOT = join(import.meta.dirname, '..', '..');
/**
 * The command users run (`bin/verbatim.js`, built code: it sets its own V8 heap flags), built first so it is this
 * checkout's code. Run from the TypeScript sources instead (tsx's loader in both threads), the peak was ~40 MB
 * higher: 426 against 388 MiB over 300 articles (loaded, the two run side by side).
 */
const BIN = join(ROOT, 'bin', 'verbatim.js');

function build(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

function rssMiB(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export const storeRssSuite: BenchSuite = {
  name: 'store-rss',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-rss-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    for (let i = 0; i < ARTICLES; i++) {
      const t = corpus.texts[i % corpus.texts.length]!;
      writeFileSync(join(input, `${String(i).padStart(5, '0')}.txt`), `Copy ${i}.\n${t.text}`);
    }
    build();
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', join(dir, 'rss.db')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    const samples: number[] = [];
    const timer = setInterval(() => {
      const r = child.pid ? rssMiB(child.pid) : undefined;
      if (r !== undefined) samples.push(r);
    }, SAMPLE_MS);
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    clearInterval(timer);
    const seconds = (performance.now() - t0) / 1000;
    rmSync(dir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`ingest of ${ARTICLES} articles failed (${code}): ${err}`);
    const at = (f: number): number =>
      samples[Math.min(samples.length - 1, Math.floor(f * samples.length))] ?? Number.NaN;
    return [
      {
        section: 'store',
        name: `ingest ${ARTICLES.toLocaleString('en')} articles: peak RSS`,
        value: Math.max(...samples),
        unit: 'MiB',
        note: `target ≤ 400; RSS at 10/50/100 %: ${[0.1, 0.5, 0.999].map((f) => at(f).toFixed(0)).join(' / ')} MiB; ${seconds.toFixed(0)} s`,
      },
    ];
  },
};
