/**
 * The candidate actor mention: a name, title, nominal or pronoun with its offsets and what the
 * clustering and resolution rules need (type, country, gender, number, subject position, quote).
 */

import type { PronounInfo } from '../../lang/en/pronouns.js';
import type { ActorView, Tok } from './actor-view.js';
import type { DialogueRole } from './dialogue.js';
import type { Gender } from './dictionary.js';
import type { RoleFinding } from './roles.js';
import type { ActorType, MentionKind } from './types.js';

export type NominalClass =
  | 'role'
  | 'person'
  | 'people'
  | 'crowd'
  | 'country'
  | 'government'
  | 'place'
  | 'organisation'
  | 'team'
  /** Two person names joined by `and` (conjoined-persons.ts). */
  | 'pair'
  /** A place there is one of (`the world`): every mention in a text is the same place. */
  | 'unique';

/** What a nominal candidate's common noun says: its class and head word. */
export interface NominalInfo {
  cls: NominalClass;
  head: string;
  count?: number;
  definite?: boolean;
  /** `someone`, `no one`: a later singular `they` in the sentence refers to it. */
  quantified?: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  /** The name or head itself, without possessive clitic or determiner. */
  readonly coreStart: number;
  readonly coreEnd: number;
  readonly t0: number;
  readonly t1: number;
  readonly sent: number;
  readonly kind: MentionKind;
  readonly surface: string;
  type: ActorType | undefined;
  iso3?: string;
  gender?: Gender;
  readonly plural: boolean;
  subject: boolean;
  readonly inQuote: boolean;
  readonly pronoun?: PronounInfo;
  readonly nominal?: NominalInfo;
  role?: RoleFinding;
  /** Set when the name is a capital or seat standing for its government. */
  metonym?: boolean;
  /** The mention is a possessor (`Russia’s objectives`): salient, but not the clause's subject proper. */
  possessive?: boolean;
  /** An apposition (`Thomas Sam, a practising homeopath,`) names the same actor as this name. */
  apposOf?: Candidate;
  /** A first- or second-person pronoun of an interview's turns (dialogue.ts): who it stands for. */
  readonly dialogue?: DialogueRole;
  /** A predicate noun phrase (`was a Swiss mathematician`): the subject it names (predicate-nominals.ts). */
  readonly predicateOf?: Candidate;
}

/** The fields every candidate is made with; the others are optional. */
export type CandidateInit = Pick<
  Candidate,
  | 'start'
  | 'end'
  | 'coreStart'
  | 'coreEnd'
  | 't0'
  | 't1'
  | 'sent'
  | 'kind'
  | 'surface'
  | 'type'
  | 'plural'
  | 'subject'
  | 'inQuote'
> &
  Partial<Candidate>;

/**
 * A candidate with every field present, in one order (`undefined` for the absent ones): all
 * candidates share one object shape, so the code reading them stays monomorphic instead of
 * meeting a shape per finder and a new one per field set later (speed only; no reader tells a
 * missing field from an undefined one).
 */
export function makeCandidate(c: CandidateInit): Candidate {
  return {
    start: c.start,
    end: c.end,
    coreStart: c.coreStart,
    coreEnd: c.coreEnd,
    t0: c.t0,
    t1: c.t1,
    sent: c.sent,
    kind: c.kind,
    surface: c.surface,
    type: c.type,
    iso3: c.iso3,
    gender: c.gender,
    plural: c.plural,
    subject: c.subject,
    inQuote: c.inQuote,
    pronoun: c.pronoun,
    nominal: c.nominal,
    role: c.role,
    metonym: c.metonym,
    possessive: c.possessive,
    apposOf: c.apposOf,
    dialogue: c.dialogue,
    predicateOf: c.predicateOf,
  };
}

/**
 * `c` begun later, at token `t0` (offset `start`, e.g. a title left outside a name), with `surface` and
 * `type`: a copy made by `makeCandidate` (so it keeps the one shape) whose changed fields are assigned.
 */
export function startedLater(
  c: Candidate,
  t0: number,
  start: number,
  surface: string,
  type: Candidate['type'],
): Candidate {
  const copy: { -readonly [K in keyof Candidate]: Candidate[K] } = makeCandidate(c);
  copy.t0 = t0;
  copy.start = start;
  copy.coreStart = start;
  copy.surface = surface;
  copy.type = type;
  return copy;
}

/** A nominal's class and head with its optional fields present (one shape, as `makeCandidate`). */
export function nominalInfo(
  cls: NominalClass,
  head: string,
  count?: number,
  definite?: boolean,
  quantified?: boolean,
): NominalInfo {
  return { cls, head, count, definite, quantified };
}

/** The candidate of one pronoun token (index `k` in the actor view), the pronoun as `p` describes it. */
export function pronounCandidate(
  t: Tok,
  k: number,
  p: PronounInfo,
  more: Pick<Candidate, 'type' | 'plural' | 'inQuote'> & Pick<Partial<Candidate>, 'gender' | 'dialogue'>,
): Candidate {
  return makeCandidate({
    start: t.start,
    end: t.end,
    coreStart: t.start,
    coreEnd: t.end,
    t0: k,
    t1: k + 1,
    sent: t.sent,
    kind: 'pronoun',
    surface: t.text,
    type: more.type,
    plural: more.plural,
    subject: p.case === 'subject',
    gender: more.gender,
    inQuote: more.inQuote,
    pronoun: p,
    dialogue: more.dialogue,
  });
}

/**
 * A role phrase over tokens `[t0, t1)` that names the person `of` beside it (an apposition: `Gomez,
 * Panama coach,`, `the match referee Joel Aguilar`): one person-typed title mention.
 */
export function appositionCandidate(
  view: ActorView,
  t0: number,
  t1: number,
  sent: number,
  of: Candidate,
): Candidate {
  const first = view.toks[t0]!;
  const last = view.toks[t1 - 1]!;
  return makeCandidate({
    start: first.start,
    end: last.end,
    coreStart: first.start,
    coreEnd: last.end,
    t0,
    t1,
    sent,
    kind: 'title',
    surface: view.text.slice(first.start, last.end),
    type: 'person',
    plural: false,
    subject: false,
    inQuote: first.inQuote,
    apposOf: of,
  });
}
