/** `verbatim watch --feed URL… --every 15m [--db …] [--once]`: polls feeds on a schedule (see src/queue/watch.ts). */
import { VerbatimError } from '../../model/errors.js';
import { parseDuration } from '../../queue/duration.js';
import { jsonLog } from '../../queue/log.js';
import { watchFeeds } from '../../queue/watch.js';
import { storeLocation } from '../../store/open.js';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from '../io.js';

export interface WatchCliOptions {
  readonly db?: string;
  readonly feed?: string[];
  readonly every?: string;
  readonly once?: boolean;
  readonly inline?: boolean;
  readonly politeness?: string;
  readonly allowPrivate?: boolean;
  readonly fetchTimeout?: string;
}

/** Default polling period: news feeds change every few minutes; a quarter hour is polite and fresh enough. */
const DEFAULT_EVERY = '15m';

export async function watchCommand(options: WatchCliOptions, io: CliIo): Promise<number> {
  const feeds = options.feed ?? [];
  if (feeds.length === 0) {
    throw new VerbatimError('E_OPTION_INVALID', 'no feed to watch', {
      hint: 'pass --feed URL (once per feed)',
    });
  }
  const everyMs = parseDuration(options.every ?? DEFAULT_EVERY, '--every');
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const summary = await watchFeeds({
      db: storeLocation(options.db),
      feeds,
      everyMs,
      once: options.once ?? false,
      inline: options.inline ?? false,
      allowPrivate: options.allowPrivate ?? false,
      log: jsonLog(io.stdout),
      signal: stop.signal,
      ...(options.politeness ? { politenessMs: parseDuration(options.politeness, '--politeness') } : {}),
      ...(options.fetchTimeout
        ? { fetchTimeoutMs: parseDuration(options.fetchTimeout, '--fetch-timeout') }
        : {}),
    });
    io.stderr.write(
      `${summary.polls} polls, ${summary.stored} articles stored, ${summary.failed} jobs failed\n`,
    );
    return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
