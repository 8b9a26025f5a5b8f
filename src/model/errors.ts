/**
 * Typed errors with stable codes and a one-line fix hint (after spaCy's `errors.py`).
 *
 * Every error a user can meet has an entry here. Messages name the file when one
 * is involved; the hint says what to do. Codes never change meaning once released.
 */

export const ERROR_CODES = {
  E_INPUT_NOT_FOUND: 'pass an existing file, directory, URL, or - for standard input',
  E_INPUT_EMPTY: 'the file has no text; check that it was saved or downloaded completely',
  E_INPUT_BINARY: 'pass a text or HTML file',
  E_INPUT_ENCODING: 're-encode the file as UTF-8 (e.g. `iconv -f <enc> -t UTF-8`) or pass --encoding <label>',
  E_INPUT_TOO_LARGE: 'split the file, or raise the limit with --max-bytes <n>',
  E_INPUT_UNSUPPORTED: 'pass a .txt, .html, .htm, .html.gz or .xml file',
  E_INPUT_READ: 'check the path and its permissions',
  E_INPUT_NO_FILES: 'pass a directory holding .txt, .html or .xml files, or the files themselves',
  E_FEED_INVALID: 'check that the URL or file is an RSS 2.0, Atom or RDF feed with well-formed XML',
  E_FETCH_FAILED:
    'check the URL and the network; the server did not answer in time or refused the connection',
  E_FETCH_STATUS: 'the server answered with an error status; check that the URL still exists',
  E_FETCH_BLOCKED: 'the URL resolves to a private or local address; pass --allow-private if that is intended',
  E_FETCH_REDIRECTS: 'the URL redirects too often or in a loop; open it in a browser and pass the final URL',
  E_FETCH_CONTENT_TYPE: 'the URL does not serve HTML or a feed; pass an article page or a feed URL',
  E_OPTION_INVALID: 'see `verbatim <command> --help` for the accepted values',
  E_PIPELINE_MISSING_LAYER: 'add the stage that provides the layer before the stage that requires it',
  E_PIPELINE_UNKNOWN_STAGE: 'run `verbatim stages` to list the registered stages',
  E_PIPELINE_DUPLICATE_LAYER: 'keep a single stage per layer',
  E_LAYER_ABSENT: 'run the stage that provides the layer first',
  E_TASK_UNKNOWN: 'run `verbatim predict --help` or `verbatim eval --help` to list the tasks',
  E_TASK_INPUT: "check that the input is in the benchmark's format (see `verbatim <eval|predict> --help`)",
  E_MODEL_MISSING: 'reinstall the package or rebuild the model with its scripts/train-*.ts',
  E_MODEL_INVALID: 'rebuild the model with its scripts/train-*.ts',
  E_UNSUPPORTED_PLATFORM:
    'this needs Node (files, URLs, feeds, the CLI); in a browser analyse text with verbatim/browser',
  E_INTERNAL: 'this is a bug in Verbatim; please report it with the input that caused it',
  E_API_BUSY: 'the server is at capacity; retry after the seconds given in Retry-After',
  E_API_FORBIDDEN: 'send writes from the app itself (same origin), to the host the server was started on',
  E_API_NOT_FOUND: 'check the id; list what exists with the matching GET /api/… route',
  E_API_TOKEN_REQUIRED:
    'binding to a non-loopback address needs an access token: pass --token <secret> or set $VERBATIM_TOKEN',
  E_API_UNAUTHORIZED: 'send the access token as `Authorization: Bearer <token>` (the app asks for it once)',
  E_STORE_BUSY: 'another process holds the store; wait for it to finish, or raise the busy timeout',
  E_STORE_CONNECT: 'check that the PostgreSQL server runs and the URL (host, port, user, database) is right',
  E_STORE_FOREIGN: 'pass --db with a new file name (or an empty PostgreSQL database) for the Verbatim store',
  E_STORE_FULL: 'free disk space (or raise the database size limit), then run the same command again',
  E_STORE_IO: 'check the disk and the file system the store is on, then run the same command again',
  E_STORE_NEWER: 'upgrade Verbatim (npm install verbatim@latest) to open this store',
  E_STORE_NOT_DATABASE:
    'the file is not a database; pass --db with the path of a Verbatim store or a new file',
  E_STORE_NOT_FOUND:
    'check the path or URL of the store (--db or $VERBATIM_DB); run `verbatim ingest` to create one',
  E_STORE_READONLY: 'make the file and its folder writable (chmod u+w), or copy the store somewhere writable',
  E_STORE_RECORD_NOT_FOUND:
    'list the stored articles with `verbatim search` or `verbatim statements` to find an id',
  E_STORE_URL: 'pass a file path, sqlite:PATH, or postgres://user@host/db',
  E_PIPELINE_ORDER: 'put the stage that provides an optional input before the stage that uses it',
  E_PIPELINE_UNKNOWN_LAYER: 'declare only layers that a registered stage provides (see `verbatim stages`)',
  E_INPUT_INVALID: 'pass a string, or an object { text: string, meta?, published?: ISO date }',
  E_OUTPUT_CONFLICT: 'pass an --out-dir outside the inputs (outputs are never written over an input)',
  E_OUTPUT_WRITE: 'check that the output directory exists, is writable and has free space',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class VerbatimError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly file: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { file?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VerbatimError';
    this.code = code;
    this.hint = options.hint ?? ERROR_CODES[code];
    this.file = options.file;
  }

  /** One line for people: `CODE: file: message; fix: hint`. */
  toLine(): string {
    const where = this.file ? `${this.file}: ` : '';
    return `${this.code}: ${where}${this.message}; fix: ${this.hint}`;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string; file?: string } {
    return {
      code: this.code,
      message: this.message,
      hint: this.hint,
      ...(this.file ? { file: this.file } : {}),
    };
  }
}

/** Wraps anything thrown into a VerbatimError, keeping typed ones as they are. */
export function asVerbatimError(error: unknown, file?: string): VerbatimError {
  if (error instanceof VerbatimError) {
    if (file && !error.file) return new VerbatimError(error.code, error.message, { file, hint: error.hint });
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new VerbatimError('E_INTERNAL', message, { ...(file ? { file } : {}), cause: error });
}
