/**
 * The library's entry point: build an Analyzer once (stages and models load
 * once), then analyse many texts. No file system use here, so it also runs in
 * browsers once its stages' models are available.
 */

import { type JsonSpill, MemoryJsonSpill } from './analysis/json-spill.js';
import { analysisJsonChunks } from './analysis/json-stream.js';
import { type Analysis, resolveInclude, toAnalysis } from './analysis/records.js';
import { recordsRead } from './analysis/release.js';
import { reportPieces } from './analysis/report.js';
import { windowedRecords } from './analysis/window-records.js';
import { type SectionLines, windowedReport } from './analysis/window-report.js';
import { runInWindows, type WindowSpill } from './analysis/windowed-run.js';
import { checkWindowChars, needsWindows, WINDOW_CHARS } from './analysis/windows.js';
import {
  checkAnalyzeInput,
  checkMaxBytes,
  checkPublished,
  checkTextSize,
  DEFAULT_MAX_BYTES,
} from './ingest/input-check.js';
import { bidiWarning, neutralise, safeMeta } from './ingest/safe-output.js';
import { textDocument } from './ingest/text-document.js';
import { type Block, createDocument, type Document, type DocumentMeta } from './model/document.js';
import { VerbatimError } from './model/errors.js';
import { spanHolds } from './model/span.js';
import { Pipeline, resolveStages, type StageTiming } from './pipeline/pipeline.js';
import type { StageContext, StageDescriptor } from './pipeline/stage.js';
import { STAGE_REGISTRY } from './stages/registry.js';

export interface AnalyzerOptions {
  /**
   * Stages to run; the stages providing what they require, and what they use when present
   * (optional inputs), are added. Default: every registered stage.
   */
  readonly stages?: readonly string[];
  /**
   * Don't add the providers of optional inputs to `stages`: a stage then runs without them and the
   * analysis says so in its warnings ("skipped on request"). Default false.
   */
  readonly skipOptional?: boolean;
  /** Stage registry; default: Verbatim's own. */
  readonly registry?: readonly StageDescriptor[];
  /** Internal records `analyze()` adds to the analysis: `tokens`, `pos`, `mentions` (default: none). */
  readonly include?: readonly string[];
  /** Largest text accepted, in UTF-8 bytes (default 32 MiB, as the CLI's --max-bytes). */
  readonly maxBytes?: number;
  /**
   * Longest text analysed whole, in UTF-16 code units; a longer one runs in windows of at most this
   * length, merged into one analysis (default WINDOW_CHARS; analysis/windows.ts).
   */
  readonly windowChars?: number;
  /**
   * A text run in windows keeps its records as JSON instead of merged layers (~a third of the
   * memory, analysis/window-records.ts): `records`/`recordsJson` give the same records, but the
   * document has no layers, so no report. For JSON output of huge texts (the CLI's json formats).
   */
  readonly windowedJson?: boolean;
  /**
   * A text run in windows keeps its human report's lines instead of merged layers (analysis/
   * window-report.ts): `report`/`reportPieces` give the same report, but the document has no layers,
   * so no records. For the report of huge texts (the CLI's report format). Not with `windowedJson`;
   * without effect when `include` keeps entities or tokens (their sections read the merged layers).
   */
  readonly windowedReport?: boolean;
  /**
   * With `windowedJson` or `windowedReport`, where each windowed document's JSON or report lines wait
   * (default: in memory); the CLI gives a temporary file. Free it with `releaseWindowedRecords(document)`
   * or `releaseWindowedReport(document)` once written.
   */
  readonly jsonSpill?: () => JsonSpill;
}

export interface AnalyzeInput {
  readonly text: string;
  readonly meta?: DocumentMeta;
  /** Publication date (ISO) to use when `meta` carries none. */
  readonly published?: string;
  /** Warnings from reading the input (decoding fallbacks…), kept with the document. */
  readonly warnings?: readonly string[];
  /**
   * Structure blocks already found by the reader (HTML ingestion builds them
   * from the markup); when absent they are found in the plain text. Each must
   * hold its text at its offsets.
   */
  readonly blocks?: readonly Block[];
}

