/**
 * The timeline: every dated sentence (and every statement, when a `quotes`
 * layer exists) with its date, ordered by date, plus the time section of the
 * human report. Entries are ordered by the first day of the period the value
 * names; values without a calendar position (X's) come last, in text order.
 */
import type { Document } from '../../model/document.js';
import type { ReportSection } from '../../pipeline/stage.js';
import { valueStartDays } from './calendar.js';
import { dateForSpan, isCalendarValue, sentenceRange } from './dating.js';
import type { Timex } from './types.js';

/** Snippets longer than this are cut around the time expression. */
const SNIPPET_CHARS = 110;

export interface TimelineEntry {
  readonly value: string;
  /** 'stated' when a timex dates it, 'reported-on' when only the publication date does. */
  readonly kind: 'stated' | 'reported-on';
  readonly what: 'sentence' | 'statement';
  readonly start: number;
  readonly end: number;
  readonly snippet: string;
  readonly timexId?: string;
  /** Speaker of a statement, when the quotes layer names one. */
  readonly who?: string;
}

interface QuoteLike {
  readonly start: number;
  readonly end: number;
  readonly speaker?: unknown;
  readonly source?: unknown;
}

function quotesOf(doc: Document): QuoteLike[] {
  const layer = (doc.layers as Record<string, unknown>)['quotes'];
  if (!Array.isArray(layer)) return [];
  return layer.filter(
    (q): q is QuoteLike =>
      typeof q === 'object' && q !== null && typeof q.start === 'number' && typeof q.end === 'number',
  );
}

function nameOf(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (typeof x === 'object' && x !== null) {
    const o = x as Record<string, unknown>;
    for (const k of ['name', 'text']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return undefined;
}

export function snippetAround(text: string, start: number, end: number, focus?: Timex): string {
  let s = start;
  let e = end;
  if (e - s > SNIPPET_CHARS && focus) {
    s = Math.max(start, focus.start - SNIPPET_CHARS / 2);
    e = Math.min(end, s + SNIPPET_CHARS);
  } else if (e - s > SNIPPET_CHARS) e = s + SNIPPET_CHARS;
  // Cut at word boundaries.
  if (s > start) s = Math.min(focus?.start ?? e, text.indexOf(' ', s) + 1 || s);
  if (e < end) e = Math.max(focus?.end ?? s, text.lastIndexOf(' ', e));
  const flat = text.slice(s, e).replace(/\s+/g, ' ').trim();
  return `${s > start ? '…' : ''}${flat}${e < end ? '…' : ''}`;
}

export function buildTimeline(doc: Document): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const t of doc.layers.timexes ?? []) {
    if (!isCalendarValue(t)) continue;
    const sentence = sentenceRange(doc, t.start, t.end);
    entries.push({
      value: t.value,
      kind: 'stated',
      what: 'sentence',
      start: sentence.start,
      end: sentence.end,
      snippet: snippetAround(doc.text, sentence.start, sentence.end, t),
      timexId: t.id,
    });
  }
  for (const q of quotesOf(doc)) {
    const d = dateForSpan(doc, q.start, q.end);
    if (!d.value || d.kind === 'unknown') continue;
    const who = nameOf(q.speaker) ?? nameOf(q.source);
    entries.push({
      value: d.value,
      kind: d.kind,
      what: 'statement',
      start: q.start,
      end: q.end,
      snippet: snippetAround(doc.text, q.start, q.end),
      ...(d.timex ? { timexId: d.timex.id } : {}),
      ...(who ? { who } : {}),
    });
  }
  const key = (v: string): number => valueStartDays(v) ?? Number.POSITIVE_INFINITY;
  return entries.sort((a, b) => key(a.value) - key(b.value) || a.start - b.start);
}

export function timeReport(doc: Document): ReportSection {
  const timexes = doc.layers.timexes ?? [];
  const m = doc.meta;
  const lines: string[] = [
    m.publishedAt
      ? `reference date: ${m.publishedAt} (from ${m.publishedAtSource ?? 'metadata'})`
      : 'reference date: unknown — publication date not given (use --published); relative expressions are left unresolved (X) and flagged',
    `${timexes.length} time expression${timexes.length === 1 ? '' : 's'}:`,
  ];
  for (const t of timexes) {
    const flags = [
      t.mod && `mod ${t.mod}`,
      t.anchor === 'publication' && 'relative to publication date',
      t.anchor === 'previous' && `relative to ${t.anchorId ?? 'an earlier expression'}`,
      t.anchor === 'publication-unknown' && 'UNRESOLVED: publication date unknown',
    ].filter(Boolean);
    lines.push(
      `  ${t.type.padEnd(8)} ${t.value.padEnd(14)} ${`${t.start}-${t.end}`.padEnd(11)} "${t.text}"${flags.length ? `  (${flags.join('; ')})` : ''}`,
    );
  }
  const timeline = buildTimeline(doc);
  lines.push('', `timeline (${timeline.length} dated entr${timeline.length === 1 ? 'y' : 'ies'}, by date):`);
  for (const e of timeline) {
    const tag =
      e.what === 'statement'
        ? `statement${e.who ? ` by ${e.who}` : ''}${e.kind === 'reported-on' ? ', reported on' : ''}: `
        : '';
    lines.push(`  ${e.value.padEnd(14)} ${tag}${e.snippet}`);
  }
  return { title: 'Time', lines };
}
