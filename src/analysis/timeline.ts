/**
 * The timeline, a view across layers: every dated sentence (timexes) and every
 * dated statement (quotes + dating), ordered by date, and its section of the
 * human report. Entries are ordered by the first day of the period the value
 * names; values without a calendar position (X's) come last, in text order.
 */
import type { Document } from '../model/document.js';
import type { ReportSection } from '../pipeline/stage.js';
import type { StatementTime } from '../stages/dating/types.js';
import { valueStartDays } from '../stages/time/calendar.js';
import { isCalendarValue, sentenceRange } from '../stages/time/dating.js';
import '../stages/quotes/types.js';
import type { Sentence } from '../stages/sentences/types.js';
import type { Timex } from '../stages/time/types.js';

type SentenceSpan = { readonly start: number; readonly end: number };

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

/** Statements with their dates, from the `dating` stage's layer (empty when quotes were not run). */
function datedStatements(doc: Document): { start: number; end: number; who?: string; when: StatementTime }[] {
  const statements = doc.layers.quotes?.statements ?? [];
  const times = new Map((doc.layers.statementTimes ?? []).map((t) => [t.statementId, t]));
  const out: { start: number; end: number; who?: string; when: StatementTime }[] = [];
  for (const s of statements) {
    const when = times.get(s.id);
    if (!when) continue;
    const who = s.speaker?.name ?? s.source?.text;
    out.push({ start: s.sentence.start, end: s.sentence.end, when, ...(who ? { who } : {}) });
  }
  return out;
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

/**
 * The sentence range of a span from the sentences layer alone: for a document analysed in windows,
 * which keeps no tokens layer (analysis/windowed-run.ts). Same ranges as `sentenceRange`.
 */
function sentenceRangeWithoutTokens(doc: Document): (start: number, end: number) => SentenceSpan {
  const sentences = doc.layers.sentences ?? [];
  return (start, end) => {
    // The first sentence ending after `start`, then every one starting before `end` (doc-view.ts).
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sentences[mid] as Sentence).end < start + 1) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < sentences.length && (sentences[to] as Sentence).start < end) to++;
    const first = sentences[lo];
    const last = sentences[to - 1];
    return first && last && lo < to ? { start: first.start, end: last.end } : { start, end };
  };
}

export function buildTimeline(doc: Document): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const rangeOf = doc.layers.tokens
    ? (start: number, end: number) => sentenceRange(doc, start, end)
    : sentenceRangeWithoutTokens(doc);
  for (const t of doc.layers.timexes ?? []) {
    if (!isCalendarValue(t)) continue;
    const sentence = rangeOf(t.start, t.end);
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
  for (const q of datedStatements(doc)) {
    const { value, basis, timexId } = q.when;
    if (!value || basis === 'unknown') continue;
    entries.push({
      value,
      kind: basis,
      what: 'statement',
      start: q.start,
      end: q.end,
      snippet: snippetAround(doc.text, q.start, q.end),
      ...(timexId ? { timexId } : {}),
      ...(q.who ? { who: q.who } : {}),
    });
  }
  return entries.sort((a, b) => timelineDays(a) - timelineDays(b) || a.start - b.start);
}

/** The timeline section's first line: how many dated entries follow. */
export function timelineHeadLine(count: number): string {
  return `${count} dated entr${count === 1 ? 'y' : 'ies'}, by date:`;
}

/** One entry's line. */
export function timelineLine(e: TimelineEntry): string {
  const tag = e.what === 'statement' ? `statement${e.who ? ` by ${e.who}` : ''}: ` : '';
  return `  ${e.value.padEnd(14)} ${tag}${e.snippet}`;
}

/** The line counting statements dated only by the publication date, when there are some. */
export function reportedOnLine(count: number, publishedAt: string | undefined): string | undefined {
  return count > 0
    ? `  (${count} more statement${count === 1 ? '' : 's'} dated only by the publication date, ${publishedAt})`
    : undefined;
}

/** An entry's place in the timeline: the first day its value names (X values last), then its offset. */
export function timelineDays(e: TimelineEntry): number {
  return valueStartDays(e.value) ?? Number.POSITIVE_INFINITY;
}

/** The report's timeline section; undefined when no time expressions were computed. */
export function timelineSection(doc: Document): ReportSection | undefined {
  if (!doc.layers.timexes) return undefined;
  // Statements dated only by the publication date would bury the timeline; they are counted instead.
  const all = buildTimeline(doc);
  const timeline = all.filter((e) => e.kind !== 'reported-on');
  const lines = [timelineHeadLine(timeline.length)];
  for (const e of timeline) lines.push(timelineLine(e));
  const reportedOn = reportedOnLine(all.length - timeline.length, doc.meta.publishedAt);
  if (reportedOn) lines.push(reportedOn);
  return { title: 'Timeline', lines };
}
