/**
 * `npx tsx bench/api/start-time.ts`: how long `npm start` takes on a fresh store (the built code, as after
 * `npm ci`): seconds until the server listens, and until the demo corpus is ingested (the app shows it).
 * Target (issue 17): the app with the demo corpus within 60 s of `npm start`. Prints one line per step.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/verbatim.js', import.meta.url));
/** How often the job list is polled. */
const POLL_MS = 250;

const dir = mkdtempSync(join(tmpdir(), 'verbatim-start-'));
const t0 = performance.now();
const seconds = (): string => ((performance.now() - t0) / 1000).toFixed(1);
const child = spawn(
  process.execPath,
  [BIN, 'serve', '--demo', '--port', '0', '--db', join(dir, 'verbatim.db')],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  console.log(`listening after ${seconds()} s: ${url}`);
  for (;;) {
    const { items } = (await (await fetch(`${url}/api/jobs`)).json()) as {
      items: { state: string; stored: number; total: number }[];
    };
    const job = items[0];
    if (job && (job.state === 'done' || job.state === 'failed')) {
      console.log(`demo corpus ${job.state} after ${seconds()} s: ${job.stored} of ${job.total} stored`);
      break;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
