/**
 * How an analysis is kept in the store: two compressed JSON blobs (Brotli since schema v10, raw DEFLATE before;
 * since v12 the extra blob's text records without the text their offsets give; each row names its encoding). `analysis` holds the records the app and
 * the API show: the default records, what `verbatim analyze` prints without --include; `analysis_extra`
 * holds the opt-in records ingest adds for the store's exports (STORE_INCLUDE: mentions, tokens,
 * sentences, entities: over half the JSON). An article page then reads, inflates and sends less than half the
 * bytes, and exports merge the two back into the analysis `analyze --include …` would print.
 * Articles stored before the split (schema < 4) have everything in `analysis` and no extra.
 */
import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from 'node:zlib';
import { RECORD_KEYS } from '../../analysis/record-keys.js';
import type { Analysis } from '../../analysis/records.js';
import { VerbatimError } from '../../model/errors.js';
import { withoutTexts, withTexts } from './offset-records.js';
import { STORE_INCLUDE } from './rows.js';

/** Records kept apart: the rows and exports need them, the app's views do not (actors carry their mentions). */
export const EXTRA_RECORDS: readonly string[] = STORE_INCLUDE;

/**
 * The `analysis_encoding` of the rows written now (schema v12): Brotli-compressed JSON, the extra blob's token,
 * sentence and entity records without the text their offsets give (offset-records.ts).
 */
export const ANALYSIS_ENCODING = 'json+offsets+brotli';
/** Rows stored by schema v10 and v11: Brotli-compressed JSON, every record whole. */
export const BROTLI_ENCODING = 'json+brotli';
/** Rows stored before schema v10: raw DEFLATE (zlib level 1). They are read as they are, never rewritten. */
export const DEFLATE_ENCODING = 'json+deflate';

/**
 * Brotli quality 1 (schema v10): on 80 PolNeAR analyses 0.61 ms of CPU per article and 24.7 KiB, against
 * 0.81 ms and 26.7 KiB for raw DEFLATE at zlib level 1, the fastest zlib level (loaded machine, both blobs);
 * inflating is faster too. Quality 0 was faster still (0.47 ms) but larger (27.7 KiB).
 */
const BROTLI_QUALITY = 1;

/** Field order of an analysis as `toAnalysis` writes it, so a merged analysis prints like a fresh one. */
const FIELD_ORDER: readonly string[] = [
  'schema',
  'producer',
  'document',
  'text',
  'blocks',
  ...RECORD_KEYS,
  'warnings',
  'timings',
];

export interface AnalysisBlobs {
  readonly view: Uint8Array;
  readonly extra: Uint8Array | null;
}

/** The analysis as the two JSON texts the blobs hold, before compression. */
export interface AnalysisJson {
  readonly view: string;
  readonly extra: string | null;
}

/** The analysis without the EXTRA_RECORDS: the default records, what the view blob holds. */
export function shownRecords(analysis: Analysis): Analysis {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) if (!EXTRA_RECORDS.includes(key)) shown[key] = value;
  return shown as unknown as Analysis;
}

/**
 * The two JSON texts (on the analysis thread: `analyze` alone serialises its analysis too). Compressing them
 * is left to the write (`compressJson`), on the writing thread (where it goes: analysis-task.ts).
 */
export function analysisJson(analysis: Analysis, shown = shownRecords(analysis)): AnalysisJson {
  const extra: Record<string, unknown> = {};
  let any = false;
  for (const key of EXTRA_RECORDS) {
    const value = analysis[key as keyof Analysis];
    if (value === undefined) continue;
    extra[key] = value;
    any = true;
  }
  return {
    view: JSON.stringify(shown),
    extra: any ? JSON.stringify(withoutTexts(extra, analysis.text)) : null,
  };
}

export function compressJson(json: AnalysisJson): AnalysisBlobs {
  const compress = (text: string): Uint8Array =>
    brotliCompressSync(text, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
      },
    });
  return { view: compress(json.view), extra: json.extra === null ? null : compress(json.extra) };
}

/** A blob's bytes uncompressed, by the encoding its row names. */
function expand(bytes: Uint8Array, encoding: string): Buffer {
  if (encoding === ANALYSIS_ENCODING || encoding === BROTLI_ENCODING) return brotliDecompressSync(bytes);
  if (encoding === DEFLATE_ENCODING) return inflateRawSync(bytes);
  throw new VerbatimError(
    'E_STORE_NEWER',
    `an article's analysis has an encoding this Verbatim cannot read ('${encoding}')`,
  );
}

export function encodeAnalysis(analysis: Analysis, shown = shownRecords(analysis)): AnalysisBlobs {
  return compressJson(analysisJson(analysis, shown));
}

/** The shown records as UTF-8 JSON bytes, as stored (never parsed: the API sends them as they are). */
export function viewJson(view: Uint8Array, encoding: string): Buffer {
  return expand(view, encoding);
}

/** The whole analysis: the shown records and the extra ones, in `toAnalysis` field order. */
export function decodeAnalysis(view: Uint8Array, extra: Uint8Array | null, encoding: string): Analysis {
  const shown = JSON.parse(expand(view, encoding).toString('utf8')) as Record<string, unknown>;
  if (!extra) return shown as unknown as Analysis;
  const stored = JSON.parse(expand(extra, encoding).toString('utf8')) as Record<string, unknown>;
  const text = typeof shown.text === 'string' ? shown.text : '';
  const all: Record<string, unknown> = {
    ...shown,
    ...(encoding === ANALYSIS_ENCODING ? withTexts(stored, text) : stored),
  };
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (key in all) ordered[key] = all[key];
  for (const key of Object.keys(all)) if (!(key in ordered)) ordered[key] = all[key];
  return ordered as unknown as Analysis;
}
