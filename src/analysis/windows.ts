/**
 * Windows of a huge document (issue #15): a text longer than WINDOW_CHARS (a book, a log, an attack,
 * never a news article) is analysed as a sequence of windows, each run through the pipeline on its
 * own and merged (window-merge.ts), so time and memory grow with one window, not with the text.
 *
 * Windows are cut at block (paragraph) boundaries, so no sentence is cut. A single block longer
 * than a window is cut into pieces at a sentence end, else at whitespace, else anywhere (never
 * inside a surrogate pair), as the sentence splitter already bounds giant sentences.
 */
import { BlockTable } from '../model/block-table.js';
import type { Block, Document } from '../model/document.js';
import { VerbatimError } from '../model/errors.js';
import { recordId } from '../model/ids.js';

/**
 * Largest window, and the length above which a text is windowed, in UTF-16 code units. News
 * articles are under 100 K (the longest PolNeAR text: 38 K), so 512 K windows only what is five
 * times the longest article. Measured (loaded machine, 8 MB of news): peak RSS 175 MB with the
 * models alone; +65 MB for one 256 K document, +90 MB for 512 K, +170 MB for 1 M. 512 K bounds the
 * per-window part with half as many window borders as 256 K. With the records kept as JSON in a file
 * (window-records.ts, the CLI's json formats) or the report's lines (window-report.ts, the report
 * format), 8 MB of news peaks at ~400 MB either way (loaded; 384 K windows: ~15 MB less, 256 K:
 * ~25 MB less, each with more borders: at 2 MB of news, 256 K windows kept 72.6 % of the whole
 * text's actors unchanged where 512 K kept 75.6 %).
 */
export const WINDOW_CHARS = 512 * 1024;

/** How far back from a window's end a giant block's cut looks for a sentence end or a space. */
const CUT_SEARCH_CHARS = 4096;

/** A sentence end a giant block may be cut after: `.`, `!` or `?`, closing quotes or brackets, then a space. */
const SENTENCE_END_RE = /[.!?]["'”’)\]]*\s/g;

/** One window: `[start, end)` of the whole text and the blocks (or block pieces) it holds. */
export interface Window {
  readonly start: number;
  readonly end: number;
  /** Whole-text blocks inside the window; a piece of a giant block has the block's kind and `pieceOf`. */
  readonly blocks: readonly WindowBlock[];
}

export interface WindowBlock {
  readonly block: Block;
  readonly start: number;
  readonly end: number;
  /** Set when this is a piece of a block longer than a window: the block's ID. */
  readonly pieceOf?: string;
}

/** Shortest window accepted: a few paragraphs, so a window is never cut inside most sentences. */
export const MIN_WINDOW_CHARS = 1000;

/** Checks a window length option (`windowChars`): an integer of at least MIN_WINDOW_CHARS. */
export function checkWindowChars(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_WINDOW_CHARS) return value;
  throw new VerbatimError('E_OPTION_INVALID', `options.windowChars is ${String(value)}`, {
    hint: `pass an integer of at least ${MIN_WINDOW_CHARS} (default ${WINDOW_CHARS})`,
  });
}

/** True when `text` is analysed in windows rather than whole. */
export function needsWindows(text: string, windowChars = WINDOW_CHARS): boolean {
  return text.length > windowChars;
}

/** The windows of `doc`, in text order; each spans at most `windowChars` code units. */
export function planWindows(doc: Document, windowChars = WINDOW_CHARS): Window[] {
  return [...windowsOver(doc.text, doc.blocks, windowChars)];
}

/**
 * The windows of `doc` one at a time, for a windowed run: while they are read, `doc.blocks` (and its
 * `blocks` layer) is empty and the blocks are held in a BlockTable, each window's blocks made as it
 * is reached, so no collection during the run walks every block of the text (a text of 100,000
 * short lines per MB: model/block-table.ts); when the windows are done (or the loop is left), the
 * document's blocks are made again from the table, equal to the ones it had.
 */