export interface AnalyzeResult {
  readonly document: Document;
  readonly timings: StageTiming[];
}

export { checkPublished };

/** A Document over blocks found by a reader, checked so a bad offset fails here, not in a later stage. */
function structuredDocument(text: string, blocks: readonly Block[], meta: DocumentMeta): Document {
  for (const b of blocks) {
    if (!spanHolds(text, b)) {
      throw new VerbatimError('E_INTERNAL', `block ${b.id} [${b.start}, ${b.end}) does not hold its text`);
    }
  }
  return createDocument(text, blocks, meta);
}

export class Analyzer {
  readonly pipeline: Pipeline;
  readonly maxBytes: number;
  readonly include: readonly string[];
  readonly windowChars: number;
  /** What a windowed document keeps instead of merged layers, and where (AnalyzerOptions.windowedJson, windowedReport). */
  private readonly windowSpill: (() => WindowSpill) | undefined;

  private constructor(
    pipeline: Pipeline,
    maxBytes: number,
    include: readonly string[],
    windowChars: number,
    windowSpill: (() => WindowSpill) | undefined,
  ) {
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
    this.include = include;
    this.windowChars = windowChars;
    this.windowSpill = windowSpill;
  }

  static async create(options: AnalyzerOptions = {}): Promise<Analyzer> {
    const maxBytes =
      options.maxBytes === undefined
        ? DEFAULT_MAX_BYTES
        : checkMaxBytes(options.maxBytes, 'options.maxBytes');
    const include = [...resolveInclude(options.include)];
    const registry = options.registry ?? STAGE_REGISTRY;
    const skipOptional = options.skipOptional ?? false;
    const stages = options.stages ? resolveStages(options.stages, registry, { skipOptional }) : registry;
    const windowChars =
      options.windowChars === undefined ? WINDOW_CHARS : checkWindowChars(options.windowChars);
    const pipeline = await Pipeline.build(stages, registry, { skipOptional });
    return new Analyzer(pipeline, maxBytes, include, windowChars, windowSpillOf(options));
  }

  /**
   * Ingests and runs every stage; returns the annotated Document and per-stage timings. A text longer
   * than WINDOW_CHARS is analysed in windows and merged (analysis/windows.ts; a warning says so).
   * Bad input (not a string or `{ text }`, over the size limit, an impossible date) is a typed VerbatimError.
   */
  run(unchecked: AnalyzeInput): AnalyzeResult {
    const input = checkAnalyzeInput(unchecked) as AnalyzeInput;
    checkTextSize(input.text, this.maxBytes, input.meta?.source);
    const safe = safeMeta({ ...input.meta });
    const meta: DocumentMeta = {
      ...safe.meta,
      extractor: safe.meta.extractor ?? (input.blocks ? 'html' : 'text'),
    };
    if (!meta.publishedAt && input.published) {
      meta.publishedAt = checkPublished(input.published);
      meta.publishedAtSource = 'option';
    } else if (meta.publishedAt && !meta.publishedAtSource) {
      meta.publishedAtSource = 'metadata';
    }
    const document = input.blocks
      ? structuredDocument(input.text, input.blocks, meta)
      : textDocument(input.text, meta);
    document.warnings.push(...(input.warnings ?? []), ...safe.warnings);
    const bidi = bidiWarning(input.text);
    if (bidi) document.warnings.push(bidi);
    const ctx: StageContext = input.published ? { published: input.published } : {};
    // A text over a window (a book, an attack: never an article) runs window by window (analysis/windows.ts).
    const timings = needsWindows(document.text, this.windowChars)
      ? runInWindows(
          this.pipeline,
          document,
          ctx,
          resolveInclude(this.include),
          this.windowChars,
          this.windowSpill?.(),
        )
      : this.pipeline.run(document, ctx);
    return { document, timings };
  }

