/**
 * Reading records whole again: the one place that undoes the omission rules of compact.ts for
 * consumers (the store, the corpus, exports) that want every field in hand. A fact an omitted
 * field stood for is read from the record it refers to: an act participant's name from its actor,
 * a claim's content and claimant from its statement, a position's actor name from its actor.
 */
import type { Analysis } from './records.js';
import type { SpanRecord } from './span-schema.js';

type Records<K extends keyof Analysis> = NonNullable<Analysis[K]>;
type ActorRecord = Records<'actors'>[number];
type StatementRecord = Records<'statements'>[number];
type ClaimRecord = Records<'claims'>[number];
type ResponseRecord = Records<'responses'>[number];
type PositionRecord = Records<'positions'>[number];
type ActRecord = Records<'acts'>[number];
type Participant = NonNullable<ActRecord['actors']>[number];
type PositionEntry = PositionRecord['entries'][number];

export type ResolvedParticipant = Participant & { readonly name: string };
/** The flags of an act, present only when true in the record. */
const ACT_FLAGS = ['negated', 'hypothetical', 'future', 'historical', 'reciprocal'] as const;
type ActFlag = (typeof ACT_FLAGS)[number];

export type ResolvedAct = Omit<ActRecord, 'actors' | 'recipients' | 'place' | 'contexts' | ActFlag> & {
  readonly contexts: readonly string[];
  readonly actors: readonly ResolvedParticipant[];
  readonly recipients: readonly ResolvedParticipant[];
  readonly place?: ResolvedParticipant;
} & { readonly [F in ActFlag]: boolean };
export type ResolvedClaim = ClaimRecord & { readonly content: SpanRecord };
export type ResolvedResponse = ResponseRecord & { readonly links: NonNullable<ResponseRecord['links']> };
export type ResolvedPositionEntry = PositionEntry & { readonly content: SpanRecord };
export type ResolvedPosition = Omit<PositionRecord, 'entries'> & {
  readonly actor: string;
  readonly entries: readonly ResolvedPositionEntry[];
};

/** What a reference points at when the analysis lacks it (a record left out by an old or partial analysis). */
const NO_SPAN: SpanRecord = { start: 0, end: 0, text: '' };

export class RecordResolver {
  private readonly actors: ReadonlyMap<string, ActorRecord>;
  private readonly statements: ReadonlyMap<string, StatementRecord>;

  constructor(analysis: Pick<Analysis, 'actors' | 'statements'>) {
    this.actors = new Map((analysis.actors ?? []).map((a) => [a.id, a]));
    this.statements = new Map((analysis.statements ?? []).map((s) => [s.id, s]));
  }

  actor(id: string | undefined): ActorRecord | undefined {
    return id ? this.actors.get(id) : undefined;
  }

  /** A speaker's name: its own when given, else its actor's. */
  speakerName(s: StatementRecord): string | undefined {
    return s.speaker?.name ?? this.actor(s.speaker?.actorId)?.name;
  }

  participant(p: Participant): ResolvedParticipant {
    const actor = this.actor(p.actorId);
    const country = p.country ?? actor?.country;
    return { ...p, name: p.name ?? actor?.name ?? p.text, ...(country ? { country } : {}) };
  }

  /** An act with its participants named, every flag a boolean and every list present (empty when none). */
  act(a: ActRecord): ResolvedAct {
    const { place, ...rest } = a;
    const flags = Object.fromEntries(ACT_FLAGS.map((f) => [f, a[f] === true])) as Record<ActFlag, boolean>;
    return {
      ...rest,
      ...flags,
      contexts: a.contexts ?? [],
      actors: (a.actors ?? []).map((p) => this.participant(p)),
      recipients: (a.recipients ?? []).map((p) => this.participant(p)),
      ...(place ? { place: this.participant(place) } : {}),
    };
  }

  claim(c: ClaimRecord): ResolvedClaim {
    const s = c.statementId ? this.statements.get(c.statementId) : undefined;
    const claimant = c.claimant ?? (s ? this.speakerName(s) : undefined);
    const claimantActorId = c.claimantActorId ?? s?.speaker?.actorId;
    return {
      ...c,
      content: c.content ?? s?.content[0] ?? NO_SPAN,
      ...(claimant ? { claimant } : {}),
      ...(claimantActorId ? { claimantActorId } : {}),
    };
  }

  response(r: ResponseRecord): ResolvedResponse {
    const responderName = r.responderName ?? this.actor(r.responderActorId)?.name;
    return { ...r, ...(responderName ? { responderName } : {}), links: r.links ?? [] };
  }

  position(p: PositionRecord): ResolvedPosition {
    return {
      ...p,
      actor: p.actor ?? this.actor(p.actorId)?.name ?? '',
      entries: p.entries.map((e) => ({
        ...e,
        content:
          e.content ??
          (e.statementId ? this.statements.get(e.statementId)?.content[0] : undefined) ??
          NO_SPAN,
      })),
    };
  }
}
