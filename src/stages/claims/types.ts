/**
 * The `claims` layer (issue #20): propositions actors assert or articles report (claims), the
 * statements that judge a claim's truth (responses: deny, confirm, dispute, retract) with links to
 * the claims they answer, and each actor's position timeline per topic.
 */
import type { Span } from '../../model/span.js';

export const RESPONSE_RELATIONS = ['deny', 'confirm', 'dispute', 'retract'] as const;
export type ResponseRelation = (typeof RESPONSE_RELATIONS)[number];

/** Where a claim was found: a statement's content, a reported claim (`reports that…`), or inside a response. */
export type ClaimOrigin = 'statement' | 'reported' | 'response';

export interface Claim {
  readonly id: string;
  readonly content: Span;
  readonly origin: ClaimOrigin;
  /** Who made the claim, as the text names it (`an anonymous aide`), when it says. */
  readonly claimant?: string;
  /** The claimant's actor (actors layer), when resolved. */
  readonly claimantActorId?: string;
  /** TimeML date of the claim (its statement's date, else the publication date), when known. */
  readonly date?: string;
  /** The statement (quotes layer) the claim is the content of. */
  readonly statementId?: string;
}

/** How a response reached a claim: stated in its own sentence, by anaphora (`this`), or by the same proposition. */
export type LinkBasis = 'inside' | 'anaphora' | 'same-proposition';

export interface ClaimLink {
  readonly claimId: string;
  readonly basis: LinkBasis;
}

export interface Response {
  readonly id: string;
  readonly relation: ResponseRelation;
  readonly cue: Span;
  readonly responder?: Span;
  /** The named actor the responder refers to, when the article makes it clear. */
  readonly responderName?: string;
  readonly responderActorId?: string;
  readonly links: readonly ClaimLink[];
  readonly sentence: Span;
  readonly date?: string;
}

export type PositionLabel = 'first stated' | 'reaffirmed' | 'shifted' | 'reversed';

export interface PositionEntry {
  /** The statement (quotes layer) or response that carries the stance. */
  readonly statementId?: string;
  readonly responseId?: string;
  readonly content: Span;
  readonly label: PositionLabel;
  /** The cue word that decided the label (`reaffirmed`, `remain the same`), when one did. */
  readonly cue?: Span;
  readonly date?: string;
}

export interface Position {
  /** The actor holding the position (actors layer id when resolved) and its name. */
  readonly actorId?: string;
  readonly actor: string;
  /** The topic: its key terms, lower case, most frequent first. */
  readonly topic: readonly string[];
  readonly entries: readonly PositionEntry[];
}

export interface ClaimsLayer {
  readonly claims: readonly Claim[];
  readonly responses: readonly Response[];
  readonly positions: readonly Position[];
}

declare module '../../model/layers.js' {
  interface LayerMap {
    claims: ClaimsLayer;
  }
}
