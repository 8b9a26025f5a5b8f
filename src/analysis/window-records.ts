/**
 * A huge document's records kept as JSON text instead of merged layers (issue #15's memory target):
 * each window's layers are remapped into the whole text (window-remap.ts), its records built and
 * serialised at once, and the window dropped. What stays alive is text, not objects: at 8 MB of news
 * the merged layers are ~175 MB of heap, their records' JSON a fraction of that.
 *
 * The JSON is exactly what the merged layers give (`JSON.stringify(toAnalysis(…))` after
 * window-merge.ts): the same records in the same order, each actor once with the mentions, aliases
 * and roles of every window it appears in. Only the records leave this way; a document analysed so
 * has no layers for a stage's report (Analyzer option `windowedJson`).
 */
import type { Document } from '../model/document.js';
import type { Actor, ActorsLayer } from '../stages/actors/types.js';
import { type JsonSpill, PIECE_CHARS } from './json-spill.js';
import { ACTORS, type ActorRecord, MENTIONS } from './kinds/actors.js';
import type { RecordKind } from './record-kind.js';
import { recordsRead } from './release.js';
import { WindowRemapper } from './window-remap.js';

/** Characters of JSON gathered before a piece goes to the spill: a pipe buffer or a few, as json-stream.ts. */
const SPILL_PIECE_CHARS = PIECE_CHARS;

/** Records of one kind as JSON text: what goes between the `[` and `]` of its array, in pieces. */
export class RecordsJson {
  constructor(readonly text: () => Iterable<string>) {}

  /** The records as objects (what `toAnalysis` returns for a document analysed whole). */
  parse(): unknown[] {
    return JSON.parse(`[${[...this.text()].join('')}]`) as unknown[];
  }
}

/**
 * An actor merged across windows: its first window's fields; its roles and mentions are in the spill.
 * One object per actor of the text, alive to the end: every field is set in one order (one shape, no
 * out-of-object properties) and `aliases` is made only for an actor that has some, so that each full
 * collection of a huge text marks as few objects per actor as it can (news, 8 MB: ~1,100 new actors a window).
 */
interface CompactActor {
  readonly id: string;
  readonly name: string;
  readonly type: Actor['type'];
  readonly country: string | undefined;
  aliases: Set<string> | undefined;
  /** Its place in the output, naming its spill keys. */
  readonly slot: number;
  roles: number;
  mentions: number;
}

interface WindowedJson {
  readonly records: ReadonlyMap<string, RecordsJson>;
  readonly spill: JsonSpill;
}

/** The JSON records of windowed documents, by document (set by `WindowRecords.finish`). */
const RECORDS = new WeakMap<Document, WindowedJson>();

/** The JSON records of `doc` by record kind key, when it was analysed with `windowedJson`. */
export function windowedRecords(doc: Document): ReadonlyMap<string, RecordsJson> | undefined {
  return RECORDS.get(doc)?.records;
}

/** Frees the JSON records of `doc` (its spill's file), once written; its records are then gone. */
export function releaseWindowedRecords(doc: Document): void {
  RECORDS.get(doc)?.spill.close();
  RECORDS.delete(doc);
}

export class WindowRecords {
  private readonly remapper: WindowRemapper;
  private readonly include: ReadonlySet<string>;
  private readonly kinds: readonly RecordKind[];
  private readonly spill: JsonSpill;
  /** Records so far by record kind key; a key is present once some window had the kind's layers. */
  private readonly counts = new Map<string, number>();
  /** Merged actors by identity key (window-remap.ts). */
  private readonly actors = new Map<string, CompactActor>();
  private readonly actorList: CompactActor[] = [];
  /** Whether some window had an actor mention (else, as after merging, there are no actor records). */
  private anyMention = false;

  /** `kinds`: the record kinds of the output in order (RECORD_KINDS); `include` as resolved. */
  constructor(doc: Document, kinds: readonly RecordKind[], include: ReadonlySet<string>, spill: JsonSpill) {
    this.remapper = new WindowRemapper(doc, (layer) => recordsRead(layer, include));
    this.include = include;
    this.kinds = kinds.filter((k) => !k.optIn || include.has(k.key));
    this.spill = spill;
  }

  /** Actors merged so far (each actor of the text once). */
  get actorCount(): number {
    return this.actorList.length;
  }

  /** Records that the window block `pieceId` (a whole-text ID) is a piece of the block `blockId`. */
  alias(pieceId: string, blockId: string): void {
    this.remapper.alias(pieceId, blockId);
  }

