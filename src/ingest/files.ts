/**
 * Reading inputs from the file system (Node only): files, directories walked
 * recursively, and standard input. Each input is read on its own so that one
 * bad file yields one typed error and the batch goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DocumentMeta } from '../model/document.js';
import { VerbatimError } from '../model/errors.js';
import { decodeBytes } from './decode.js';

/** Default size limit: news articles are well under 1 MB; 32 MiB leaves room for long reports and still fails fast on dumps. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Extensions picked up when walking a directory. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text']);

export interface InputRef {
  /** A path, or `-` for standard input. */
  readonly source: string;
}

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly encoding?: string;
}

export interface ReadInput {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly warnings: readonly string[];
}

/** Expands the command line's inputs into single inputs; missing paths become errors, not exceptions. */
export async function expandInputs(args: readonly string[]): Promise<(InputRef | VerbatimError)[]> {
  const out: (InputRef | VerbatimError)[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ source: '-' });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(arg);
    } catch {
      out.push(new VerbatimError('E_INPUT_NOT_FOUND', 'no such file or directory', { file: arg }));
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(arg)) out.push({ source: file });
    } else {
      out.push({ source: arg });
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path)));
    else if (e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** Reads and decodes one input; throws a typed VerbatimError naming the file on any problem. */
export async function readInput(ref: InputRef, options: ReadOptions = {}): Promise<ReadInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = ref.source;
  const bytes = file === '-' ? await readStdin(maxBytes) : await readFileChecked(file, maxBytes);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.gz' || ext === '.xml') {
    throw new VerbatimError('E_INPUT_UNSUPPORTED', `${ext} input is not supported yet`, {
      file,
      hint: 'pass the article as plain text (.txt)',
    });
  }
  const decoded = decodeBytes(bytes, {
    source: file,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  return {
    text: decoded.text,
    meta: { source: file, encoding: decoded.encoding },
    warnings: decoded.warnings,
  };
}

async function readFileChecked(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new VerbatimError('E_INPUT_NOT_FOUND', 'no such file', { file, cause: error });
  }
  if (size > maxBytes) throw tooLarge(file, size, maxBytes);
  try {
    return await readFile(file);
  } catch (error) {
    throw new VerbatimError('E_INPUT_READ', `cannot read: ${(error as Error).message}`, {
      file,
      cause: error,
    });
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) throw tooLarge('-', total, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function tooLarge(file: string, size: number, maxBytes: number): VerbatimError {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return new VerbatimError('E_INPUT_TOO_LARGE', `input is ${mb(size)}, over the ${mb(maxBytes)} limit`, {
    file,
    hint: `split the file, or raise the limit with --max-bytes ${size}`,
  });
}
