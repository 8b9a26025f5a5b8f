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
import { expandInputs, readInput } from '../../ingest/files.js';
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
  readonly outDir?: string;
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
  const analyzer = await Analyzer.create(stages ? { stages } : {});
  const refs = await expandInputs(inputs.length ? inputs : ['-']);
  if (options.outDir) await mkdir(options.outDir, { recursive: true });

  const single = refs.length === 1 && inputs.length === 1 && !options.outDir;
  const bar =
    io.stderr.isTTY && refs.length >= PROGRESS_MIN_INPUTS
      ? new SingleBar({ stream: process.stderr })
      : undefined;
  bar?.start(refs.length, 0);
  let failed = 0;
  let written = 0;
  if (format === 'json' && !single && !options.outDir) io.stdout.write('[\n');

  for (const ref of refs) {
    try {
      if (ref instanceof VerbatimError) throw ref;
      const input = await readInput(ref, {
        ...(maxBytes ? { maxBytes } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
      });
      const { document, timings } = analyzer.run({ ...input, ...(published ? { published } : {}) });
      const out =
        format === 'report'
          ? analyzer.report(document)
          : JSON.stringify(toAnalysis(document, timings), null, format === 'json' ? 2 : undefined);
      if (options.outDir) {
        const ext = format === 'report' ? 'txt' : format;
        const name = ref.source === '-' ? 'stdin' : basename(ref.source).replace(/\.[^.]+$/, '');
        await writeFile(join(options.outDir, `${name}.${ext}`), format === 'report' ? out : `${out}\n`);
      } else if (format === 'json' && !single) {
        io.stdout.write(`${written > 0 ? ',\n' : ''}${out}`);
      } else {
        io.stdout.write(
          format === 'report' && written > 0 ? `\n${out}` : format === 'report' ? out : `${out}\n`,
        );
      }
      written++;
    } catch (error) {
      failed++;
      const source = ref instanceof VerbatimError ? ref.file : ref.source;
      const e = asVerbatimError(error, source);
      if (bar) bar.stop();
      io.stderr.write(`error: ${e.toLine()}\n`);
    }
    bar?.increment();
  }
  bar?.stop();
  if (format === 'json' && !single && !options.outDir) io.stdout.write('\n]\n');
  if (failed > 0) {
    io.stderr.write(
      `${failed} of ${refs.length} input${refs.length === 1 ? '' : 's'} failed; ${written} analysed\n`,
    );
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
  return Math.round(Number(m[1]) * unit);
}
