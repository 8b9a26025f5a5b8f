/**
 * Rules across acts: a verbal act without a recipient, in a sentence where its actor consults
 * someone, is addressed to them (`spoke to Biden …, when Biden warned of …`); rejecting or accepting
 * "the terms / the demand / the proposal" answers the latest request's actor.
 */
import type { Candidate } from './candidates.js';
import type { SentenceAct } from './coder.js';
import type { PloverType } from './types.js';

const VERBAL: ReadonlySet<PloverType> = new Set([
  'REQUEST',
  'THREATEN',
  'ACCUSE',
  'REJECT',
  'SUPPORT',
  'AGREE',
]);
/** Nouns that name what someone asked for. */
const PROPOSAL_NOUNS = /\b(terms|demands?|proposals?|offer|plan|conditions|request|ultimatum)\b/i;

const sameParticipant = (a: Candidate, b: Candidate): boolean =>
  a.start === b.start || (a.actorId !== undefined && a.actorId === b.actorId);

export function addressees(acts: SentenceAct[]): SentenceAct[] {
  const consult = acts.find((a) => a.type === 'CONSULT' && a.actors.length + a.recipients.length > 1);
  if (!consult) return acts;
  const party = [...consult.actors, ...consult.recipients];
  return acts.map((a) => {
    if (a === consult || a.recipients.length || !VERBAL.has(a.type)) return a;
    const actor = a.actors[0];
    if (!actor || !party.some((p) => sameParticipant(p, actor))) return a;
    return { ...a, recipients: party.filter((p) => !sameParticipant(p, actor)) };
  });
}

/** The latest REQUEST's actors answer `rejected these terms` when the rejection names no one. */
export function answerTo(
  act: SentenceAct,
  objectText: string,
  lastRequest: SentenceAct | undefined,
): SentenceAct {
  if (act.recipients.length || !lastRequest || !['REJECT', 'AGREE', 'CONCEDE'].includes(act.type)) return act;
  if (!PROPOSAL_NOUNS.test(objectText)) return act;
  return { ...act, recipients: lastRequest.actors };
}
