/**
 * `verbatim analyze <file|dir|URL|->…`: runs the batch service (src/service/) over the inputs and
 * writes each result as soon as it is ready (so nothing processed is lost if a later input fails,
 * and memory stays flat over any batch), reporting each bad input as one typed error line on stderr.
 */
import { SingleBar } from 'cli-progress';
import { resolveInclude } from '../../analysis/records.js';
import { releaseUnreadLayers } from '../../analysis/release.js';
import { releaseWindowedRecords } from '../../analysis/window-records.js';
import { releaseWindowedReport } from '../../analysis/window-report.js';
import { Analyzer, checkPublished } from '../../analyzer.js';
import type { InputRef, Notice } from '../../ingest/files.js';
import { checkMaxBytes } from '../../ingest/input-check.js';
import { neutralise } from '../../ingest/safe-output.js';
import { asVerbatimError, VerbatimError } from '../../model/errors.js';
import { analyzeBatch } from '../../service/analyze-batch.js';
import { FileJsonSpill } from '../../service/json-spill-file.js';
import type { BatchInput, BatchSuccess } from '../../service/types.js';
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
  /** Comma-separated extra records: tokens, pos, sentences, entities, mentions, timings. */
  readonly include?: string;
  readonly outDir?: string;
  /** A feed (URL or file) whose items are analysed. */
  readonly feed?: string;
  /** Fetch private and loopback addresses too. */
  readonly allowPrivate?: boolean;
  /** Inputs read (fetched, extracted) ahead of the analysis. */
  readonly concurrency?: string;
  /** Fetch link-local and cloud metadata addresses too (never implied by allowPrivate). */
  readonly allowLinkLocal?: boolean;
  /** Total seconds for one URL (connect, headers, whole body). */
  readonly fetchTimeout?: string;
  /** Items read from one feed. */
  readonly maxFeedItems?: string;
  /** Redo inputs whose output in --out-dir is current. */
  readonly force?: boolean;
}

