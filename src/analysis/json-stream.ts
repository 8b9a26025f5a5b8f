/**
 * An analysis as JSON text in pieces: the pieces joined are exactly `JSON.stringify(toAnalysis(…))`,
 * but no piece is the whole. The JSON of one huge document is ~12× its text (8 MB of news: ~100 MB
 * of JSON, plus its records); writing it piece by piece keeps only one record kind's records and
 * one piece alive, instead of every record and the whole line at once. The text itself is written
 * in pieces too: as one JSON string it is a second copy of the text (~17 MB at 8 MB of news, whose
 * curly quotes make it two bytes a character), and a third as the UTF-8 written.
 */
import type { Document } from '../model/document.js';
import type { StageTiming } from '../pipeline/pipeline.js';
import { PIECE_CHARS } from './json-spill.js';
import { analysisEntries, type RecordOptions } from './records.js';
import { RecordsJson } from './window-records.js';

/** Characters of JSON gathered before a piece is handed out (json-spill.ts says why this many). */
export const JSON_PIECE_CHARS = PIECE_CHARS;

/** The JSON of the analysis of `doc` (as `toAnalysis` builds it), in pieces of ~JSON_PIECE_CHARS. */
export function* analysisJsonChunks(
  doc: Document,
  timings: readonly StageTiming[],
  options: RecordOptions = {},
): Generator<string> {
  let piece = '{';
  let first = true;
  for (const [key, value] of analysisEntries(doc, timings, options)) {
    piece += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (value instanceof RecordsJson) {
      piece += '[';
      for (const text of value.text()) {
        piece += text;
        if (piece.length >= JSON_PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      piece += ']';
      continue;
    }
    if (typeof value === 'string' && value.length > JSON_PIECE_CHARS) {
      for (const text of stringJsonPieces(value)) {
        piece += text;
        if (piece.length >= JSON_PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      continue;
    }
    if (!Array.isArray(value)) {
      piece += JSON.stringify(value);
      continue;
    }
    piece += '[';
    for (let i = 0; i < value.length; i++) {
      // An item JSON.stringify would drop (undefined, a function) is `null` in an array, as here.
      piece += `${i > 0 ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`;
      if (piece.length >= JSON_PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
    piece += ']';
  }
  yield `${piece}}`;
}

/**
 * `JSON.stringify(text)` in pieces of ~JSON_PIECE_CHARS characters of `text`: each slice is escaped
 * on its own, never cut between the two halves of a surrogate pair (which JSON.stringify would
 * escape as two lone surrogates), so the pieces joined are exactly `JSON.stringify(text)`.
 */
export function* stringJsonPieces(text: string): Generator<string> {
  let from = 0;
  let open = '"';
  while (text.length - from > JSON_PIECE_CHARS) {
    let to = from + JSON_PIECE_CHARS;
    const last = text.charCodeAt(to - 1);
    if (last >= 0xd800 && last <= 0xdbff) to--;
    yield `${open}${JSON.stringify(text.slice(from, to)).slice(1, -1)}`;
    open = '';
    from = to;
  }
  yield `${open}${JSON.stringify(text.slice(from)).slice(1)}`;
}
