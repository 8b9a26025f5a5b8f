/**
 * `verbatim analyze <file|dir|->…`: reads every input, analyses it, writes the
 * result as soon as it is ready (so nothing processed is lost if a later input
 * fails), and reports each bad input as one typed error line on stderr.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { toAnalysis } from '../../analysis/records.js';
import { Analyzer, checkPublished } from '../../analyzer.js';
import { expandInputs, type InputRef, type ReadInput, readInputs } from '../../ingest/files.js';
import { Fetcher } from '../../ingest/net/fetch.js';
import { asVerbatimError, VerbatimError } from '../../model/errors.js';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from '../io.js';

export const FORMATS = ['report', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

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
  /** Fetch private, loopback and link-local addresses too. */
  readonly allowPrivate?: boolean;
}

export async function analyzeCommand(
  inputs: readonly string[],
  options: AnalyzeOptions,
  io: CliIo,
): Promise<number> {
  const format = parseFormat(options.format);
  const published = options.published ? checkPublished(options.published) : undefined;
  const maxBytes = options.maxBytes ? parseByteCount(options.maxBytes) : undefined;
  const stages = options.stages
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const analyzer = await Analyzer.create({
    ...(stages ? { stages } : {}),
    ...(options.optional === false ? { skipOptional: true } : {}),
  });
  const refs: (InputRef | VerbatimError)[] = await expandInputs(
    inputs.length || options.feed ? inputs : ['-'],
  );
  if (options.feed) refs.push({ source: options.feed, feed: true });
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  const needsNet = refs.some((r) => !(r instanceof VerbatimError) && (r.feed || /^https?:/i.test(r.source)));
  const fetcher = needsNet
    ? new Fetcher({ allowPrivate: options.allowPrivate ?? false, ...(maxBytes ? { maxBytes } : {}) })
    : undefined;

  const single = refs.length === 1 && inputs.length === 1 && !options.outDir && !options.feed;
  const bar =
    io.stderr.isTTY && refs.length >= PROGRESS_MIN_INPUTS
      ? new SingleBar({ stream: process.stderr })
      : undefined;
  bar?.start(refs.length, 0);
  let failed = 0;
  let written = 0;
  if (format === 'json' && !single && !options.outDir) io.stdout.write('[\n');

  const emit = async (input: ReadInput, source: string): Promise<void> => {
    const { document, timings } = analyzer.run({ ...input, ...(published ? { published } : {}) });
    const out =
      format === 'report'
        ? analyzer.report(document)
        : JSON.stringify(toAnalysis(document, timings), null, format === 'json' ? 2 : undefined);
    if (options.outDir) {
      const ext = format === 'report' ? 'txt' : format;
      const name = source === '-' ? 'stdin' : outName(source, written);
      await writeFile(join(options.outDir, `${name}.${ext}`), format === 'report' ? out : `${out}\n`);
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
    io.stderr.write(`error: ${e.toLine()}\n`);
  };

  for (const ref of refs) {
    try {
      if (ref instanceof VerbatimError) throw ref;
      const inputs = await readInputs(ref, {
        ...(maxBytes ? { maxBytes } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(fetcher ? { fetcher } : {}),
      });
      for (const input of inputs) {
        if (input instanceof VerbatimError) {
          fail(input, input.file ?? ref.source);
          continue;
        }
        try {
          await emit(input, input.meta.url ?? ref.source);
        } catch (error) {
          fail(error, input.meta.url ?? ref.source);
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
  if (failed > 0) {
    io.stderr.write(`${failed} input${failed === 1 ? '' : 's'} failed; ${written} analysed\n`);
    return EXIT_SOME_FAILED;
  }
  return EXIT_OK;
}

/** Output file name for an input: the file's base name, or the URL's last path part. */
function outName(source: string, index: number): string {
  const base = basename(source.replace(/[?#].*$/, '').replace(/\/+$/, '')).replace(
    /\.(?:html?|txt|xml)(?:\.gz)?$/i,
    '',
  );
  const safe = base.replace(/[^\w.-]+/g, '_').slice(0, 80);
  return safe && /^https?:/i.test(source)
    ? `${String(index + 1).padStart(4, '0')}-${safe}`
    : safe || `input-${index + 1}`;
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
  return Math.round(Number(m[1]) * unit);
}
