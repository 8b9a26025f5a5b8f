/**
 * `verbatim analyze <file|dir|URL|->…`: runs the batch service (src/service/) over the inputs and
 * writes each result as soon as it is ready (so nothing processed is lost if a later input fails,
 * and memory stays flat over any batch), reporting each bad input as one typed error line on stderr.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import stringify from 'json-stringify-pretty-compact';
import { resolveInclude } from '../../analysis/records.js';
import { Analyzer, checkPublished } from '../../analyzer.js';
import { asVerbatimError, VerbatimError } from '../../model/errors.js';
import { analyzeBatch } from '../../service/analyze-batch.js';
import type { BatchInput, BatchSuccess } from '../../service/types.js';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from '../io.js';

export const FORMATS = ['report', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** Show a progress bar only for batches at least this large (small ones finish before it helps). */
const PROGRESS_MIN_INPUTS = 10;
/** `--format json` keeps a record on one line up to this width: spans stay readable, the file small. */
const JSON_LINE_WIDTH = 100;

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
  /** Fetch private, loopback and link-local addresses too. */
  readonly allowPrivate?: boolean;
  /** Inputs read (fetched, extracted) ahead of the analysis. */
  readonly concurrency?: string;
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
  const maxBytes = options.maxBytes ? parseByteCount(options.maxBytes) : undefined;
  const concurrency = options.concurrency ? parseCount(options.concurrency, '--concurrency') : undefined;
  const stages = list(options.stages);
  const include = [...resolveInclude(list(options.include))];
  const analyzer = await Analyzer.create({
    ...(stages ? { stages } : {}),
    ...(options.optional === false ? { skipOptional: true } : {}),
    include,
  });
  const batch: BatchInput[] = (inputs.length || options.feed ? inputs : ['-']).map((source) => ({
    kind: 'source',
    source,
  }));
  if (options.feed) batch.push({ kind: 'feed', source: options.feed });
  if (options.outDir) await mkdir(options.outDir, { recursive: true });

  const render = (r: BatchSuccess): string =>
    format === 'report'
      ? analyzer.report(r.document)
      : format === 'json'
        ? stringify(analyzer.records(r.document, r.timings), { maxLength: JSON_LINE_WIDTH })
        : JSON.stringify(analyzer.records(r.document, r.timings));

  let single = false;
  let bar: SingleBar | undefined;
  let failed = 0;
  let written = 0;
  const results = analyzeBatch(batch, {
    analyzer,
    ...(published ? { published } : {}),
    ...(maxBytes ? { maxBytes } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
    ...(concurrency ? { concurrency } : {}),
    onProgress: (event) => {
      if (event.type === 'start') {
        single = event.total === 1 && inputs.length === 1 && !options.outDir && !options.feed;
        if (io.stderr.isTTY && event.total >= PROGRESS_MIN_INPUTS) {
          bar = new SingleBar({ stream: process.stderr });
          bar.start(event.total, 0);
        }
        if (format === 'json' && !single && !options.outDir) io.stdout.write('[\n');
      } else bar?.increment();
    },
  });
  for await (const result of results) {
    if (!result.ok) {
      failed++;
      bar?.stop();
      io.stderr.write(`error: ${result.error.toLine()}\n`);
      continue;
    }
    try {
      const out = render(result);
      if (options.outDir) {
        await writeOutFile(options.outDir, result.source, format, out, written);
      } else if (format === 'json' && !single) {
        await write(io, `${written > 0 ? ',\n' : ''}${out}`);
      } else {
        await write(io, format === 'report' ? `${written > 0 ? '\n' : ''}${out}` : `${out}\n`);
      }
      written++;
    } catch (error) {
      failed++;
      io.stderr.write(`error: ${asVerbatimError(error, result.source).toLine()}\n`);
    }
  }
  bar?.stop();
  if (format === 'json' && !single && !options.outDir) io.stdout.write('\n]\n');
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

/** The one place `--out-dir` files are written: one file per analysed document. */
async function writeOutFile(
  dir: string,
  source: string,
  format: Format,
  out: string,
  index: number,
): Promise<void> {
  const ext = format === 'report' ? 'txt' : format;
  const name = source === '-' ? 'stdin' : outName(source, index);
  await writeFile(join(dir, `${name}.${ext}`), format === 'report' ? out : `${out}\n`);
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

function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1) return n;
  throw new VerbatimError('E_OPTION_INVALID', `${option} '${value}' is not a positive whole number`, {
    hint: `give a count such as ${option} 4`,
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