function list(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function analyzeCommand(
  inputs: readonly string[],
  options: AnalyzeOptions,
  io: CliIo,
): Promise<number> {
  const format = parseFormat(options.format);
  const published = options.published ? checkPublished(options.published) : undefined;
  const maxBytes = options.maxBytes !== undefined ? parseByteCount(options.maxBytes) : undefined;
  const concurrency = options.concurrency ? parseCount(options.concurrency, '--concurrency') : undefined;
  const maxFeedItems =
    options.maxFeedItems !== undefined ? parseCount(options.maxFeedItems, '--max-feed-items') : undefined;
  const deadlineMs =
    options.fetchTimeout !== undefined
      ? parseCount(options.fetchTimeout, '--fetch-timeout') * 1000
      : undefined;
  const stages = list(options.stages);
  const include = [...resolveInclude(list(options.include))];
  const skipOptional = options.optional === false;
  const args = inputs.length || options.feed ? inputs : ['-'];
  const outDir = options.outDir
    ? await OutDir.open(options.outDir, [...args, ...(options.feed ? [options.feed] : [])], {
        ext: format === 'report' ? 'txt' : format,
        fingerprint: {
          format,
          stages,
          skipOptional,
          include,
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
    include,
    // A huge text's JSON (window-records.ts) or report lines (window-report.ts) wait in a temporary
    // file while its windows run, not as merged layers.
    ...(format === 'report' ? { windowedReport: true } : { windowedJson: true }),
    jsonSpill: () => new FileJsonSpill(),
  });
  const batch: BatchInput[] = args.map((source) => ({ kind: 'source', source }));
  if (options.feed) batch.push({ kind: 'feed', source: options.feed });
  /** A file's output target, named from its path (found before reading, to skip current outputs). */
  const targets = new Map<InputRef, OutTarget>();
  const skip = outDir
    ? async (ref: InputRef): Promise<boolean> => {
        if (ref.feed) return false;
        const target = outDir.target(ref.source, ref.root);
        targets.set(ref, target);
        return outDir.isCurrent(target, ref.source);
      }
    : undefined;
  const notice = (n: Notice): void => {
    io.stderr.write(`warning: ${neutralise(`${n.file}: ${n.message}; fix: ${n.hint}`)}\n`);
  };

  // json and jsonl are compact (one line per analysis): pipe through `jq` to read them. They are
  // rendered in pieces, so one huge document's JSON is never one string (analysis/json-stream.ts).
  // The document is dropped once written: the layers its records do not read go first (release.ts).
  const includes = new Set(include);
  const render = (r: BatchSuccess): Iterable<string> => {
    if (format === 'report') return analyzer.reportPieces(r.document);
    releaseUnreadLayers(r.document, includes);
    return analyzer.recordsJson(r.document, r.timings);
  };

  let single = false;
  let bar: SingleBar | undefined;
  let failed = 0;
  let written = 0;
  let skipped = 0;
  const results = analyzeBatch(batch, {
    analyzer,
    ...(published ? { published } : {}),
    ...(maxBytes ? { maxBytes } : {}),
    ...(maxFeedItems ? { maxFeedItems } : {}),
    ...(deadlineMs ? { deadlineMs } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
    ...(options.allowLinkLocal ? { allowLinkLocal: true } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(skip ? { skip } : {}),
    onNotice: notice,
    onProgress: (event) => {
      if (event.type === 'start') {
        single = event.total === 1 && inputs.length === 1 && !options.outDir && !options.feed;
        if (io.stderr.isTTY && event.total >= PROGRESS_MIN_INPUTS) {
          bar = new SingleBar({ stream: process.stderr });
          bar.start(event.total, 0);
        }
        if (format === 'json' && !single && !options.outDir) io.stdout.write('[\n');
      } else {
        if (event.skipped) skipped++;
        bar?.increment();
      }
    },
  });
  for await (const result of results) {
    if (!result.ok) {
      failed++;
      bar?.stop();
      io.stderr.write(`error: ${neutralise(result.error.toLine())}\n`);
      continue;
    }
    try {
      const pieces = render(result);
      if (outDir) {
        await writeOutFile(io, outDir, targets, result, format, [...pieces].join(''));
      } else {
        // Between outputs: a report's blank line, a json array's comma; after one: a JSON line's end.
        const list = format === 'json' && !single;
        const separator = format === 'report' ? '\n' : list ? ',\n' : '';
        if (written > 0 && separator) await write(io, separator);
        for (const piece of pieces) await write(io, piece);
        if (format !== 'report' && !list) await write(io, '\n');
      }
      written++;
    } catch (error) {
      failed++;
      io.stderr.write(`error: ${neutralise(asVerbatimError(error, result.source).toLine())}\n`);
    } finally {
      releaseWindowedRecords(result.document);
      releaseWindowedReport(result.document);
    }
  }
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

/** Writes to standard output, waiting when the pipe is full so a slow reader never makes us buffer. */
async function write(io: CliIo, chunk: string): Promise<void> {
  const out = io.stdout as { write(chunk: string): unknown; once?: (event: 'drain', fn: () => void) => void };
  if (out.write(chunk) === false && out.once)
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
}

/**
 * The one place `--out-dir` files are written (through OutDir: atomic, named from the input's path): a file
 * keeps the target found before it was read; a feed item is named from its own link.
 */
async function writeOutFile(
  io: CliIo,
  outDir: OutDir,
  targets: Map<InputRef, OutTarget>,
  result: BatchSuccess,
  format: Format,
  out: string,
): Promise<void> {
  const ref = result.ref;
  const own = ref !== undefined && !ref.feed && (result.document.meta.source ?? ref.source) === ref.source;
  const to =
    (own ? targets.get(ref) : undefined) ??
    outDir.target(
      own ? ref.source : (result.document.meta.source ?? result.source),
      own ? ref.root : undefined,
    );
  if (to.warning) io.stderr.write(`warning: ${neutralise(to.warning)}\n`);
  await outDir.write(to, format === 'report' ? out : `${out}\n`);
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
