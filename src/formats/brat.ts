/**
 * Brat standoff (`.ann`) reading and writing, as PolNeAR uses it for attributions:
 *
 *     T3\tContent 209 236;91 186\tin favor of … the Republican party
 *     E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
 *     #1\tAnnotatorNotes T5\tDonald Trump
 *
 * Brat counts offsets in code points (it is written in Python); Verbatim counts
 * UTF-16 code units. Conversion happens here, at the boundary, in both directions.
 * A text-bound annotation's text may contain line breaks (a span crossing
 * paragraphs), so lines that do not start an annotation continue the previous one.
 */
import { codePointToUtf16 } from '../model/span.js';

export interface BratRange {
  readonly start: number;
  readonly end: number;
}

/** A text-bound annotation (`T` line); ranges are UTF-16 offsets into the text. */
export interface BratTextBound {
  readonly id: string;
  readonly label: string;
  readonly ranges: readonly BratRange[];
  readonly text: string;
}

/** An event (`E` line): its trigger type and id, and role → annotation id. */
export interface BratEvent {
  readonly id: string;
  readonly type: string;
  readonly trigger: string;
  readonly args: Readonly<Record<string, string>>;
}

export interface BratNote {
  readonly id: string;
  readonly target: string;
  readonly note: string;
}

export interface BratDocument {
  readonly textBounds: ReadonlyMap<string, BratTextBound>;
  readonly events: readonly BratEvent[];
  readonly notes: readonly BratNote[];
}

const ANNOTATION_START_RE = /^[TERAMN#*]\d*\t/;
const TEXT_BOUND_RE = /^(T\d+)\t(\S+) ([\d ;]+)\t?([\s\S]*)$/;

/** True when `text` holds characters outside the BMP, i.e. code points and UTF-16 offsets differ. */
function hasAstral(text: string): boolean {
  return /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
}

/** Maps UTF-16 offsets of `text` to code-point offsets. */
export function utf16ToCodePoint(text: string): (offset: number) => number {
  if (!hasAstral(text)) return (o) => o;
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) table[++i] = cp;
    }
    cp++;
  }
  table[text.length] = cp;
  return (o) => table[o] ?? cp;
}

/** Splits `.ann` content into annotation records, joining continuation lines. */
function annotationRecords(ann: string): string[] {
  const records: string[] = [];
  for (const line of ann.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')) {
    if (ANNOTATION_START_RE.test(line) || records.length === 0) records.push(line);
    else records[records.length - 1] += `\n${line}`;
  }
  return records.filter((r) => r.trim() !== '');
}

/** Parses brat standoff against the document `text` (needed to convert code-point offsets). */
export function parseBrat(ann: string, text: string): BratDocument {
  const toUtf16 = hasAstral(text) ? codePointToUtf16(text) : (o: number) => o;
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  const notes: BratNote[] = [];
  for (const record of annotationRecords(ann)) {
    const kind = record[0];
    if (kind === 'T') {
      const m = TEXT_BOUND_RE.exec(record);
      if (!m) continue;
      const ranges = (m[3] ?? '')
        .split(';')
        .map((piece) => piece.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isInteger))
        .map(([s, e]) => ({ start: toUtf16(s as number), end: toUtf16(e as number) }));
      textBounds.set(m[1] as string, { id: m[1] as string, label: m[2] as string, ranges, text: m[4] ?? '' });
    } else if (kind === 'E') {
      const [id, body = ''] = record.split('\t');
      const parts = body.trim().split(/\s+/);
      const [type = '', trigger = ''] = (parts[0] ?? '').split(':');
      const args: Record<string, string> = {};
      for (const p of parts.slice(1)) {
        const i = p.indexOf(':');
        if (i > 0) args[p.slice(0, i)] = p.slice(i + 1);
      }
      events.push({ id: id as string, type, trigger, args });
    } else if (kind === '#') {
      const [id, mid = '', note = ''] = record.split('\t');
      const target = mid.split(' ')[1] ?? '';
      notes.push({ id: id as string, target, note });
    }
  }
  return { textBounds, events, notes };
}

/** One statement to write: content pieces, cue, optional source and canonical speaker name. */
export interface BratAttribution {
  readonly content: readonly BratRange[];
  readonly cue: BratRange;
  readonly source?: BratRange;
  readonly speaker?: string;
}

/** Writes attributions as PolNeAR-style brat standoff (code-point offsets). */
export function writeBrat(attributions: readonly BratAttribution[], text: string): string {
  const toCp = utf16ToCodePoint(text);
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  let n = 0;
  const textBound = (label: string, ranges: readonly BratRange[]): string => {
    const id = `T${++t}`;
    const offsets = ranges.map((r) => `${toCp(r.start)} ${toCp(r.end)}`).join(';');
    const covered = ranges.map((r) => text.slice(r.start, r.end).replace(/\r?\n/g, ' ')).join(' ');
    lines.push(`${id}\t${label} ${offsets}\t${covered}`);
    return id;
  };
  for (const a of attributions) {
    if (a.content.length === 0) continue;
    const source = a.source ? textBound('Source', [a.source]) : undefined;
    const cue = textBound('Cue', [a.cue]);
    const content = textBound('Content', a.content);
    lines.push(
      `E${++e}\tAttribution:${cue} Content:${content} Cue:${cue}${source ? ` Source:${source}` : ''}`,
    );
    if (source && a.speaker) lines.push(`#${++n}\tAnnotatorNotes ${source}\t${a.speaker}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
