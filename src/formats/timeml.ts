/**
 * TimeML (`.tml`, TempEval-3) reader and writer.
 *
 * Reading: the document creation time comes from `<DCT><TIMEX3 value="…">`; the
 * `<TEXT>` content has every tag removed and its XML entities decoded, and each
 * TIMEX3 inside it becomes a half-open UTF-16 range of that tag-free text (the
 * TempEval-3 extent convention). Writing: TIMEX3 tags are inserted into the
 * original file around the given ranges; every other character stays as it was,
 * entities included, because the writer maps decoded offsets back to raw ones.
 *
 * Hand-written rather than via fast-xml-parser because a DOM parser loses the
 * character positions of mixed content, which are the whole point here.
 */
import { VerbatimError } from '../model/errors.js';

export interface TimemlTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tid: string;
  readonly type: string;
  readonly value: string;
  readonly mod?: string;
}

export interface TimemlDocument {
  /** The DCT value (ISO date or date-time), when the file has one. */
  readonly dct?: string;
  /** `<TEXT>` content, tags removed, entities decoded. */
  readonly text: string;
  /** TIMEX3 elements inside `<TEXT>`, in text order. */
  readonly timexes: readonly TimemlTimex[];
  /** Raw offset in the file of `text[i]`, for i in [0, text.length]; the writer's map back. */
  readonly rawOffsets: readonly number[];
}

/** Predefined XML entities; TimeML files use no others besides numeric references. */
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readTimeml(raw: string, file?: string): TimemlDocument {
  const dctMatch = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(raw);
  const dct = dctMatch ? attribute(dctMatch[1] ?? '', 'value') : undefined;
  const open = /<TEXT(?:\s[^>]*)?>/.exec(raw);
  const closeAt = raw.lastIndexOf('</TEXT>');
  if (!open || closeAt < open.index) {
    throw new VerbatimError('E_TASK_INPUT', 'no <TEXT> element in TimeML file', file ? { file } : {});
  }
  const from = open.index + open[0].length;
  const out: string[] = [];
  const rawOffsets: number[] = [];
  const timexes: TimemlTimex[] = [];
  const stack: { start: number; attrs: string }[] = [];
  let len = 0;
  let i = from;
  while (i < closeAt) {
    const c = raw.charCodeAt(i);
    if (c === 0x3c /* < */) {
      const end = raw.indexOf('>', i);
      if (end < 0 || end > closeAt) throw new VerbatimError('E_TASK_INPUT', `unclosed tag at ${i}`, { file });
      const tag = raw.slice(i + 1, end);
      if (/^TIMEX3\b/.test(tag)) {
        if (tag.endsWith('/')) {
          // Empty (non-consuming) timexes have no extent in the text; TempEval-3 ignores them.
        } else stack.push({ start: len, attrs: tag });
      } else if (tag === '/TIMEX3') {
        const o = stack.pop();
        if (o) {
          const text = out.join('').slice(o.start, len);
          const mod = attribute(o.attrs, 'mod');
          timexes.push({
            start: o.start,
            end: len,
            text,
            tid: attribute(o.attrs, 'tid') ?? '',
            type: attribute(o.attrs, 'type') ?? '',
            value: attribute(o.attrs, 'value') ?? '',
            ...(mod ? { mod } : {}),
          });
        }
      }
      i = end + 1;
      continue;
    }
    if (c === 0x26 /* & */) {
      const semi = raw.indexOf(';', i);
      const decoded = semi > i && semi - i <= 10 ? decodeEntity(raw.slice(i + 1, semi)) : undefined;
      if (decoded !== undefined) {
        for (let k = 0; k < decoded.length; k++) {
          rawOffsets.push(i);
          out.push(decoded[k]!);
          len++;
        }
        i = semi + 1;
        continue;
      }
    }
    rawOffsets.push(i);
    out.push(raw[i]!);
    len++;
    i++;
  }
  rawOffsets.push(closeAt);
  timexes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...(dct ? { dct } : {}), text: out.join(''), timexes, rawOffsets };
}

/** Inserts `<TIMEX3 …>` tags around `timexes` (ranges of the decoded text) into the raw file. */
export function writeTimeml(
  raw: string,
  doc: TimemlDocument,
  timexes: readonly Omit<TimemlTimex, 'text'>[],
): string {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  let lastEnd = -1;
  for (const t of sorted) {
    if (t.start < lastEnd || t.end <= t.start || t.end > doc.text.length) continue;
    const rs = doc.rawOffsets[t.start]!;
    const re = rawEnd(raw, doc, t.end);
    const mod = t.mod ? ` mod="${escapeAttr(t.mod)}"` : '';
    parts.push(raw.slice(at, rs));
    parts.push(`<TIMEX3 tid="${escapeAttr(t.tid)}" type="${t.type}" value="${escapeAttr(t.value)}"${mod}>`);
    parts.push(raw.slice(rs, re), '</TIMEX3>');
    at = re;
    lastEnd = t.end;
  }
  parts.push(raw.slice(at));
  return parts.join('');
}

/** Raw offset just after the decoded character `end - 1` (so a closing tag lands before any following tag). */
function rawEnd(raw: string, doc: TimemlDocument, end: number): number {
  if (end === 0) return doc.rawOffsets[0]!;
  const last = doc.rawOffsets[end - 1]!;
  if (doc.rawOffsets[end] === last) return last; // inside one entity (a surrogate pair): keep it whole
  return raw.charCodeAt(last) === 0x26 ? raw.indexOf(';', last) + 1 : last + 1;
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? decodeText(m[1] ?? '') : undefined;
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return fromCode(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return fromCode(Number.parseInt(name.slice(1), 10));
  return XML_ENTITIES[name];
}

function fromCode(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

function decodeText(s: string): string {
  return s.replace(/&([#\w]+);/g, (m, name: string) => decodeEntity(name) ?? m);
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
