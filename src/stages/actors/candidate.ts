/**
 * The candidate actor mention: a name, title, nominal or pronoun with its offsets and what the
 * clustering and resolution rules need (type, country, gender, number, subject position, quote).
 */

import type { PronounInfo } from '../../lang/en/pronouns.js';
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
  readonly nominal?: {
    cls: NominalClass;
    head: string;
    count?: number;
    definite?: boolean;
    /** `someone`, `no one`: a later singular `they` in the sentence refers to it. */
    quantified?: boolean;
  };
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
