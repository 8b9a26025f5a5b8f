/**
 * `the Scientology organization`, `the Sea Org group`: a name followed by a noun saying what kind of
 * body it is names that body, and the mention is the whole phrase, noun included (news coreference
 * marks it so; the name alone would leave the phrase's mention unmatched). The name stays the actor's
 * name (the candidate's surface); only the mention's end moves to the noun.
 *
 * Only after `the`, for names the analysis did not type a person (`the Trump organization` is not
 * Trump) nor a country (`the Afghan group` is a group of Afghans), and when no other noun follows the
 * kind noun (`the Sea Org group leader` is a person).
 */
import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';

/** Nouns that say what kind of body the name before them is. */
const KIND_NOUNS: ReadonlySet<string> = new Set(['organization', 'organisation', 'group', 'movement']);

/** Moves the end of each name candidate followed by a kind noun to that noun's end (in place). */
export function withKindNouns(view: ActorView, out: readonly Candidate[]): void {
  const toks = view.toks;
  const upos = view.upos;
  // Without part-of-speech tags, `the Sea Org group leader` could not be told from `the Sea Org group said`.
  if (!upos) return;
  for (const c of out) {
    if (c.kind !== 'name' || c.type === 'person' || c.type === 'country' || c.end !== toks[c.t1 - 1]?.end)
      continue;
    const noun = toks[c.t1];
    const sent = toks[c.t0]!.sent;
    if (!noun || noun.sent !== sent || noun.cap || !KIND_NOUNS.has(noun.lower)) continue;
    if (toks[c.t0 - 1]?.lower !== 'the') continue;
    const after = toks[c.t1 + 1];
    if (after && after.sent === sent && upos[c.t1 + 1] === 'NOUN') continue;
    c.end = noun.end;
  }
}
