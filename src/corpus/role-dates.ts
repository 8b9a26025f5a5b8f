/**
 * Stated dates of roles (issue #18, roles over time), by the rule statements are dated with
 * (`spanDater` in src/stages/time/dating.ts): the first timex of the role's sentence with a calendar
 * value (`then-President Trump in 2019`, `Kremlin spokesman Dmitry Peskov said on Tuesday` →
 * Tuesday's resolved date); without one the role keeps the article's date (`reported-on`). Linking
 * sees the analysis records, not the document, so sentences come from the `sentences` records when
 * included, else from end punctuation. A heuristic: a sentence that dates something else beside the
 * role (`President X, who in 2016 won…`) dates the role wrongly; the record names the timex used.
 */
import type { Analysis } from '../analysis/records.js';
import type { Span } from '../model/span.js';

/** A calendar value: a year, a month, a day or a time of a day (not `PAST_REF`, `XXXX-06-14`, weeks). */
const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:]+)?)?)?$/;
/** Where a sentence ends: end punctuation (and closing quotes) before white space, or a line break. */
const SENTENCE_END = /[.!?]["”’')]*\s|\n/g;

export interface RoleDate {
  /** The role span's offsets (as in the actor record). */
  readonly start: number;
  readonly end: number;
  /** The timex's calendar value (`2019`, `2024-11-12`). */
  readonly date: string;
  /** The timex that dates it. */
  readonly timex: Span;
}

/** Sentence bounds [start, end) around `at`: from the sentence records, else by end punctuation. */
function sentenceAround(analysis: Analysis, at: number): [number, number] {
  const s = analysis.sentences?.find((x) => x.start <= at && at < x.end);
  if (s) return [s.start, s.end];
  const text = analysis.text;
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= at) start = stop;
    else {
      end = m.index + 1;
      break;
    }
  }
  return [start, end];
}

/** Stated dates of the roles of each actor (by actor record id); actors with none are left out. */
export function roleDates(analysis: Analysis): Map<string, RoleDate[]> {
  const out = new Map<string, RoleDate[]>();
  const dates = (analysis.timexes ?? [])
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && CALENDAR_VALUE.test(t.value))
    .sort((x, y) => x.start - y.start);
  if (dates.length === 0) return out;
  for (const a of analysis.actors ?? []) {
    const list: RoleDate[] = [];
    for (const r of a.roles ?? []) {
      const [from, to] = sentenceAround(analysis, r.start);
      // The first one of the sentence, outside the role's own words.
      const first = dates.find(
        (t) => t.start >= from && t.end <= to && (t.end <= r.start || t.start >= r.end),
      );
      const near = first ? { t: first } : undefined;
      if (near) {
        list.push({
          start: r.start,
          end: r.end,
          date: near.t.value.slice(0, 10),
          timex: { start: near.t.start, end: near.t.end, text: near.t.text },
        });
      }
    }
    if (list.length) out.set(a.id, list);
  }
  return out;
}