export function* windowsOf(doc: Document, windowChars = WINDOW_CHARS): Generator<Window> {
  const table = new BlockTable(doc.text, doc.scope, doc.blocks);
  setBlocks(doc, []);
  try {
    yield* windowsOver(doc.text, table, windowChars);
  } finally {
    setBlocks(doc, table.toArray());
  }
}

/** Sets a document's blocks and its `blocks` layer (the one place they change after createDocument). */
function setBlocks(doc: Document, blocks: readonly Block[]): void {
  (doc as { blocks: readonly Block[] }).blocks = blocks;
  doc.layers.blocks = blocks;
}

/** Windows over `blocks` (in text order): blocks, and pieces of giant blocks, packed up to `windowChars`. */
function* windowsOver(text: string, blocks: Iterable<Block>, windowChars: number): Generator<Window> {
  let open: WindowBlock[] = [];
  for (const block of blocks) {
    for (const piece of pieces(text, block, windowChars)) {
      const first = open[0];
      if (first && piece.end - first.start > windowChars) {
        yield windowOf(open);
        open = [];
      }
      open.push(piece);
    }
  }
  if (open.length > 0) yield windowOf(open);
}

function windowOf(blocks: WindowBlock[]): Window {
  const first = blocks[0] as WindowBlock;
  const last = blocks[blocks.length - 1] as WindowBlock;
  return { start: first.start, end: last.end, blocks };
}

/** A block as one piece, or cut into pieces of at most `windowChars` when it is longer. */
function pieces(text: string, block: Block, windowChars: number): WindowBlock[] {
  if (block.end - block.start <= windowChars) return [{ block, start: block.start, end: block.end }];
  const out: WindowBlock[] = [];
  let from = block.start;
  while (block.end - from > windowChars) {
    const to = cutPoint(text, from, from + windowChars);
    out.push({ block, start: from, end: to, pieceOf: block.id });
    from = to;
    while (from < block.end && /\s/.test(text[from] as string)) from++;
  }
  if (from < block.end) out.push({ block, start: from, end: block.end, pieceOf: block.id });
  return out;
}

/** Where to cut `text` at or before `limit` (after `from`): after a sentence end, else a space, else at `limit`. */
export function cutPoint(text: string, from: number, limit: number): number {
  const lo = Math.max(from + 1, limit - CUT_SEARCH_CHARS);
  const zone = text.slice(lo, limit + 1);
  let best = -1;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(zone); m; m = SENTENCE_END_RE.exec(zone)) {
    best = lo + m.index + m[0].length - 1;
  }
  if (best > from) return best;
  const space = zone.search(/\s\S*$/);
  if (space >= 0 && lo + space > from) return lo + space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The Document of one window: its text a slice of the whole, its blocks shifted into it. It shares
 * the whole document's ID, scope and metadata (publication date), so its records' IDs differ from
 * the whole text's only by offsets, which the merge shifts back.
 */
export function windowDocument(doc: Document, window: Window): Document {
  const off = window.start;
  const blocks = window.blocks.map((p): Block => {
    const whole = !p.pieceOf;
    const b = p.block;
    return {
      ...(whole ? b : { kind: b.kind }),
      id: recordId('blk', doc.scope, p.start - off, p.end - off),
      start: p.start - off,
      end: p.end - off,
      text: whole ? b.text : doc.text.slice(p.start, p.end),
      ...(whole && b.credit ? { credit: shiftSpan(b.credit, -off) } : {}),
      ...(whole && b.dateline ? { dateline: shiftSpan(b.dateline, -off) } : {}),
    } as Block;
  });
  return {
    id: doc.id,
    version: doc.version,
    scope: doc.scope,
    text: doc.text.slice(off, window.end),
    meta: { ...doc.meta },
    blocks,
    layers: { blocks },
    warnings: [],
  };
}

function shiftSpan<T extends { start: number; end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}
