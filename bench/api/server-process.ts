/**
 * The server under test in its own process (`verbatim serve`, built code), so the load generator's CPU and
 * memory are not counted as the server's; its resident memory is sampled from /proc (Linux) while it runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));
/** How often RSS is sampled: fine enough to catch a burst's peak. */
const RSS_SAMPLE_MS = 100;

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident memory now, in bytes. */
  rss(): number;
  /** Highest RSS seen since the last reset. */
  peakRss(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

export async function startServer(db: string): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  const pid = child.pid!;
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, RSS_SAMPLE_MS);
  return {
    url,
    pid,
    rss: () => rssOf(pid),
    peakRss: () => Math.max(peak, rssOf(pid)),
    resetPeak: () => {
      peak = rssOf(pid);
    },
    stop: async () => {
      clearInterval(timer);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
