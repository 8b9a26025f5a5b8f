/**
 * Merges the layers of a huge document's windows (windows.ts) into the whole document, one window
 * at a time, so each window's Document can be dropped as soon as it is merged. The window's layers
 * are first re-expressed in the whole text's terms (window-remap.ts: offsets, IDs, token indices);
 * an actor that took an earlier window's actor's ID is merged into it (mentions, aliases and roles
 * added); every other layer is appended.
 */
import type { Document, LayerData } from '../model/document.js';
import type { LayerName } from '../model/layers.js';
import type { Actor, ActorMention, ActorsLayer } from '../stages/actors/types.js';
import { WindowRemapper } from './window-remap.js';

type Mutable = Record<string, unknown>;

interface MergedActor {
  readonly actor: Actor;
  readonly mentions: ActorMention[];
  readonly aliases: Set<string>;
  readonly roles: Actor['roles'][number][];
}

export class WindowMerger {
  private readonly remapper: WindowRemapper;
  private readonly keep: (layer: LayerName) => boolean;
  /** Merged actors by identity key (window-remap.ts). */
  private readonly actors = new Map<string, MergedActor>();
  private readonly actorList: MergedActor[] = [];
  private readonly mentions: ActorMention[] = [];
  private readonly layers = new Map<string, unknown>();

  constructor(doc: Document, keep: (layer: LayerName) => boolean) {
    this.remapper = new WindowRemapper(doc, keep);
    this.keep = keep;
  }

  /** Records that the window block `pieceId` (a whole-text ID) is a piece of the block `blockId`. */
  alias(pieceId: string, blockId: string): void {
    this.remapper.alias(pieceId, blockId);
  }

  /** Adds the layers of a window document that starts at `offset` of the whole text. */
  add(win: Document, offset: number): void {
    this.remapper.remap(win, offset);
    const actorsLayer = win.layers.actors;
    if (actorsLayer && this.keep('actors')) this.addActors(actorsLayer);
    for (const [name, value] of Object.entries(win.layers)) {
      if (name === 'blocks' || name === 'actors' || !this.keep(name as LayerName)) continue;
      this.append(name, value);
    }
  }

  /** The merged layers, to set on the whole document. */
  finish(): LayerData {
    const out: Record<string, unknown> = Object.fromEntries(this.layers);
    if (this.actorList.length > 0 || this.mentions.length > 0) {
      const actors = this.actorList.map(
        (m): Actor => ({
          ...m.actor,
          aliases: [...m.aliases],
          roles: m.roles,
          mentions: m.mentions,
        }),
      );
      out['actors'] = { actors, mentions: this.mentions } satisfies ActorsLayer;
    }
    return out as LayerData;
  }

  /** Adds a remapped actors layer: an actor that is one with an earlier window's is merged into it. */
  private addActors(layer: ActorsLayer): void {
    for (const actor of layer.actors) {
      const into = this.remapper.mergeKey(actor);
      const earlier = into === undefined ? undefined : this.actors.get(into);
      if (earlier) {
        concat(earlier.mentions, actor.mentions);
        for (const a of actor.aliases) earlier.aliases.add(a);
        if (actor.name !== earlier.actor.name) earlier.aliases.add(actor.name);
        concat(earlier.roles, actor.roles);
        continue;
      }
      const merged: MergedActor = {
        actor,
        mentions: [...actor.mentions],
        aliases: new Set(actor.aliases),
        roles: [...actor.roles],
      };
      const key = this.remapper.keyOf(actor);
      if (key !== undefined) this.actors.set(key, merged);
      this.actorList.push(merged);
    }
    concat(this.mentions, layer.mentions);
  }

  /** Appends a window's layer value to the merged one: arrays concatenated, objects of arrays per key. */
  private append(name: string, value: unknown): void {
    const merged = this.layers.get(name);
    if (Array.isArray(value)) {
      this.layers.set(name, concat(merged as unknown[] | undefined, value));
      return;
    }
    if (value && typeof value === 'object') {
      const target = (merged ?? {}) as Mutable;
      for (const [k, v] of Object.entries(value)) {
        if (Array.isArray(v)) target[k] = concat(target[k] as unknown[] | undefined, v);
        else if (!(k in target)) target[k] = v;
      }
      this.layers.set(name, target);
      return;
    }
    if (merged === undefined) this.layers.set(name, value);
  }
}

/** `into` with `items` appended (a new array when `into` is absent); a loop, as a spread overflows the stack on huge arrays. */
export function concat<T>(into: T[] | undefined, items: readonly T[]): T[] {
  const out = into ?? [];
  for (const item of items) out.push(item);
  return out;
}
