/**
 * Reads a shipped model file (under models/) for a stage, turning a missing or unreadable file into one typed
 * error (`E_MODEL_MISSING`, naming the file and the model) instead of a bare ENOENT. Every stage that loads a
 * model goes through here, so this module is the one place that decides where model bytes come from.
 *
 * Where they come from is a `ModelSource`: in Node, the file system (the default); in a browser, bytes fetched and
 * decompressed before the pipeline runs (src/browser.ts), so the stages' synchronous readers work unchanged.
 * A source returns a file's contents: a `.gz` file comes back decompressed, so readers never see gzip.
 */
import { VerbatimError } from '../model/errors.js';
import { noteModelRead } from '../model/provenance.js';
import { isNode, nodeFs, nodeFsPromises, nodeUrl, nodeZlib } from './node-builtins.js';

/** Where model bytes come from. `url` is the stage's own `new URL('…/models/<file>', import.meta.url)`. */
export interface ModelSource {
  /** The file's contents (decompressed when the name ends in `.gz`); throws `E_MODEL_MISSING` if absent. */
  readSync(url: URL, what: string): Uint8Array;
  read(url: URL, what: string): Promise<Uint8Array>;
}

const GZIP_SUFFIX = '.gz';

/** The file's name (`pos-ewt.bin.gz`): what a preloaded source is keyed by, whatever the URL's base. */
export function modelFileName(url: URL): string {
  return decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
}

/** A path for messages: the local path for a file: URL in Node, else the URL. */
export function modelFilePath(url: URL): string {
  return url.protocol === 'file:' && isNode() ? nodeUrl().fileURLToPath(url) : url.href;
}

function missing(what: string, file: string, cause: unknown, hint?: string): VerbatimError {
  return new VerbatimError('E_MODEL_MISSING', `${what} not found at ${file}`, {
    file,
    cause,
    ...(hint ? { hint } : {}),
  });
}

function gunzipped(url: URL, what: string, bytes: Uint8Array): Uint8Array {
  if (!url.pathname.endsWith(GZIP_SUFFIX)) return bytes;
  try {
    return nodeZlib().gunzipSync(bytes);
  } catch (cause) {
    const file = modelFilePath(url);
    throw new VerbatimError('E_MODEL_INVALID', `${what} is unreadable: not gzip (${String(cause)})`, {
      file,
      cause,
    });
  }
}

/** Node: reads the file under models/ (the default source). */
export const FILE_MODEL_SOURCE: ModelSource = {
  readSync(url, what) {
    const file = modelFilePath(url);
    let bytes: Uint8Array;
    try {
      bytes = nodeFs().readFileSync(file);
    } catch (cause) {
      throw missing(what, file, cause);
    }
    return gunzipped(url, what, bytes);
  },
  async read(url, what) {
    const file = modelFilePath(url);
    let bytes: Uint8Array;
    try {
      bytes = await nodeFsPromises().readFile(file);
    } catch (cause) {
      throw missing(what, file, cause);
    }
    return gunzipped(url, what, bytes);
  },
};

/** A source over contents loaded beforehand (already decompressed), keyed by file name (`modelFileName`). */
export function preloadedModelSource(files: ReadonlyMap<string, Uint8Array>): ModelSource {
  const readSync = (url: URL, what: string): Uint8Array => {
    const bytes = files.get(modelFileName(url));
    if (bytes) return bytes;
    throw missing(
      what,
      url.href,
      undefined,
      'load the models first: await loadModels() from verbatim/browser',
    );
  };
  return { readSync, read: async (url, what) => readSync(url, what) };
}

let source: ModelSource = FILE_MODEL_SOURCE;

/** Sets where models are read from (the browser entry does this); returns the previous source. */
export function setModelSource(next: ModelSource): ModelSource {
  const previous = source;
  source = next;
  return previous;
}

/** The contents of a model file, read synchronously (for stages that load on first use). */
export function readModelFileSync(url: URL, what: string): Uint8Array {
  return noteModelRead(modelFileName(url), source.readSync(url, what));
}

/** The contents of a model file, read asynchronously (for stages whose `load()` awaits). */
export async function readModelFile(url: URL, what: string): Promise<Uint8Array> {
  return noteModelRead(modelFileName(url), await source.read(url, what));
}

/** Keeps a leading U+FEFF, as Buffer#toString did (so a stray BOM still fails JSON.parse the same way). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A text model file (JSON), decoded as UTF-8. */
export function readModelTextSync(url: URL, what: string): string {
  return UTF8.decode(readModelFileSync(url, what));
}

export async function readModelText(url: URL, what: string): Promise<string> {
  return UTF8.decode(await readModelFile(url, what));
}
