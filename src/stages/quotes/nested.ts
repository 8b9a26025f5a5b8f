/**
 * Which statements are nested in another: the cue inside one of the other's content pieces, and
 * every content piece inside one of the other's (see `dropNested`). A sweep over the statements'
 * cues in text order, with the content pieces started so far in a max-heap by end: the pieces
 * holding a cue are read off the heap's top, so the cost follows the nesting depth, not the
 * number of statements (the pairwise test was quadratic: 100,000 statements took minutes).
 */
import { anchorShape } from '../../pipeline/shape-anchor.js';
import type { Range, RawStatement } from './unit-context.js';

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly owner: RawStatement;
}

/** Indexes (into `raw`) of the statements nested in another statement of `raw`. */
export function nestedStatements(raw: readonly RawStatement[]): Set<number> {
  const pieces: Piece[] = [];
  for (const r of raw) for (const c of r.content) pieces.push({ start: c.start, end: c.end, owner: r });
  pieces.sort((a, b) => a.start - b.start);
  const order = raw
    .map((_, i) => i)
    .sort((a, b) => (raw[a] as RawStatement).cue.start - (raw[b] as RawStatement).cue.start);
  const heap = new EndHeap();
  const holders = new Map<RawStatement, PieceLookup>();
  const nested = new Set<number>();
  let p = 0;
  for (const i of order) {
    const r = raw[i] as RawStatement;
    while (p < pieces.length && (pieces[p] as Piece).start <= r.cue.start) heap.push(pieces[p++] as Piece);
    if (r.kind === 'direct') continue; // direct quotations are kept whatever holds them
    heap.dropEndingBefore(r.cue.start);
    const owners = new Set<RawStatement>();
    heap.forEachEndingAtOrAfter(r.cue.end, (piece) => {
      if (piece.owner !== r) owners.add(piece.owner);
    });
    for (const o of owners) {
      let lookup = holders.get(o);
      if (!lookup) {
        lookup = new PieceLookup(o.content);
        holders.set(o, lookup);
      }
      const l = lookup;
      if (r.content.every((c) => l.holds(c))) {
        nested.add(i);
        break;
      }
    }
  }
  return nested;
}

/** Whether some piece of a statement's content holds a range: a binary search when the pieces are in order. */
class PieceLookup {
  private readonly sorted: boolean;
  /** Greatest end among pieces `[0, i]`, for the walk back from the search point. */
  private readonly maxEnd: number[] = [];

  constructor(private readonly pieces: readonly Range[]) {
    let sorted = true;
    let max = -1;
    for (let i = 0; i < pieces.length; i++) {
      const c = pieces[i] as Range;
      if (i > 0 && c.start < (pieces[i - 1] as Range).start) sorted = false;
      max = Math.max(max, c.end);
      this.maxEnd.push(max);
    }
    this.sorted = sorted;
  }

  holds(inner: Range): boolean {
    const ps = this.pieces;
    if (!this.sorted) return ps.some((c) => c.start <= inner.start && c.end >= inner.end);
    let lo = 0;
    let hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ps[mid] as Range).start <= inner.start) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0 && (this.maxEnd[j] as number) >= inner.end; j--) {
      if ((ps[j] as Range).end >= inner.end) return true;
    }
    return false;
  }
}

/** Keeps the lookup's shape alive between documents (shape-anchor.ts). */
anchorShape(new PieceLookup([]));

/** A binary max-heap of pieces by end. */
class EndHeap {
  private readonly items: Piece[] = [];

  push(x: Piece): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as Piece).end >= x.end) break;
      a[i] = a[parent] as Piece;
      i = parent;
    }
    a[i] = x;
  }

  /** Pops pieces from the top while they end before `pos` (they can hold no later cue). */
  dropEndingBefore(pos: number): void {
    const a = this.items;
    while (a.length > 0 && (a[0] as Piece).end < pos) {
      const last = a.pop() as Piece;
      if (a.length === 0) break;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let best = last.end;
        if (l < a.length && (a[l] as Piece).end > best) {
          m = l;
          best = (a[l] as Piece).end;
        }
        if (r < a.length && (a[r] as Piece).end > best) m = r;
        if (m === i) break;
        a[i] = a[m] as Piece;
        i = m;
      }
      a[i] = last;
    }
  }

  /** Calls `f` for every piece ending at or after `pos` (a walk of the heap pruned below `pos`). */
  forEachEndingAtOrAfter(pos: number, f: (p: Piece) => void): void {
    const a = this.items;
    const stack = a.length > 0 ? [0] : [];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      const x = a[i] as Piece;
      if (x.end < pos) continue;
      f(x);
      const l = 2 * i + 1;
      if (l < a.length) stack.push(l);
      if (l + 1 < a.length) stack.push(l + 1);
    }
  }
}

/** Keeps the heap's shape alive between documents (shape-anchor.ts). */
anchorShape(new EndHeap());
