/**
 * A document's blocks held compactly: offsets and kinds in typed arrays, a block object made only when
 * it is read (issue #15). A text of 100,000 short lines per MB is that many blocks; as objects (each
 * with its ID and text strings) 8 MB of them were ~735,000 objects, ~60 MB that every full garbage
 * collection walks for the whole of a windowed run. In typed arrays they are ~9 bytes a block that no
 * collection walks. Read back, a block is the same record as before, key for key and in the same
 * key order, so the analysis's JSON does not change.
 *
 * Only blocks of the one shape every reader makes (`id`, `kind`, `start`, `end`, `text`, the ID
 * the document's and the text its slice) are packed; any other block (a caption's credit, a
 * dateline, a boilerplate reason, a caller's own keys) is kept as the object it is.
 */
import type { Block, BlockKind } from './document.js';
import { recordId } from './ids.js';

/** Every block kind, by its code in the table (a kind's code is its index). */
const KIND_CODES: Readonly<Record<BlockKind, number>> = {
  headline: 0,
  dek: 1,
  byline: 2,
  dateline: 3,
  caption: 4,
  heading: 5,
  paragraph: 6,
  boilerplate: 7,
};
const KINDS = Object.keys(KIND_CODES) as BlockKind[];

/** The keys of a packable block, in the order the readers make them (ingest/text/structure.ts, ingest/html/document.ts). */
const PLAIN_KEYS = ['id', 'kind', 'start', 'end', 'text'] as const;

export class BlockTable implements Iterable<Block> {
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  /** Blocks not of the plain shape, kept whole, by index. */
  private readonly kept = new Map<number, Block>();

  /** Packs `blocks` of a document whose text is `text` and record scope `scope`. */
  constructor(
    private readonly text: string,
    private readonly scope: string,
    blocks: readonly Block[],
  ) {
    this.length = blocks.length;
    this.starts = new Int32Array(blocks.length);
    this.ends = new Int32Array(blocks.length);
    this.kinds = new Uint8Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      this.starts[i] = b.start;
      this.ends[i] = b.end;
      this.kinds[i] = KIND_CODES[b.kind];
      if (!this.isPlain(b)) this.kept.set(i, b);
    }
  }

  /** Whether `b` is exactly what `at` makes back from its offsets and kind. */
  private isPlain(b: Block): boolean {
    const keys = Object.keys(b);
    return (
      keys.length === PLAIN_KEYS.length &&
      PLAIN_KEYS.every((k, i) => keys[i] === k) &&
      b.id === recordId('blk', this.scope, b.start, b.end) &&
      b.text === this.text.slice(b.start, b.end)
    );
  }

  /** The block at `index` (0 ≤ index < length), a new object equal to the one packed. */
  at(index: number): Block {
    const kept = this.kept.get(index);
    if (kept) return kept;
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    return {
      id: recordId('blk', this.scope, start, end),
      kind: KINDS[this.kinds[index] as number] as BlockKind,
      start,
      end,
      text: this.text.slice(start, end),
    };
  }

  *[Symbol.iterator](): Iterator<Block> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Every block, as an array of new objects. */
  toArray(): Block[] {
    const out: Block[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }
}
