/**
 * The batch service's vocabulary: what goes in (a path, URL, feed, text or an already read item),
 * what comes out (one result or one typed error per analysed document), and progress events.
 */
import type { AnalyzeInput, Analyzer } from '../analyzer.js';
import type { InputRef, Notice } from '../ingest/files.js';
import type { Document } from '../model/document.js';
import type { VerbatimError } from '../model/errors.js';
import type { StageTiming } from '../pipeline/pipeline.js';

/** One input. A directory and a feed stand for many documents; each gives its own results. */
export type BatchInput =
  /** A file, a directory (walked recursively), an http(s) URL, or `-` for standard input. */
  | { readonly kind: 'source'; readonly source: string }
  /** An RSS, Atom or RDF feed (URL or file): every item is one document. */
  | { readonly kind: 'feed'; readonly source: string }
  /** Text in hand (an API request, a feed item already read): analysed as it is. */
  | { readonly kind: 'text'; readonly source: string; readonly input: AnalyzeInput };

export interface BatchReadOptions {
  /** Largest input accepted, in bytes (default: 32 MiB). */
  readonly maxBytes?: number;
  /** Decode with this encoding (a WHATWG label) instead of detecting it. */
  readonly encoding?: string;
  /** Fetch loopback and private addresses too (SSRF protection off). */
  readonly allowPrivate?: boolean;
  /** Fetch link-local and cloud metadata addresses too (never implied by allowPrivate). */
  readonly allowLinkLocal?: boolean;
  /** Total milliseconds for one URL (connect, headers, whole body, redirects, retries). */
  readonly deadlineMs?: number;
  /** Items read from one feed. */
  readonly maxFeedItems?: number;
  /** Told about what was left out of an input that still gave documents (a feed over its item limit). */
  readonly onNotice?: (notice: Notice) => void;
}

export interface BatchOptions extends BatchReadOptions {
  /** The analyzer to run (stages and models loaded once, shared by every input). */
  readonly analyzer: Analyzer;
  /** Publication date (ISO) for documents that carry none. */
  readonly published?: string;
  /** How many inputs are read ahead (files read, pages fetched and extracted) while one is analysed. */
  readonly concurrency?: number;
  /** Called as the batch goes: once with the total, then once per input finished. */
  readonly onProgress?: (event: BatchProgress) => void;
  /** Asked before a file or URL is read: true leaves it out (e.g. its output is current). */
  readonly skip?: (ref: InputRef) => Promise<boolean>;
  /** Stops the batch: inputs not started yet are not read. */
  readonly signal?: AbortSignal;
}

/** A document analysed: the annotated Document (records: `analyzer.records(document, timings)`). */
export interface BatchSuccess {
  readonly ok: true;
  /** Position of the input it came from, in the expanded input list. */
  readonly input: number;
  /** The file, URL or feed item it was read from. */
  readonly source: string;
  /** The file, URL or feed it came from (absent for a text in hand). */
  readonly ref?: InputRef;
  readonly document: Document;
  readonly timings: readonly StageTiming[];
}

/** An input (or one feed item) that failed: the typed error, the others go on. */
export interface BatchFailure {
  readonly ok: false;
  readonly input: number;
  readonly source: string;
  readonly error: VerbatimError;
}

export type BatchResult = BatchSuccess | BatchFailure;

export type BatchProgress =
  /** Inputs after directories are expanded (a feed counts as one input). */
  | { readonly type: 'start'; readonly total: number }
  /** One input finished, with how many documents it gave and how many failed. */
  | {
      readonly type: 'input';
      readonly done: number;
      readonly total: number;
      readonly source: string;
      readonly analysed: number;
      readonly failed: number;
      /** Left out by `skip` (not read). */
      readonly skipped?: true;
    };
