/**
 * Protest rules of the coder: an action done to protest is a PROTEST, a protest's recipient is the
 * target of the dissent (manual PROTEST), and stopping a protest is COERCE (manual COERCE restrict).
 */
import type { Candidate } from './candidates.js';
import type { SentenceAct } from './coder.js';
import { objectOf, withModifiers } from './participants.js';
import type { SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';

/** Words after which the target of a protest follows (`against X`, `in defiance of X`, `to protest X`). */
const PROTEST_CUES: ReadonlySet<string> = new Set(['against', 'defiance', 'protest', 'protesting', 'at']);

/**
 * A protest is against someone (manual PROTEST: the recipient is the target of the dissent): the first
 * non-place candidate after a protest cue following the trigger, when the recipient found by position
 * is a place, the object of a preposition, or missing (`blocked streets in Hong Kong in defiance of Chinese authorities`).
 */
export function protestTarget(
  view: SentenceView,
  cands: readonly Candidate[],
  act: SentenceAct,
): SentenceAct {
  const current = act.recipients[0];
  // A direct object stays (`picketed the embassy`); a place or a prepositional phrase (`in Hong Kong`) gives way.
  if (current && !current.place && view.upos[current.first - 1] !== 'ADP') return act;
  for (let i = act.trigger.last; i < view.words.length; i++) {
    if (!PROTEST_CUES.has(view.words[i] ?? '')) continue;
    const target = objectOf(view, cands, i + 1, act.actors).filter((c) => !c.place);
    if (target.length) return { ...act, recipients: target.map((c) => withModifiers(cands, c)) };
  }
  return act;
}

/** Words after which `protest`/`demonstration` names the purpose or setting of the main act. */
const PURPOSE_BEFORE: ReadonlySet<string> = new Set(['to', 'in', 'during', 'for', 'a']);
const PROTEST_NOUNS: ReadonlySet<string> = new Set([
  'protest',
  'demonstration',
  'demonstrations',
  'rally',
  'rallies',
]);

/**
 * `shunned work to protest …`, `blocked roads in protest`, `converging for a rally`: an action done
 * to protest is a PROTEST (manual: dissent by strikes, obstruction, rallies), whatever its verb.
 * The main act keeps its actor and becomes PROTEST.
 */
export function protestPurpose(view: SentenceView, acts: SentenceAct[]): SentenceAct[] {
  const first = acts[0];
  if (!first || first.type === 'PROTEST') return acts;
  const i = view.words.findIndex(
    (w, k) => PROTEST_NOUNS.has(w) && PURPOSE_BEFORE.has(view.words[k - 1] ?? ''),
  );
  // `lodged a protest with X`: a protest noun among the trigger's own pattern words was coded by the
  // pattern (a diplomatic protest is ACCUSE, manual ACCUSE ambiguities).
  if (i < 0 || i < first.trigger.last) return acts;
  // `prevented the demonstration staged to protest …`: the protest is what the act is done to.
  if (protestObjectAt(view, first.trigger) >= 0) return acts;
  return [{ ...first, type: 'PROTEST', mode: '', context: '' }, ...acts.slice(1)];
}

/** Nouns of people protesting: their violence is a riot, not an assault (manual PROTEST riot). */
const PROTESTERS: ReadonlySet<string> = new Set([
  'protesters',
  'protestors',
  'demonstrators',
  'rioters',
  'marchers',
]);
/** Tokens before the trigger searched for the protesters (`Thousands of angry demonstrators clashed …`). */
const SUBJECT_REACH = 5;
/** CAMEO 145, protest violently, riot: PROTEST riot. */
const RIOT_CODE = '145';

/**
 * `Protesters clashed with police`: violence done by protesters is a riot (manual PROTEST riot:
 * "distinct, continuous and violent action directed toward members of a distinct 'other' group or
 * government authorities"), so an ASSAULT whose subject, right before the trigger, names protesters
 * is a PROTEST (`police clashed with demonstrators` stays an ASSAULT by the police).
 */
export function protesterRiot(view: SentenceView, act: SentenceAct): SentenceAct {
  if (act.type !== 'ASSAULT') return act;
  const from = Math.max(0, act.trigger.first - SUBJECT_REACH);
  for (let i = act.trigger.first - 1; i >= from; i--) {
    const tag = view.upos[i];
    if (tag === 'VERB' || tag === 'PUNCT' || tag === 'SCONJ') return act;
    if (PROTESTERS.has(view.words[i] ?? '')) {
      return { ...act, type: 'PROTEST', mode: 'riot', context: '', cameo: RIOT_CODE };
    }
  }
  return act;
}

/** Words between a verb and its object noun (`prevented the planned demonstration`). */
const OBJECT_PREMODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** Words after the verb (particle, premodifiers) searched for the protest noun. */
const OBJECT_REACH = 4;

/** The token of a protest noun that is the trigger's direct object (`broke up a demonstration`), or -1. */
export function protestObjectAt(view: SentenceView, t: { readonly head: number }): number {
  const to = Math.min(view.words.length, t.head + 1 + OBJECT_REACH);
  for (let i = t.head + 1; i < to; i++) {
    if (PROTEST_NOUNS.has(view.words[i] ?? '') || view.words[i] === 'march' || view.words[i] === 'marches')
      return i;
    if (!OBJECT_PREMODIFIERS.has(view.upos[i] ?? '') && view.words[i] !== 'up') return -1;
  }
  return -1;
}

/** Verbs that stop a protest (`prevented`, `banned`, `broke up`, `blocked`); CANCEL * RALLY is the organisers' concession (082). */
const STOPPING: ReadonlySet<string> = new Set([
  'prevent',
  'stop',
  'halt',
  'block',
  'ban',
  'forbid',
  'prohibit',
  'bar',
  'break',
  'crush',
  'suppress',
  'quell',
  'thwart',
  'foil',
]);
/** CAMEO 1721, restrictions on freedoms of speech and expression: COERCE restrict (the file codes PREVENT * RALLY so). */
export const STOPPED_PROTEST_CODE = '1721';

/**
 * Manual COERCE restrict ("impose restrictions on political freedoms"): a verb that stops a protest
 * (`police prevented the demonstration`, `broke up a rally`) is COERCE, whatever the verb's default
 * (PREVENT codes 112, BREAK 190); the file's own patterns (`dispersed a protest` 175) stay.
 */
export function stopsProtest(view: SentenceView, t: Trigger): boolean {
  if (t.kind !== 'verb' || !STOPPING.has(t.lemma)) return false;
  if (t.lemma === 'break' && view.words[t.head + 1] !== 'up') return false;
  return protestObjectAt(view, t) >= 0;
}
