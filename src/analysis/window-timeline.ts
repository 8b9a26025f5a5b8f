/**
 * The timeline of a huge document's report (window-report.ts) as an external merge: each window's
 * entries are sorted as timeline.ts sorts the whole document's (by first day, then offset), rendered
 * and spilled as one sorted run with their sort keys; the section merges the runs by key, reading
 * each run piece by piece. Windows are disjoint, so two windows' entries never share an offset
 * and the merge gives exactly the whole document's order.
 */
import type { Document } from '../model/document.js';
import { type JsonSpill, PIECE_CHARS } from './json-spill.js';
import { buildTimeline, reportedOnLine, timelineDays, timelineHeadLine, timelineLine } from './timeline.js';
import type { SectionLines } from './window-report.js';

/** Characters of a run gathered before they go to the spill, as window-report.ts. */
const SPILL_PIECE_CHARS = PIECE_CHARS;

/** One spilled entry: its first day (null for none: last), its offset, its line. */
type Entry = readonly [days: number | null, start: number, line: string];

export class WindowTimeline {
  private readonly spill: JsonSpill;
  private runs = 0;
  private entries = 0;
  private reportedOn = 0;

  constructor(spill: JsonSpill) {
    this.spill = spill;
  }

  /** Adds the entries of a window (`view`: the whole text with the window's remapped layers) as one run. */
  add(view: Document): void {
    const key = `t${this.runs++}`;
    let piece = '';
    for (const e of buildTimeline(view)) {
      if (e.kind === 'reported-on') {
        this.reportedOn++;
        continue;
      }
      this.entries++;
      const days = timelineDays(e);
      const entry: Entry = [Number.isFinite(days) ? days : null, e.start, timelineLine(e)];
      piece += `${JSON.stringify(entry)}\n`;
      if (piece.length >= SPILL_PIECE_CHARS) {
        this.spill.append(key, piece);
        piece = '';
      }
    }
    if (piece) this.spill.append(key, piece);
  }

  /** The timeline section (timeline.ts), its runs merged. */
  section(publishedAt: string | undefined): SectionLines {
    const runs = Array.from({ length: this.runs }, (_, i) => entries(this.spill.pieces(`t${i}`)));
    const entriesCount = this.entries;
    const reportedOn = this.reportedOn;
    function* lines(): Generator<string> {
      yield timelineHeadLine(entriesCount);
      const heads = runs.map((r) => r.next());
      for (;;) {
        let best = -1;
        for (let i = 0; i < heads.length; i++) {
          const h = heads[i] as IteratorResult<Entry>;
          if (!h.done && (best < 0 || before(h.value, (heads[best] as IteratorYieldResult<Entry>).value)))
            best = i;
        }
        if (best < 0) break;
        yield ((heads[best] as IteratorYieldResult<Entry>).value as Entry)[2];
        heads[best] = (runs[best] as Generator<Entry>).next();
      }
      const last = reportedOnLine(reportedOn, publishedAt);
      if (last) yield last;
    }
    return { title: 'Timeline', lines: lines() };
  }
}

/** True when `a` comes before `b` in the timeline: an earlier first day (none is last), else an earlier offset. */
function before(a: Entry, b: Entry): boolean {
  const da = a[0] ?? Number.POSITIVE_INFINITY;
  const db = b[0] ?? Number.POSITIVE_INFINITY;
  return da !== db ? da < db : a[1] < b[1];
}

/** The entries of a run, from its pieces (each a whole number of entry lines). */
function* entries(pieces: Iterable<string>): Generator<Entry> {
  for (const piece of pieces) {
    for (const line of piece.split('\n')) if (line) yield JSON.parse(line) as Entry;
  }
}
