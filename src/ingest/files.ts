/**
 * Reading inputs (Node only): files, directories walked recursively, standard
 * input, URLs and feeds. Each input is read on its own so that one bad file
 * yields one typed error and the batch goes on.
 *
 * Dispatch: by extension first (.txt → text; .html/.htm/.xhtml[.gz] → HTML;
 * .xml/.rss/.atom → feed), then by sniffing the decoded start (a feed root
 * element → feed; a doctype or <html>/<head>/<body> → HTML; else text). Gzip
 * is recognised by its magic bytes and inflated under the size cap.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Block, DocumentMeta } from '../model/document.js';
import { asVerbatimError, VerbatimError } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { looksLikeFeed } from './feed-sniff.js';
import { gunzipCapped, isGzip } from './gzip.js';
import { decodeHtmlBytes } from './html/charset.js';
import { DEFAULT_MAX_BYTES } from './input-check.js';
import type { Fetcher } from './net/fetch.js';

export { DEFAULT_MAX_BYTES };

/** Extensions picked up when walking a directory. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text']);
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
export const FEED_EXTENSIONS: ReadonlySet<string> = new Set(['.xml', '.rss', '.atom']);

const URL_RE = /^https?:\/\//i;
const HTML_SNIFF_RE = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;

export type InputKind = 'text' | 'html' | 'feed';

export interface InputRef {
  /** A path, a URL, or `-` for standard input. */
  readonly source: string;
  /** The directory argument a walked file was found under (outputs keep the path relative to it). */
  readonly root?: string;
  /** Read the input as a feed (`--feed`). */
  readonly feed?: boolean;
}

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly encoding?: string;
  /** Needed for URLs and for feed items that carry only a summary. */
  readonly fetcher?: Fetcher;
  /** Items read from one feed (default MAX_FEED_ITEMS, feed.ts). */
  readonly maxFeedItems?: number;
  /** Told about what was left out of an input that still gave documents (a feed over its item limit). */
  readonly onNotice?: (notice: Notice) => void;
}

/** Something a user should know about an input that was still read: what happened, and the fix. */
export interface Notice {
  readonly file: string;
  readonly message: string;
  readonly hint: string;
}

export interface ReadInput {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly warnings: readonly string[];
  /** Blocks found by the reader (HTML); absent for plain text. */
  readonly blocks?: readonly Block[];
}

/** Expands the command line's inputs into single inputs; missing paths become errors, not exceptions. */
export async function expandInputs(args: readonly string[]): Promise<(InputRef | VerbatimError)[]> {
  const out: (InputRef | VerbatimError)[] = [];
  for (const arg of args) {
    if (arg === '-' || URL_RE.test(arg)) {
      out.push({ source: arg });
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
      const files = await walk(arg);
      if (files.length === 0) {
        out.push(
          new VerbatimError('E_INPUT_NO_FILES', 'the directory holds no input files', {
            file: arg,
            hint: `name the files ${[...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...FEED_EXTENSIONS].join(', ')} (optionally .gz), or pass a file itself to have its kind sniffed`,
          }),
        );
      }
      for (const file of files) out.push(file instanceof VerbatimError ? file : { source: file, root: arg });
    } else {
      out.push({ source: arg });
    }
  }
  return out;
}

/** Lists a directory's entries (injectable for tests: permissions cannot be denied to root). */
export type ListDirectory = (dir: string) => Promise<Dirent[]>;
const listDirectory: ListDirectory = (dir) => readdir(dir, { withFileTypes: true });

/**
 * The input files under a directory, in name order. An unreadable directory is one E_INPUT_READ
 * error in the list (the rest of the walk goes on), not a failure of the run. Iterative: a deep tree
 * cannot overflow the stack. Symbolic links are followed (as `grep -R` does): a link to a directory
 * is walked once, whatever the path it is reached by, so a link back up the tree cannot loop; a
 * broken link with an input's name is an E_INPUT_READ error.
 */
export async function walk(
  root: string,
  list: ListDirectory = listDirectory,
): Promise<(string | VerbatimError)[]> {
  const files: (string | VerbatimError)[] = [];
  const seenDirs = new Set<string>([await realpath(root).catch(() => root)]);
  // Depth-first in name order, with an explicit stack of directories still to list.
  const pending: (string | { file: string } | VerbatimError)[] = [root];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next instanceof VerbatimError) {
      files.push(next);
      continue;
    }
    if (typeof next !== 'string') {
      files.push(next.file);
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await list(next);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      files.push(
        new VerbatimError('E_INPUT_READ', `cannot list the directory (${code}); its files were skipped`, {
          file: next,
          cause: error,
          hint: "check the directory's permissions (it needs read and execute), or leave it out",
        }),
      );
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const here: (string | { file: string } | VerbatimError)[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(next, e.name);
      if (e.isSymbolicLink()) {
        const target = await linkTarget(path, seenDirs);
        if (target === 'dir') here.push(path);
        else if (target === 'file' && walkedKind(e.name)) here.push({ file: path });
        else if (target instanceof VerbatimError && walkedKind(e.name)) here.push(target);
      } else if (e.isDirectory()) {
        if (markSeen(seenDirs, await realpath(path).catch(() => path))) here.push(path);
      } else if (e.isFile() && walkedKind(e.name)) here.push({ file: path });
    }
    for (let i = here.length - 1; i >= 0; i--) pending.push(here[i]!);
  }
  return files;
}

