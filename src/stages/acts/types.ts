/**
 * The `acts` layer: political acts coded in PLOVER 2.0 (../shared/data/events/plover/PLOVER_MANUAL.tex):
 * who did what to whom, when and where, each with the exact characters it came from.
 */
import type { Span } from '../../model/span.js';

/** The 16 PLOVER 2.0 event types, in the manual's order (verbal/material cooperation, then conflict). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** An actor or recipient: the words that name it and, when known, the actor record and its codes. */
export interface ActParticipant extends Span {
  /** The actor (actors layer) the words refer to, when resolved. */
  readonly actorId?: string;
  /** Canonical name: the actor's name, else the words. */
  readonly name: string;
  /** Country code (ISO alpha-3 / CAMEO, or IGO/NGO/IMG for non-state actors). */
  readonly country?: string;
  /** PLOVER sector code (GOV, MIL, COP, REB…). */
  readonly sector?: string;
}

/** When the act happened: its own date when the sentence states one, else the article's. */
export interface ActDate {
  /** TimeML value (`2019-06-28`, `2022-02`). */
  readonly value: string;
  /** 'stated': a time expression of the act's clause; 'reported-on': the publication date. */
  readonly basis: 'stated' | 'reported-on';
  readonly timexId?: string;
}

/**
 * Which part of the coder proposed the act's type: a dictionary verb, a pattern (CAMEO or ours), or
 * the learned verb model (where the dictionary found no trigger).
 */
export type ActSource = 'dictionary' | 'pattern' | 'model';

export interface Act {
  readonly id: string;
  readonly type: PloverType;
  /** PLOVER mode of the type (`phone`, `visit`, `disapprove`…), when one applies. */
  readonly mode?: string;
  /** PLOVER context tags (`military`, `economic`, `diplomatic`…). */
  readonly contexts: readonly string[];
  /** Auxiliary modes (manual, "Auxiliary modes"). */
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  readonly historical: boolean;
  /** Compound actors are several entries; reciprocal acts (`A and B met`) list everyone here. */
  readonly actors: readonly ActParticipant[];
  readonly recipients: readonly ActParticipant[];
  /** The act is mutual (`met`, `signed a treaty`): the actors act with each other. */
  readonly reciprocal: boolean;
  /** The word(s) that code the act (`called on`, `imposed sanctions`). */
  readonly trigger: Span;
  /** The clause the act was read from. */
  readonly evidence: Span;
  readonly date?: ActDate;
  /** Where it happened, when the sentence says so (`in Osaka`). */
  readonly place?: ActParticipant;
  /** 'statement': a speech act (a demand made in words, a quoted threat); 'deed': an action. */
  readonly reported: 'statement' | 'deed';
  /** The statement (quotes layer) the act was made in, for speech acts. */
  readonly statementId?: string;
  /** The CAMEO code the dictionary gave, when it did. */
  readonly cameo?: string;
  readonly source: ActSource;
  /** In [0, 1]; acts of a sentence are listed in decreasing confidence. */
  readonly confidence: number;
  readonly sentenceId: string;
}

export interface ActsLayer {
  readonly acts: readonly Act[];
}

declare module '../../model/layers.js' {
  interface LayerMap {
    acts: ActsLayer;
  }
}
