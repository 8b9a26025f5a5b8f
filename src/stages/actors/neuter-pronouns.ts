/**
 * `it`/`its` for organisations, governments and countries: the latest such actor that is a
 * subject in this or the previous sentence, or the one the text is about; binding principle B
 * keeps an object `it` from its own clause's subject. Other neuter pronouns (things) stay
 * unresolved.
 */

import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import type { Draft } from './cluster.js';
import { type Seen, sameClause } from './seen.js';

/** `its` resolves only to an organisation/country within this many sentences. */
const ITS_WINDOW = 1;
/** Mentions so far that make an organisation the topic a non-subject `it` may refer to. */
const TOPIC_MENTIONS = 3;
const ORGLIKE = new Set(['organisation', 'media', 'international-organisation', 'government', 'country']);

/** Tags of a word after `it` that make it a clause's subject, not the object of the verb before. */
const CLAUSE_VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * `it`/`its` → the latest organisation, government or country that is a subject in this or the
 * previous sentence; failing that, the latest one there that the text is about (named at least
 * `TOPIC_MENTIONS` times so far: `why should NATO exist? … why it should ever have existed`),
 * unless another organisation is named between them or it modifies a noun; `its` takes only a
 * subject.
 */
export function resolveIts(view: ActorView, c: Candidate, seen: readonly Seen[]): Draft[] {
  let topic: Draft | undefined;
  let orgs = 0;
  // Binding principle B: `it` as a verb's object is not that clause's subject (`Microsoft has
  // replaced it`: it ≠ Microsoft). Before a verb it is the subject of a clause of its own
  // (`Korea stated it would attack`: it = Korea).
  const object =
    c.pronoun?.case !== 'possessive' &&
    view.upos?.[c.t0 - 1] === 'VERB' &&
    !CLAUSE_VERB_TAGS.has(view.upos?.[c.t1] ?? '');
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > ITS_WINDOW) break;
    if (s.cand.start >= c.start || !s.draft.type || !ORGLIKE.has(s.draft.type)) continue;
    if (object && s.cand.subject && !s.cand.possessive && sameClause(view, s.cand, c.t0)) continue;
    if (s.cand.subject) return [s.draft];
    // The name as a noun's modifier (`United States television`) is not what the clause is about.
    const modifier = view.upos?.[s.cand.t1] === 'NOUN';
    if (
      orgs++ === 0 &&
      !modifier &&
      c.pronoun?.case !== 'possessive' &&
      s.draft.mentions.length >= TOPIC_MENTIONS
    )
      topic = s.draft;
  }
  return topic ? [topic] : [];
}
