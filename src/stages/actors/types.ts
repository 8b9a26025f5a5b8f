/**
 * The `actors` layer: one record per real-world participant of the article,
 * with every mention that refers to it (names, titles, nominals, pronouns).
 * Later stages (quotes, acts) find the speaker of a source span by looking up
 * the actor mention that covers it.
 */
import type { Span } from '../../model/span.js';

export type ActorType =
  | 'person'
  | 'organisation'
  | 'government'
  | 'country'
  | 'place'
  | 'media'
  | 'international-organisation'
  | 'group'
  | 'other';

export type MentionKind = 'name' | 'title' | 'nominal' | 'pronoun';

export interface ActorMention extends Span {
  readonly id: string;
  readonly kind: MentionKind;
  /** The actor this mention refers to; absent when it could not be resolved (never guessed). */
  readonly actorId?: string;
  /** A group mention (`the two leaders`) refers to several actors; then `actorId` is absent. */
  readonly actorIds?: readonly string[];
}

export interface ActorRole extends Span {
  /** Normalised role, e.g. `Kremlin spokesperson`, `President`. */
  readonly role: string;
  /** The title word the role states, normalised (`president`, `president-elect`, `spokesperson`). */
  readonly title?: string;
}

export interface Actor {
  readonly id: string;
  /** Canonical name: the fullest proper name used in the article. */
  readonly name: string;
  readonly type: ActorType;
  /** ISO 3166-1 alpha-3 code of the actor's country, when the text or a dictionary supports it. */
  readonly country?: string;
  readonly aliases: readonly string[];
  readonly roles: readonly ActorRole[];
  readonly mentions: readonly ActorMention[];
}

export interface ActorsLayer {
  readonly actors: readonly Actor[];
  /** Every mention found, resolved or not, in text order. */
  readonly mentions: readonly ActorMention[];
}

declare module '../../model/layers.js' {
  interface LayerMap {
    actors: ActorsLayer;
  }
}
