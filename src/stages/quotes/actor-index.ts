/**
 * The `actors` layer indexed for speaker lookups: resolved mentions by offset (a binary search and
 * a short walk back instead of a scan of every mention per statement) and actors by id.
 */
import { anchorShape } from '../../pipeline/shape-anchor.js';
import type { Actor, ActorMention, ActorsLayer } from '../actors/types.js';
import type { Range } from './unit-context.js';

export class ActorIndex {
  private readonly byId: Map<string, Actor>;
  /** Resolved mentions sorted by start (ties in layer order), with their layer position. */
  private readonly sorted: { readonly m: ActorMention; readonly at: number }[];
  /** Greatest end among `sorted[0..i]`: the walk back stops once nothing earlier reaches the span. */
  private readonly maxEnd: number[];

  constructor(layer: ActorsLayer) {
    this.byId = new Map();
    // The first actor of an id wins, as `actors.find` did.
    for (const a of layer.actors) if (!this.byId.has(a.id)) this.byId.set(a.id, a);
    this.sorted = layer.mentions
      .map((m, at) => ({ m, at }))
      .filter((x) => x.m.actorId)
      .sort((a, b) => a.m.start - b.m.start || a.at - b.at);
    this.maxEnd = [];
    let max = -1;
    for (const x of this.sorted) {
      max = Math.max(max, x.m.end);
      this.maxEnd.push(max);
    }
  }

  actor(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** Mentions with an actor that overlap `span`, in layer order. */
  resolvedMentionsOverlapping(span: Range): ActorMention[] {
    const xs = this.sorted;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] as { m: ActorMention }).m.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    const found: { m: ActorMention; at: number }[] = [];
    for (let i = lo - 1; i >= 0 && (this.maxEnd[i] as number) > span.start; i--) {
      const x = xs[i] as { m: ActorMention; at: number };
      if (x.m.end > span.start) found.push(x);
    }
    return found.sort((a, b) => a.at - b.at).map((x) => x.m);
  }
}

/** Keeps the index's shape alive between documents (shape-anchor.ts). */
anchorShape(new ActorIndex({ actors: [], mentions: [] }));
