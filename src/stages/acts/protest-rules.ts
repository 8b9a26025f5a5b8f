/**
 * Protest rules of the coder: an action done to protest is a PROTEST, and a protest's recipient is
 * the target of the dissent (manual PROTEST).
 */
import type { Candidate } from './candidates.js';
import type { SentenceAct } from './coder.js';
import { objectOf, withModifiers } from './participants.js';
import type { SentenceView } from './sentence-view.js';

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