  /** Runs the pipeline and returns the records (schema verbatim.analysis/2). */
  analyze(input: AnalyzeInput | string): Analysis {
    const { document, timings } = this.run(checkAnalyzeInput(input) as AnalyzeInput);
    return this.records(document, timings);
  }

  /** The records of a document this analyzer has run, with its `include` option. */
  records(document: Document, timings: readonly StageTiming[]): Analysis {
    checkHasLayers(document);
    return toAnalysis(document, timings, { include: this.include });
  }

  /**
   * The records as JSON text (`JSON.stringify(records(…))`) in pieces, one record kind at a time: how
   * a huge document's JSON is written without holding it whole (analysis/json-stream.ts).
   */
  recordsJson(document: Document, timings: readonly StageTiming[]): Iterable<string> {
    checkHasLayers(document);
    return analysisJsonChunks(document, timings, { include: this.include });
  }

  /** The human report for an analysed document (control, escape and bidi characters made visible). */
  report(document: Document): string {
    return [...this.reportPieces(document)].join('');
  }

  /** The report in pieces, one section at a time, so a huge document's report is never one string. */
  *reportPieces(document: Document): Generator<string> {
    if (windowedRecords(document)) {
      throw new VerbatimError(
        'E_OPTION_INVALID',
        `${document.meta.source ?? 'the input'}: no report of a document analysed with windowedJson`,
        {
          hint: 'create the Analyzer without windowedJson to report a huge text',
        },
      );
    }
    const stages = this.pipeline.stages;
    // A huge document analysed with `windowedReport` has its sections' lines spilled (window-report.ts).
    const windowed = windowedReport(document);
    function* sections(): Generator<SectionLines> {
      for (const { descriptor, stage } of stages) {
        const s = windowed ? windowed.section(descriptor.name) : stage.report?.(document);
        if (s) yield s;
      }
    }
    const pieces = windowed
      ? reportPieces(document, sections(), () => windowed.timelineSection())
      : reportPieces(document, sections());
    for (const piece of pieces) yield neutralise(piece);
  }
}

/** Fails for a document whose layers were not kept because it was analysed for its report only. */
function checkHasLayers(document: Document): void {
  if (!windowedReport(document)) return;
  throw new VerbatimError(
    'E_OPTION_INVALID',
    `${document.meta.source ?? 'the input'}: no records of a document analysed with windowedReport`,
    {
      hint: 'create the Analyzer without windowedReport (or with windowedJson) for the records of a huge text',
    },
  );
}

/** What a windowed run keeps instead of merged layers, from the options (checked: one of the two at most). */
function windowSpillOf(options: AnalyzerOptions): (() => WindowSpill) | undefined {
  if (options.windowedJson && options.windowedReport) {
    throw new VerbatimError(
      'E_OPTION_INVALID',
      'options.windowedJson and options.windowedReport are both set',
      {
        hint: 'set windowedJson for JSON output or windowedReport for the report, not both',
      },
    );
  }
  // The entities section counts every entity mention, and the sentences section every token when they are
  // kept: with those included, the report reads the merged layers.
  const include = resolveInclude(options.include);
  const layersRead = recordsRead('entities', include) || recordsRead('tokens', include);
  const report = options.windowedReport && !layersRead;
  const keep = options.windowedJson ? 'records' : report ? 'report' : undefined;
  if (!keep) return undefined;
  const spill = options.jsonSpill ?? (() => new MemoryJsonSpill());
  return () => ({ keep, spill: spill() });
}

/** One-shot analysis of a text. For many texts, create an Analyzer once and reuse it. */
export async function analyze(
  input: AnalyzeInput | string,
  options: AnalyzerOptions = {},
): Promise<Analysis> {
  return (await Analyzer.create(options)).analyze(input);
}
