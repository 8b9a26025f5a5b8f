/**
 * Spans: the one place where Verbatim's offset convention is stated.
 *
 * Offsets are half-open `[start, end)` in UTF-16 code units of `Document.text`,
 * i.e. plain JavaScript string indices. The invariant, tested everywhere:
 *
 *     text.slice(span.start, span.end) === span.text
 *
 * Tools that count code points (Python) or bytes are converted at the boundary
 * (see `codePointToUtf16` below), never inside the pipeline.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Builds a span over `text`, checking bounds so a bad offset fails loudly where it is made. */
export function spanOf(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`invalid span [${start}, ${end}) over text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** True when the span's text is exactly what the document holds at its offsets. */
export function spanHolds(text: string, span: Span): boolean {
  return text.slice(span.start, span.end) === span.text;
}

/** Shrinks a range so it neither starts nor ends with white space; an all-space range becomes empty at `start`. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Maps code-point offsets (as Python tools write them) to UTF-16 offsets of `text`. */
export function codePointToUtf16(text: string): (codePointOffset: number) => number {
  const table: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[cp] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  table[cp] = text.length;
  return (offset) => {
    const v = table[offset];
    if (v === undefined) throw new RangeError(`code-point offset ${offset} is outside the text`);
    return v;
  };
}

/** Overlap length of two half-open ranges. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
