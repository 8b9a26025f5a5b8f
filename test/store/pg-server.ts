/**
 * A real PostgreSQL server for the tests, started by the test itself: Debian's
 * binaries (/usr/lib/postgresql/<v>/bin), a fresh cluster in a temp folder, a
 * free port, the unix socket in the temp folder (no TCP). initdb refuses to run
 * as root, so as root the server runs as the `postgres` user via setpriv (which
 * execs, so the pid we hold is the postmaster's). Returns a reason instead when
 * no server can be started here; the caller skips loudly with it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Seconds to wait for the server to accept connections (a cold start on a busy 2-core machine). */
const START_TIMEOUT_MS = 30_000;

export interface PgServer {
  /** The server's temporary directory (its socket and data), writable by the server's user. */
  readonly dir: string;
  /** A URL for a new, empty database on the server. */
  newDatabase(): Promise<string>;
  /** Stops the server (fast shutdown: connections are cut) and starts it again on the same data and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Command prefix that runs as an unprivileged user when we are root. */
function asUser(): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--init-groups', '--'], uid, gid };
}

/**
 * `wrap`: a command the server runs under, given the server's directory, e.g. valgrind writing its output there
 * (bench/suites/pg-instructions.ts).
 */
export async function startPostgres(
  options: { readonly wrap?: (dir: string) => readonly string[] } = {},
): Promise<PgServer | string> {
  const bin = binDir();
  if (!bin)
    return 'no PostgreSQL server binaries under /usr/lib/postgresql (install Debian package postgresql)';
  let user: ReturnType<typeof asUser>;
  try {
    user = asUser();
  } catch (error) {
    return `running as root but no 'postgres' user to run the server as (${String(error)})`;
  }
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-pg-'));
  chmodSync(dir, 0o755);
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const data = join(dir, 'data');
  const run = (cmd: string, args: string[]): string[] => [...user.prefix, join(bin, cmd), ...args];
  try {
    const [c, ...a] = run('initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'verbatim',
      '-E',
      'UTF8',
      '--no-sync',
      '--locale=C',
    ]);
    execFileSync(c!, a, { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`;
  }
  const port = await freePort();
  const [c, ...a] = [
    ...user.prefix,
    ...(options.wrap?.(dir) ?? []),
    join(bin, 'postgres'),
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=',
    '-c',
    'fsync=off',
  ];
  let log = '';
  const launch = (): ChildProcess => {
    const p = spawn(c!, a, { stdio: ['ignore', 'ignore', 'pipe'] });
    p.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
    });
    return p;
  };
  let proc = launch();
  const admin = `postgres://verbatim@${encodeURIComponent(dir)}:${port}/postgres`;
  const ready = async (): Promise<boolean> => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      try {
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.end();
        return true;
      } catch {
        if (Date.now() > deadline || proc.exitCode !== null) return false;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  if (!(await ready())) {
    proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    return `the PostgreSQL server did not start: ${log.trim().split('\n').slice(-3).join(' | ')}`;
  }
  let n = 0;
  return {
    dir,
    async newDatabase() {
      const name = `verbatim_test_${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `postgres://verbatim@${encodeURIComponent(dir)}:${port}/${name}`;
    },
    async restart() {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGINT'); // fast shutdown: active transactions are rolled back, clients are cut off
      await exited;
      proc = launch();
      if (!(await ready())) throw new Error(`the PostgreSQL server did not restart: ${log.slice(-500)}`);
    },
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGQUIT'); // immediate shutdown: the cluster is thrown away
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