/** Adds a directory's real path to the walked set; false when it was walked already. */
function markSeen(seen: Set<string>, real: string): boolean {
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

/** What a symbolic link leads to: a directory not walked yet, a file, nothing to walk, or a broken link. */
async function linkTarget(
  path: string,
  seenDirs: Set<string>,
): Promise<'dir' | 'file' | 'skip' | VerbatimError> {
  try {
    const info = await stat(path);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return markSeen(seenDirs, await realpath(path)) ? 'dir' : 'skip';
    return 'skip';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return new VerbatimError('E_INPUT_READ', `the symbolic link leads nowhere (${code})`, {
      file: path,
      cause: error,
      hint: 'fix or remove the link',
    });
  }
}

/** The kind a file name promises, or undefined when a directory walk should skip it. */
export function walkedKind(name: string): InputKind | undefined {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const ext = extname(lower);
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (FEED_EXTENSIONS.has(ext)) return 'feed';
  return undefined;
}

/** The kind of an input from its name, else from its first characters. */
export function sniffKind(name: string, head: string): InputKind {
  const byName = walkedKind(name);
  if (byName === 'text') return 'text';
  if (looksLikeFeed(head)) return 'feed';
  if (byName) return byName;
  return HTML_SNIFF_RE.test(head) ? 'html' : 'text';
}

/**
 * Reads one input into one or more analyser inputs (a feed gives one per item).
 * A failure of the whole input throws; a failing feed item is returned as its error.
 */
export async function readInputs(
  ref: InputRef,
  options: ReadOptions = {},
): Promise<(ReadInput | VerbatimError)[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const source = ref.source;
  let bytes: Uint8Array;
  let contentType: string | undefined;
  let url: string | undefined;
  if (URL_RE.test(source)) {
    if (!options.fetcher)
      throw new VerbatimError('E_INTERNAL', 'URL input without a fetcher', { file: source });
    const page = await options.fetcher.fetch(source);
    bytes = page.bytes;
    contentType = page.contentType;
    url = page.url;
  } else {
    bytes = source === '-' ? await readStdin(maxBytes) : await readFileChecked(source, maxBytes);
    if (isGzip(bytes)) bytes = gunzipCapped(bytes, maxBytes, source);
  }
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const kind = ref.feed
    ? 'feed'
    : url
      ? /xml|rss|atom/i.test(contentType ?? '') || looksLikeFeed(head)
        ? 'feed'
        : /text\/plain/i.test(contentType ?? '')
          ? 'text'
          : 'html'
      : sniffKind(source, head);
  // Feed and HTML readers (an XML parser, a DOM, Readability) load on first use: `verbatim ingest` of text files
  // keeps them out of its writing thread.
  if (kind === 'feed') {
    const { MAX_FEED_ITEMS, parseFeed } = await import('./feed.js');
    const { feedArticles } = await import('./feed-articles.js');
    const decoded = decodeHtmlBytes(bytes, { source, ...(contentType ? { contentType } : {}) });
    const limit = options.maxFeedItems ?? MAX_FEED_ITEMS;
    const feed = parseFeed(decoded.html, source, { maxItems: limit });
    if (feed.totalItems > feed.items.length) {
      options.onNotice?.({
        file: source,
        message: `the feed holds ${feed.totalItems} items; only the first ${limit} were read`,
        hint: `pass --max-feed-items ${feed.totalItems} to read them all`,
      });
    }
    const items = await feedArticles(feed, source, options.fetcher);
    return items.map((r) =>
      r instanceof VerbatimError ? r : { ...r, warnings: r.warnings ?? [], meta: r.meta ?? {} },
    );
  }
  if (kind === 'html') {
    const decoded = decodeHtmlBytes(bytes, {
      source,
      ...(contentType ? { contentType } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    const { htmlInput } = await import('./html/document.js');
    try {
      const input = htmlInput(decoded.html, {
        source,
        encoding: decoded.encoding,
        warnings: decoded.warnings,
        ...(url ? { url } : {}),
      });
      return [
        {
          text: input.text,
          meta: input.meta ?? {},
          warnings: input.warnings ?? [],
          ...(input.blocks ? { blocks: input.blocks } : {}),
        },
      ];
    } catch (error) {
      throw asVerbatimError(error, source);
    }
  }
  return [decodeText(bytes, source, options.encoding)];
}

/** Reads one input that must give exactly one document (a text or HTML file). */
export async function readInput(ref: InputRef, options: ReadOptions = {}): Promise<ReadInput> {
  const [first, ...rest] = await readInputs(ref, options);
  if (!first || rest.length > 0) {
    throw new VerbatimError('E_INPUT_UNSUPPORTED', 'input holds several articles (a feed)', {
      file: ref.source,
    });
  }
  if (first instanceof VerbatimError) throw first;
  return first;
}

function decodeText(bytes: Uint8Array, file: string, encoding?: string): ReadInput {
  const decoded = decodeBytes(bytes, {
    source: file,
    ...(encoding ? { encoding } : {}),
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
