/**
 * An act from the learned verb model (verb-model.ts) in a sentence where the dictionary found no
 * trigger: the verb the model is surest of becomes the trigger, when the model has seen its stem
 * often enough, is sure enough of its type, and a candidate before it can be the actor (PLOVER codes
 * no act without an actor: manual, "Required entities"). Participants, place and auxiliary modes come
 * from the same rules as dictionary acts.
 */
import { auxModes } from './aux-modes.js';
import type { Candidate } from './candidates.js';
import type { SentenceAct } from './coder.js';
import type { VerbLexicon } from './lexicon.js';
import { isPassive, objectOf, passiveAgent, placeOf, subjectOf, withModifiers } from './participants.js';
import type { SentenceView } from './sentence-view.js';
import { modelVerbs, stemOf, type VerbTypeModel, verbFeatures } from './verb-model.js';

/**
 * A verb stem seen in fewer training leads than this says too little (its counts are noise). Both
 * thresholds were chosen by the NGEC leads' cross-validation and the acts coded on later sentences
 * (scripts/train-acts-verb-model.ts; docs/acts.md).
 */
export const MIN_STEM_COUNT = 5;
/** The model's posterior for its type must reach this: 0.35 coded 3 % more later sentences for +13 leads. */
export const MIN_PROBABILITY = 0.5;
/**
 * The stem alone must point to that type in at least this share of its examples: context may pick
 * the type of a verb that means one thing, not make an act of a verb that means anything. At 0.4 the
 * NGEC leads gained most (+66) and one more gold record was right, but on 60 PolNeAR articles the
 * model coded 59 acts, nearly all wrong (`make` → CONCEDE from `makes concessions`, `declare`, `sign`,
 * `offer`); at 0.6 it codes 4 there (`troops were deployed` → MOBILIZE) and +24 NGEC leads.
 */
export const MIN_STEM_SHARE = 0.6;

export function learnedAct(
  lex: VerbLexicon,
  model: VerbTypeModel,
  view: SentenceView,
  candidates: () => readonly Candidate[],
  baseConfidence: number,
): SentenceAct | undefined {
  let best: { i: number; type: SentenceAct['type']; probability: number } | undefined;
  for (const i of modelVerbs(lex, view)) {
    const stem = model.stem(stemOf(lex, view.words[i] ?? ''));
    if (stem.count < MIN_STEM_COUNT || stem.share < MIN_STEM_SHARE) continue;
    const c = model.classify(verbFeatures(lex, view, i));
    if (c.type !== stem.type || c.probability < MIN_PROBABILITY) continue;
    if (!best || c.probability > best.probability) best = { i, ...c };
  }
  if (!best) return undefined;
  const cands = candidates();
  const head = best.i;
  let actors = subjectOf(view, cands, head);
  let recipients = objectOf(view, cands, head + 1, actors);
  if (isPassive(view, head)) {
    const agent = passiveAgent(view, cands, head);
    if (agent.length) {
      recipients = actors;
      actors = agent;
    }
  }
  if (!actors.length) return undefined;
  return {
    type: best.type,
    mode: '',
    context: '',
    trigger: {
      first: head,
      last: head + 1,
      head,
      lemma: stemOf(lex, view.words[head] ?? ''),
      code: '',
      kind: 'model',
    },
    actors: actors.map((c) => withModifiers(cands, c)),
    recipients: recipients.map((c) => withModifiers(cands, c)),
    reciprocal: false,
    place: placeOf(view, cands, head),
    ...auxModes(view, head),
    confidence: baseConfidence * best.probability,
    cameo: '',
  };
}
