/**
 * The browser entry (`verbatim/browser`, prebuilt as dist/verbatim.browser.js by `npm run build:browser`):
 * the same analysis of plain text as `verbatim`, with models fetched over HTTP instead of read from disk.
 *
 * `loadModels()` fetches every model file the default pipeline reads from a base URL (default: the package's
 * models/ folder, `../models/` from this module in dist/ or src/), gunzips `.gz` files with the standard
 * `DecompressionStream`, and installs them as the model source (src/runtime/model-file.ts), so the stages'
 * synchronous readers run unchanged. `analyze()` and `createAnalyzer()` call it once when needed.
 * Nothing here reaches a `node:` module: files, URLs, feeds and the CLI stay in the Node entry.
 */
import type { Analysis } from './analysis/records.js';
import { type AnalyzeInput, Analyzer, type AnalyzerOptions } from './analyzer.js';
import { VerbatimError } from './model/errors.js';
import {
  FILE_MODEL_SOURCE,
  type ModelSource,
  modelFileName,
  preloadedModelSource,
  setModelSource,
} from './runtime/model-file.js';
import { isNode } from './runtime/node-builtins.js';

export * from './exports.js';

/** Every file under models/ that the default pipeline reads (test/browser checks this against a Node run). */
export const MODEL_FILES = [
  'sentences.json.gz',
  'pos-ewt.bin.gz',
  'ner.bin.gz',
  'actor-dictionary.json',
  'quote-cues.json',
  'quote-cue-yield.json',
  'acts-verbs.json.gz',
  'acts-verb-model.json.gz',
  'acts-actor-codes.json.gz',
] as const;

/** The gzip magic number: a `.gz` file is decompressed only if the server has not already done so. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export interface LoadModelsOptions {
  /** Where the model files are served (a folder URL, absolute or relative to the page). Default: the package's models/. */
  readonly baseUrl?: string | URL;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

/** The package's models/ folder: one level above this module, both in src/ and in dist/. */
function defaultBaseUrl(): URL {
  return new URL('../models/', import.meta.url);
}

function folderUrl(base: string | URL): URL {
  const page = (globalThis as { location?: { href: string } }).location?.href ?? import.meta.url;
  const url = new URL(base, page);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function fetchModel(name: string, base: URL, fetchFn: typeof fetch): Promise<Uint8Array> {
  const url = new URL(name, base);
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (cause) {
    throw new VerbatimError('E_MODEL_MISSING', `model ${name} could not be fetched from ${url.href}`, {
      file: url.href,
      cause,
      hint: 'serve the package models/ folder and pass its URL as loadModels({ baseUrl })',
    });
  }
  if (!response.ok) {
    throw new VerbatimError(
      'E_MODEL_MISSING',
      `model ${name} not found at ${url.href} (HTTP ${response.status})`,
      {
        file: url.href,
        hint: 'serve the package models/ folder and pass its URL as loadModels({ baseUrl })',
      },
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = name.endsWith('.gz') && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  try {
    return gzipped ? await gunzip(bytes) : bytes;
  } catch (cause) {
    throw new VerbatimError('E_MODEL_INVALID', `model ${name} from ${url.href} is not valid gzip`, {
      file: url.href,
      cause,
    });
  }
}

let loaded: Promise<void> | undefined;

/** Node (tests, server-side rendering): a file: base is read from disk, file by file, as the Node entry does. */
function folderSource(base: URL): ModelSource {
  const at = (url: URL): URL => new URL(modelFileName(url), base);
  return {
    readSync: (url, what) => FILE_MODEL_SOURCE.readSync(at(url), what),
    read: (url, what) => FILE_MODEL_SOURCE.read(at(url), what),
  };
}

/** Fetches the models and makes every stage read them; call once before analysing (or let `analyze` do it). */
export function loadModels(options: LoadModelsOptions = {}): Promise<void> {
  const base = folderUrl(options.baseUrl ?? defaultBaseUrl());
  if (base.protocol === 'file:' && isNode() && !options.fetch) {
    setModelSource(folderSource(base));
    loaded = Promise.resolve();
    return loaded;
  }
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const done = Promise.all(MODEL_FILES.map((name) => fetchModel(name, base, fetchFn))).then((contents) => {
    setModelSource(
      preloadedModelSource(new Map(MODEL_FILES.map((name, i) => [name, contents[i] as Uint8Array]))),
    );
  });
  loaded = done.catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

export interface BrowserAnalyzerOptions extends AnalyzerOptions {
  /** How to fetch the models when they are not loaded yet. */
  readonly models?: LoadModelsOptions;
}

/** An Analyzer over the fetched models (fetched first if `loadModels` has not run). Reuse it for many texts. */
export async function createAnalyzer(options: BrowserAnalyzerOptions = {}): Promise<Analyzer> {
  await (loaded ?? loadModels(options.models));
  return Analyzer.create(options);
}

/** One-shot analysis of a text (models fetched on first use). For many texts, use `createAnalyzer` once. */
export async function analyze(
  input: AnalyzeInput | string,
  options: BrowserAnalyzerOptions = {},
): Promise<Analysis> {
  return (await createAnalyzer(options)).analyze(input);
}
