/**
 * `verbatim analyze <file|dir|->…`: reads every input, analyses it, writes the
 * result as soon as it is ready (so nothing processed is lost if a later input
 * fails), and reports each bad input as one typed error line on stderr.
 */
import { SingleBar } from 'cli-progress';
import { toAnalysis } from '../../analysis/records.js';
import { Analyzer, checkPublished } from '../../analyzer.js';
import { expandInputs, type InputRef, type Notice, type ReadInput, readInputs } from '../../ingest/files.js';
import { checkMaxBytes } from '../../ingest/input-check.js';
import { Fetcher } from '../../ingest/net/fetch.js';
import { neutralise } from '../../ingest/safe-output.js';
import { asVerbatimError, VerbatimError } from '../../model/errors.js';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from '../io.js';
import { OutDir, type OutTarget } from '../out-dir.js';

export const FORMATS = ['report', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** Recorded with --out-dir outputs: a new release's outputs are not taken as current. */
const VERSION_TAG = 'verbatim/0.1.0';

/** Show a progress bar only for batches at least this large (small ones finish before it helps). */
const PROGRESS_MIN_INPUTS = 10;

export interface AnalyzeOptions {
  readonly format: string;
  readonly published?: string;
  readonly maxBytes?: string;
  readonly encoding?: string;
  readonly stages?: string;
  /** false (`--no-optional`): don't add the providers of the stages' optional inputs. */
  readonly optional?: boolean;
  readonly outDir?: string;
  /** A feed (URL or file) whose items are analysed. */
  readonly feed?: string;
  /** Fetch private and loopback addresses too. */
  readonly allowPrivate?: boolean;
  /** Fetch link-local and cloud metadata addresses too (never implied by allowPrivate). */
  readonly allowLinkLocal?: boolean;
  /** Total seconds for one URL (connect, headers, whole body). */
  readonly fetchTimeout?: string;
  /** Items read from one feed. */
  readonly maxFeedItems?: string;
  /** Redo inputs whose output in --out-dir is current. */
  readonly force?: boolean;
}

export async function analyzeCommand(
  inputs: readonly string[],
  options: AnalyzeOptions,
  io: CliIo,
): Promise<number> {
  const format = parseFormat(options.format);
  const published = options.published ? checkPublished(options.published) : undefined;
  const maxBytes = options.maxBytes !== undefined ? parseByteCount(options.maxBytes) : undefined;
  const maxFeedItems =
    options.maxFeedItems !== undefined ? parseCount(options.maxFeedItems, '--max-feed-items') : undefined;
  const deadlineMs =
    options.fetchTimeout !== undefined
      ? parseCount(options.fetchTimeout, '--fetch-timeout') * 1000
      : undefined;
  const stages = options.stages
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const args = inputs.length || options.feed ? inputs : ['-'];
  const skipOptional = options.optional === false;
  const outDir = options.outDir
    ? await OutDir.open(options.outDir, [...args, ...(options.feed ? [options.feed] : [])], {
        ext: format === 'report' ? 'txt' : format,
        fingerprint: {
          format,
          stages,
          skipOptional,
          published,
          encoding: options.encoding,
          version: VERSION_TAG,
        },
        ...(options.force ? { force: true } : {}),
      })
    : undefined;
  const analyzer = await Analyzer.create({
    ...(stages ? { stages } : {}),
    ...(skipOptional ? { skipOptional: true } : {}),
    ...(maxBytes ? { maxBytes } : {}),
  });
  const refs: (InputRef | VerbatimError)[] = await expandInputs(args);
  if (options.feed) refs.push({ source: options.feed, feed: true });
  const needsNet = refs.some((r) => !(r instanceof VerbatimError) && (r.feed || /^https?:/i.test(r.source)));
  const fetcher = needsNet
    ? new Fetcher({
        allowPrivate: options.allowPrivate ?? false,
        allowLinkLocal: options.allowLinkLocal ?? false,
        ...(maxBytes ? { maxBytes } : {}),
        ...(deadlineMs ? { deadlineMs } : {}),
      })
    : undefined;

  const single = refs.length === 1 && inputs.length === 1 && !options.outDir && !options.feed;
  const bar =
    io.stderr.isTTY && refs.length >= PROGRESS_MIN_INPUTS
      ? new SingleBar({ stream: process.stderr })
      : undefined;
  bar?.start(refs.length, 0);
  let failed = 0;
  let written = 0;
  let skipped = 0;
  if (format === 'json' && !single && !options.outDir) io.stdout.write('[\n');

  const emit = async (input: ReadInput, source: string, target?: OutTarget): Promise<void> => {
    const { document, timings } = analyzer.run({ ...input, ...(published ? { published } : {}) });
    const out =
      format === 'report'
        ? analyzer.report(document)
        : JSON.stringify(toAnalysis(document, timings), null, format === 'json' ? 2 : undefined);
    if (outDir) {
      const to = target ?? outDir.target(source);
      if (to.warning) io.stderr.write(`warning: ${neutralise(to.warning)}\n`);
      await outDir.write(to, format === 'report' ? out : `${out}\n`);
    } else if (format === 'json' && !single) {
      io.stdout.write(`${written > 0 ? ',\n' : ''}${out}`);
    } else {
      io.stdout.write(
        format === 'report' && written > 0 ? `\n${out}` : format === 'report' ? out : `${out}\n`,
      );
    }
    written++;
  };
  const fail = (error: unknown, source: string | undefined): void => {
    failed++;
    const e = asVerbatimError(error, source);
    if (bar) bar.stop();
    io.stderr.write(`error: ${neutralise(e.toLine())}\n`);
  };
  const notice = (n: Notice): void => {
    io.stderr.write(`warning: ${neutralise(`${n.file}: ${n.message}; fix: ${n.hint}`)}\n`);
  };

  for (const ref of refs) {
    try {
      if (ref instanceof VerbatimError) throw ref;
      // A file's output is named from its path; a feed's items from their own links.
      const target = outDir && !ref.feed ? outDir.target(ref.source, ref.root) : undefined;
      if (target && (await outDir!.isCurrent(target, ref.source))) {
        skipped++;
        bar?.increment();
        continue;
      }
      const inputs = await readInputs(ref, {
        ...(maxBytes ? { maxBytes } : {}),
        ...(maxFeedItems ? { maxFeedItems } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(fetcher ? { fetcher } : {}),
        onNotice: notice,
      });
      for (const input of inputs) {
        if (input instanceof VerbatimError) {
          fail(input, input.file ?? ref.source);
          continue;
        }
        const source = input.meta.url ?? input.meta.source ?? ref.source;
        const own = (input.meta.source ?? ref.source) === ref.source;
        try {
          await emit(input, source, own ? target : outDir?.target(input.meta.source ?? source));
        } catch (error) {
          fail(error, source);
        }
      }
    } catch (error) {
      fail(error, ref instanceof VerbatimError ? ref.file : ref.source);
    }
    bar?.increment();
  }
  await fetcher?.close();
  bar?.stop();
  if (format === 'json' && !single && !options.outDir) io.stdout.write('\n]\n');
  if (skipped > 0) {
    io.stderr.write(
      `skipped ${skipped} input${skipped === 1 ? '' : 's'} whose output in ${options.outDir} is current; pass --force to redo them\n`,
    );
  }
  if (failed > 0) {
    io.stderr.write(`${failed} input${failed === 1 ? '' : 's'} failed; ${written} analysed\n`);
    return EXIT_SOME_FAILED;
  }
  return EXIT_OK;
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new VerbatimError('E_OPTION_INVALID', `unknown format '${value}'`, {
    hint: `use one of: ${FORMATS.join(', ')}`,
  });
}

/** `200000000`, `200MB`, `200M`, `1.5GiB` → bytes. */
export function parseByteCount(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(i?b)?$/i.exec(value.trim());
  if (!m) {
    throw new VerbatimError('E_OPTION_INVALID', `--max-bytes '${value}' is not a size`, {
      hint: 'give a byte count such as 250000000 or 250MB',
    });
  }
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(m[1]) * unit);
  // 0 is not "unlimited": a limit is always a size (checkMaxBytes says so).
  return checkMaxBytes(bytes, `--max-bytes '${value}' =`);
}

/** A whole number of at least 1 for a count option (`--max-feed-items 5000`, `--fetch-timeout 30`). */
export function parseCount(value: string, option: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new VerbatimError('E_OPTION_INVALID', `${option} '${value}' is not a whole number of at least 1`, {
      hint: `give a positive whole number, e.g. ${option} 5000`,
    });
  }
  return n;
}