  /** Serialises the records of a window document that starts at `offset` of the whole text. */
  add(win: Document, offset: number): void {
    this.remapper.remap(win, offset);
    const layer = win.layers.actors;
    // Records name an actor as the merged actor (first window's name), as after window-merge.ts.
    const view: Document = layer ? { ...win, layers: { ...win.layers, actors: this.addActors(layer) } } : win;
    for (const kind of this.kinds) {
      if (kind === ACTORS) {
        if (layer) this.counts.set(kind.key, this.actorList.length);
        continue;
      }
      const built = kind.build(view, this.include);
      if (built) this.counts.set(kind.key, this.write(kind.key, built, this.counts.get(kind.key) ?? 0));
    }
  }

  /** Ends the run: the records of `doc` are the JSON gathered (windowedRecords). */
  finish(doc: Document): void {
    const records = new Map<string, RecordsJson>();
    for (const key of this.counts.keys()) {
      const noActors = this.actorList.length === 0 && !this.anyMention;
      if ((key === ACTORS.key || key === MENTIONS.key) && noActors) continue;
      const text = key === ACTORS.key ? () => this.actorsText() : () => this.spill.pieces(key);
      records.set(key, new RecordsJson(text));
    }
    RECORDS.set(doc, { records, spill: this.spill });
  }

  /** Appends `items` as JSON to the spill under `key` after `count` items; returns the new count. */
  private write(key: string, items: readonly unknown[], count: number): number {
    let n = count;
    let piece = '';
    for (const item of items) {
      piece += `${n++ > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`;
      if (piece.length >= SPILL_PIECE_CHARS) {
        this.spill.append(key, piece);
        piece = '';
      }
    }
    if (piece) this.spill.append(key, piece);
    return n;
  }

  /**
   * Adds a remapped actors layer's actors (one with an ID already merged is merged into it); returns
   * the layer the window's other records read: its mentions, and its actors as merged (the name and
   * country of the window where each was first seen).
   */
  private addActors(layer: ActorsLayer): ActorsLayer {
    if (layer.mentions.length > 0) this.anyMention = true;
    const into = layer.actors.map((a) => {
      const key = this.remapper.mergeKey(a);
      return key === undefined ? undefined : this.actors.get(key);
    });
    // A merged actor's mentions are its earlier actor's: built with that ID, as after window-merge.ts.
    const actors = layer.actors.map((a, i) => (into[i] ? { ...a, id: (into[i] as CompactActor).id } : a));
    const records = ACTORS.build(
      { layers: { actors: { actors, mentions: [] } } } as unknown as Document,
      this.include,
    );
    // The merged actors this window's records can name: its own actors' (merged or new), not every actor
    // of the text so far, which each record kind reading actors made a map of in every window (actorsById):
    // work per window that grew with the text (news, 8 MB: ~17,000 actors by the last window, four maps).
    const named: CompactActor[] = [];
    (records ?? []).forEach((r, i) => {
      const earlier = into[i];
      if (earlier) {
        for (const a of r.aliases ?? []) addAlias(earlier, a);
        if (r.name !== earlier.name) addAlias(earlier, r.name);
      }
      const actor = earlier ?? this.newActor(r, this.remapper.keyOf(layer.actors[i] as Actor));
      actor.roles = this.write(`r${actor.slot}`, r.roles ?? [], actor.roles);
      actor.mentions = this.write(`m${actor.slot}`, r.mentions, actor.mentions);
      named.push(actor);
    });
    return { actors: named as unknown as Actor[], mentions: layer.mentions };
  }

  private newActor(r: ActorRecord, key: string | undefined): CompactActor {
    const actor: CompactActor = {
      id: r.id,
      name: r.name,
      type: r.type,
      country: r.country || undefined,
      aliases: r.aliases && r.aliases.length > 0 ? new Set(r.aliases) : undefined,
      slot: this.actorList.length,
      roles: 0,
      mentions: 0,
    };
    if (key !== undefined) this.actors.set(key, actor);
    this.actorList.push(actor);
    return actor;
  }

  /** The actors' records as JSON, each in ActorSchema's key order (as `JSON.stringify` of its ACTORS record). */
  private *actorsText(): Generator<string> {
    for (const a of this.actorList) {
      const head = JSON.stringify({
        id: a.id,
        name: a.name,
        type: a.type,
        ...(a.country ? { country: a.country } : {}),
        ...(a.aliases ? { aliases: [...a.aliases] } : {}),
      });
      yield `${a.slot > 0 ? ',' : ''}${head.slice(0, -1)}`;
      if (a.roles > 0) {
        yield ',"roles":[';
        yield* this.spill.pieces(`r${a.slot}`);
        yield ']';
      }
      yield ',"mentions":[';
      yield* this.spill.pieces(`m${a.slot}`);
      yield ']}';
    }
  }
}

function addAlias(actor: CompactActor, alias: string): void {
  if (actor.aliases) actor.aliases.add(alias);
  else actor.aliases = new Set([alias]);
}
