/**
 * `verbatim serve` (and `npm start`): the HTTP API and the web app on 127.0.0.1, printing the URL.
 * Options fall back to the environment: $PORT, $VERBATIM_DB, $VERBATIM_TOKEN, $HOST.
 */
import { EXAMPLES_DIR } from '../../api/demo.js';
import { buildServer } from '../../api/server.js';
import { VerbatimError } from '../../model/errors.js';
import { openStore, storeLocation } from '../../store/index.js';
import { AnalysisPool } from '../../store/worker/analysis-pool.js';
import type { CliIo } from '../io.js';
import { parseCount } from './analyze.js';

/** Default port: free on most machines, and not a common dev-server default. */
export const DEFAULT_PORT = 8787;

export interface ServeOptions {
  /** Store path or URL (default $VERBATIM_DB, else ./verbatim.db). */
  readonly db?: string;
  /** Ingest the bundled demo corpus when the store is empty. */
  readonly demo?: boolean;
  readonly host?: string;
  readonly port?: string;
  readonly token?: string;
  readonly allowPrivate?: boolean;
  readonly allowLinkLocal?: boolean;
  readonly fetchTimeout?: string;
}

export interface RunningServer {
  readonly url: string;
  /** Where the corpus is stored. */
  readonly store: string;
  close(): Promise<void>;
}

export function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new VerbatimError('E_OPTION_INVALID', `port '${value}' is not a port number`, {
      hint: 'give --port a number from 0 to 65535 (0 picks a free port)',
    });
  }
  return port;
}

export async function startServe(options: ServeOptions, env = process.env): Promise<RunningServer> {
  const host = options.host ?? env['HOST'] ?? '127.0.0.1';
  const port = parsePort(options.port ?? env['PORT']);
  const token = options.token ?? env['VERBATIM_TOKEN'];
  const fetchDeadlineMs = options.fetchTimeout
    ? parseCount(options.fetchTimeout, '--fetch-timeout') * 1000
    : undefined;
  // The worker thread loads the models while the store opens and the server starts.
  const runner = new AnalysisPool();
  const store = await openStore(storeLocation(options.db, env)).catch(async (error: unknown) => {
    await runner.close();
    throw error;
  });
  const app = await buildServer({
    runner,
    store,
    host,
    token,
    allowPrivate: options.allowPrivate ?? false,
    allowLinkLocal: options.allowLinkLocal ?? false,
    ...(fetchDeadlineMs ? { fetchDeadlineMs } : {}),
    demoDir: options.demo ? EXAMPLES_DIR : undefined,
  }).catch(async (error: unknown) => {
    await store.close();
    await runner.close();
    throw error;
  });
  app.addHook('onClose', async () => {
    await store.close();
    await runner.close();
  });
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new VerbatimError('E_OPTION_INVALID', `cannot listen on ${host}:${port} (${code ?? error})`, {
      hint:
        code === 'EADDRINUSE' ? 'another program uses this port: pass --port <n> or set $PORT' : undefined,
      cause: error,
    });
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${actualPort}/`, store: store.url, close: () => app.close() };
}

export async function serveCommand(options: ServeOptions, io: CliIo): Promise<number> {
  const server = await startServe(options);
  io.stdout.write(`Verbatim is running at ${server.url}  (store: ${server.store}; Ctrl-C stops it)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
