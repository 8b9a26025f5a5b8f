/**
 * Re-expresses one window's layers (windows.ts) in the whole text's terms, in place, so they can be
 * merged into the document (window-merge.ts) or written as records (window-records.ts):
 * - every span (`{start, end, text}`) is shifted into the whole text, and its text becomes a slice
 *   of the whole text (checked equal, so `text.slice(start, end) === span.text` holds by proof);
 * - every record ID (`<kind>_<scope>_<start>_<end>[_<extra>]`, docs/identity.md) is re-derived from
 *   the shifted offsets, wherever it appears (ids and references alike); a statement's `extra` is
 *   its cue's start, shifted too;
 * - an actor named by a proper name with the same type and normalised name as an actor of an earlier
 *   window takes that actor's ID (the caller merges its mentions, aliases and roles into it), and
 *   references to it point to the earlier one;
 * - token indices (`index`, `tokenStart`, `tokenEnd`) are shifted by the tokens of earlier windows.
 * Pronouns and other mentions are not resolved across a window border (see the windows warning).
 */
import type { Document } from '../model/document.js';
import { VerbatimError } from '../model/errors.js';
import { recordId } from '../model/ids.js';
import type { LayerName } from '../model/layers.js';
import { lookupKey } from '../stages/actors/dictionary.js';
import type { Actor, ActorsLayer } from '../stages/actors/types.js';

/**
 * Record kinds whose ID's numeric `extra` part is an offset (docs/identity.md): a statement's cue start, and
 * the cue start a claim takes when another claim has its content span.
 */
const OFFSET_EXTRA_KINDS: ReadonlySet<string> = new Set(['stmt', 'claim']);

/** Number fields that index the `tokens` layer. */
const TOKEN_INDEX_FIELDS = ['index', 'tokenStart', 'tokenEnd'] as const;

type Mutable = Record<string, unknown>;

export class WindowRemapper {
  private readonly text: string;
  /** `_<scope>_`: what every record ID of the document holds after its kind. */
  private readonly scopeMark: string;
  private readonly keep: (layer: LayerName) => boolean;
  /**
   * Whole-text IDs of the window being remapped that stand for another record: an actor merged into
   * an earlier one, a block piece (set before `remap`, cleared after it).
   */
  private readonly aliases = new Map<string, string>();
  /** Identity key (identityKey) → whole-text ID of the actor later windows' actors of that key merge into. */
  private readonly identities = new Map<string, string>();
  private tokenOffset = 0;
  private offset = 0;
  /** This window's IDs already re-derived: one string per ID however often it is referenced. */
  private remapped = new Map<string, string>();
  /** This window's actors that are one with an earlier window's actor, with their identity key. */
  private merged = new Map<Actor, string>();
  /**
   * This window's other actors with an identity key, with it: the caller keys its merged actors by the
   * same string (window-records.ts), not by a second copy for every actor of the text.
   */
  private fresh = new Map<Actor, string>();

  /** `keep` names the layers remapped (the others are left as the window made them). */
  constructor(doc: Document, keep: (layer: LayerName) => boolean) {
    this.text = doc.text;
    this.scopeMark = `_${doc.scope}_`;
    this.keep = keep;
  }

  /** Records that the window block `pieceId` (a whole-text ID) is a piece of the block `blockId`. */
  alias(pieceId: string, blockId: string): void {
    if (pieceId !== blockId) this.aliases.set(pieceId, blockId);
  }

  /**
   * Remaps the kept layers (but blocks) of a window document that starts at `offset` of the whole
   * text, in place. Afterwards an actor that is one with an earlier window's has that actor's ID.
   */
  remap(win: Document, offset: number): void {
    this.offset = offset;
    this.remapped = new Map();
    this.merged = new Map();
    this.fresh = new Map();
    const seen = new Set<object>();
    const actorsLayer = win.layers.actors;
    if (actorsLayer && this.keep('actors')) this.remapActors(actorsLayer, seen);
    for (const [name, value] of Object.entries(win.layers)) {
      if (name === 'blocks' || name === 'actors' || !this.keep(name as LayerName)) continue;
      this.walk(value, seen);
    }
    this.tokenOffset += win.layers.tokens?.length ?? 0;
    // Its keys are this window's whole-text IDs, which no later window derives (windows do not
    // overlap): kept, they grew the live heap by ~1,800 entries per window of news, and with it
    // the cost of every later full collection.
    this.aliases.clear();
  }

