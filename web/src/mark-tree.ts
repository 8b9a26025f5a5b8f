/**
 * Marks → a tree of nested ranges over the text, so each mark is one element wrapping its text and the marks
 * inside it. Marks that cross (one starts inside another and ends after it) are split at the outer mark's end;
 * the pieces keep the mark's record. Text is never rewritten: the leaves are slices of the original.
 */
import type { Mark, MarkKind } from './analysis.js';

export interface MarkNode {
  readonly mark: Mark | undefined;
  readonly start: number;
  readonly end: number;
  /** True for the second and later pieces of a split mark (only the first piece takes keyboard focus). */
  readonly continued: boolean;
  readonly children: MarkNode[];
}

/** Outer kinds first when two marks cover the same span. */
const KIND_ORDER: Readonly<Record<MarkKind, number>> = {
  claim: 0,
  content: 1,
  act: 2,
  source: 3,
  response: 4,
  cue: 5,
  actor: 6,
  timex: 7,
};

function compare(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.mark.kind] - KIND_ORDER[b.mark.kind];
}

interface Piece {
  readonly mark: Mark;
  readonly start: number;
  readonly end: number;
  readonly continued: boolean;
}

/** Inserts a piece keeping `queue` sorted (split remainders are rare, so a linear insert is enough). */
function insertSorted(queue: Piece[], from: number, piece: Piece): void {
  let i = from;
  while (i < queue.length && compare(queue[i]!, piece) <= 0) i++;
  queue.splice(i, 0, piece);
}

export function buildMarkTree(textLength: number, marks: readonly Mark[]): MarkNode {
  const root: MarkNode = { mark: undefined, start: 0, end: textLength, continued: false, children: [] };
  const queue: Piece[] = marks
    .filter((m) => m.start >= 0 && m.end <= textLength && m.end > m.start)
    .map((mark) => ({ mark, start: mark.start, end: mark.end, continued: false }))
    .sort(compare);
  const stack: MarkNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const piece = queue[i]!;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    const end = Math.min(piece.end, parent.end);
    const node: MarkNode = {
      mark: piece.mark,
      start: piece.start,
      end,
      continued: piece.continued,
      children: [],
    };
    parent.children.push(node);
    stack.push(node);
    if (piece.end > end) insertSorted(queue, i + 1, { ...piece, start: end, continued: true });
  }
  return root;
}
