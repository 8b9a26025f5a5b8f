/**
 * How an analysis is kept in the store: two raw-DEFLATE JSON blobs. `analysis` holds the records the app and
 * the API show: the default records, what `verbatim analyze` prints without --include; `analysis_extra`
 * holds the opt-in records ingest adds for the store's rows and exports (STORE_INCLUDE: mentions, tokens,
 * sentences, entities: over half the JSON). An article page then reads, inflates and sends less than half the
 * bytes, and exports merge the two back into the analysis `analyze --include …` would print.
 * Articles stored before the split (schema < 4) have everything in `analysis` and no extra.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { type Analysis, RECORD_KINDS } from '../../analysis/records.js';
import { STORE_INCLUDE } from './rows.js';

/** Records kept apart: the rows and exports need them, the app's views do not (actors carry their mentions). */
export const EXTRA_RECORDS: readonly string[] = STORE_INCLUDE;

/**
 * zlib level 1: on 40 PolNeAR analyses 0.50 ms per article against 1.33 ms at the default level 6, for 18 %
 * more bytes (16.7 against 14.2 KiB): ingest speed is a target (storage ≤ 10 % of analysis), size is not.
 */
const DEFLATE_LEVEL = 1;

/** Field order of an analysis as `toAnalysis` writes it, so a merged analysis prints like a fresh one. */
const FIELD_ORDER: readonly string[] = [
  'schema',
  'producer',
  'document',
  'text',
  'blocks',
  ...RECORD_KINDS.map((k) => k.key),
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
  /** The `mentions` records' JSON, the piece of `extra` the store's rows read (null without mentions). */
  readonly mentions: string | null;
}

/** The analysis without the EXTRA_RECORDS: the default records, what the view blob holds. */
export function shownRecords(analysis: Analysis): Analysis {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) if (!EXTRA_RECORDS.includes(key)) shown[key] = value;
  return shown as unknown as Analysis;
}

/**
 * The two JSON texts (on the analysis thread: `analyze` alone serialises its analysis too). Compressing them
 * is left to the write (`compressJson`), on the thread that has spare time while the next article is analysed.
 */
export function analysisJson(analysis: Analysis, shown = shownRecords(analysis)): AnalysisJson {
  // `extra` is assembled from one JSON text per record kind (the same text JSON.stringify of the object
  // would make), so the mentions' piece is serialised once and also handed to the rows on its own.
  const pieces: string[] = [];
  let mentions: string | null = null;
  for (const key of EXTRA_RECORDS) {
    const value = analysis[key as keyof Analysis];
    if (value === undefined) continue;
    const json = JSON.stringify(value);
    if (key === 'mentions') mentions = json;
    pieces.push(`${JSON.stringify(key)}:${json}`);
  }
  return { view: JSON.stringify(shown), extra: pieces.length ? `{${pieces.join(',')}}` : null, mentions };
}

export function compressJson(json: AnalysisJson): AnalysisBlobs {
  const deflate = (text: string): Uint8Array => deflateRawSync(text, { level: DEFLATE_LEVEL });
  return { view: deflate(json.view), extra: json.extra === null ? null : deflate(json.extra) };
}

export function encodeAnalysis(analysis: Analysis, shown = shownRecords(analysis)): AnalysisBlobs {
  return compressJson(analysisJson(analysis, shown));
}

/** The shown records as UTF-8 JSON bytes, as stored (never parsed: the API sends them as they are). */
export function viewJson(view: Uint8Array): Buffer {
  return inflateRawSync(view);
}

/** The whole analysis: the shown records and the extra ones, in `toAnalysis` field order. */
export function decodeAnalysis(view: Uint8Array, extra: Uint8Array | null): Analysis {
  const shown = JSON.parse(inflateRawSync(view).toString('utf8')) as Record<string, unknown>;
  if (!extra) return shown as unknown as Analysis;
  const all: Record<string, unknown> = {
    ...shown,
    ...(JSON.parse(inflateRawSync(extra).toString('utf8')) as Record<string, unknown>),
  };
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (key in all) ordered[key] = all[key];
  for (const key of Object.keys(all)) if (!(key in ordered)) ordered[key] = all[key];
  return ordered as unknown as Analysis;
}