  private remapActors(layer: ActorsLayer, seen: Set<object>): void {
    // IDs first, so a reference to a merged actor anywhere in this window is redirected.
    for (const actor of layer.actors) {
      const key = identityKey(actor);
      if (key === undefined) continue;
      const earlier = this.identities.get(key);
      if (earlier) {
        this.aliases.set(this.remapId(actor.id), earlier);
        this.merged.set(actor, key);
      } else this.fresh.set(actor, key);
    }
    this.remapped.clear(); // the IDs above were re-derived before their aliases were known
    this.walk(layer, seen);
    // The last actor of a key in this window is the one later windows merge into.
    for (const [actor, key] of this.fresh) this.identities.set(key, actor.id);
  }

  /**
   * The identity key of an actor of the window last remapped when it is one with an earlier window's
   * actor (the actor of that key the caller merged before), else undefined (a new actor). Keys, not
   * IDs, say which: two actors of one window may share an ID.
   */
  mergeKey(actor: Actor): string | undefined {
    return this.merged.get(actor);
  }

  /** The identity key of an actor of the window last remapped (the string the remapper keeps), if it has one. */
  keyOf(actor: Actor): string | undefined {
    return this.merged.get(actor) ?? this.fresh.get(actor);
  }

  /** Shifts spans, IDs and token indices inside `value` in place (each object once). */
  private walk(value: unknown, seen: Set<object>): void {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'string') value[i] = this.remapId(v);
        else this.walk(v, seen);
      }
      return;
    }
    const o = value as Mutable;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['text'] === 'string') {
      this.shiftSpan(o);
    }
    for (const f of TOKEN_INDEX_FIELDS) {
      if (typeof o[f] === 'number') o[f] = (o[f] as number) + this.tokenOffset;
    }
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'string') {
        if (k !== 'text') o[k] = this.remapId(v);
      } else if (v && typeof v === 'object') this.walk(v, seen);
    }
  }

  private shiftSpan(o: Mutable): void {
    const start = (o['start'] as number) + this.offset;
    const end = (o['end'] as number) + this.offset;
    const text = this.text.slice(start, end);
    if (text !== o['text']) {
      throw new VerbatimError(
        'E_INTERNAL',
        `window merge: span [${start}, ${end}) does not hold its text after shifting by ${this.offset}`,
      );
    }
    o['start'] = start;
    o['end'] = end;
    o['text'] = text;
  }

  /** A window's record ID as the whole text's (shifted offsets, merged actors); other strings unchanged. */
  private remapId(s: string): string {
    const at = s.indexOf(this.scopeMark);
    if (at <= 0) return s;
    const known = this.remapped.get(s);
    if (known !== undefined) return known;
    const id = this.deriveId(s, at);
    this.remapped.set(s, id);
    return id;
  }

  private deriveId(s: string, at: number): string {
    const kind = s.slice(0, at);
    const parts = s.slice(at + this.scopeMark.length).split('_');
    const start = Number(parts[0]);
    const end = Number(parts[1]);
    if (parts.length < 2 || !Number.isInteger(start) || !Number.isInteger(end)) return s;
    const scope = this.scopeMark.slice(1, -1);
    let extra = parts.slice(2).join('_');
    if (OFFSET_EXTRA_KINDS.has(kind) && /^\d+$/.test(extra)) extra = String(Number(extra) + this.offset);
    const id = recordId(kind, scope, start + this.offset, end + this.offset, extra);
    return this.aliases.get(id) ?? id;
  }
}

/**
 * What makes two actors of different windows one: type and normalised name (lookupKey), for an
 * actor named by a proper name. Actors known only by a nominal or a pronoun (`the lawyers`, `she`)
 * have none: the resolver keeps such actors apart within one text too.
 */
export function identityKey(actor: Actor): string | undefined {
  if (!actor.mentions.some((m) => m.kind === 'name')) return undefined;
  return `${actor.type}\u0000${lookupKey(actor.name)}`;
}
