/**
 * Codes one sentence into acts: triggers (dictionary verbs and patterns, noun triggers, the
 * `that X must …` demand pattern) → PLOVER type and mode, auxiliary modes, actors, recipients and
 * place. Acts are returned in decreasing confidence.
 */
import { auxModes } from './aux-modes.js';
import type { Candidate } from './candidates.js';
import { combatSeizureCode } from './combat-rules.js';
import { hazardCaused } from './disaster-rules.js';
import { learnedAct } from './learned-act.js';
import type { VerbLexicon } from './lexicon.js';
import { isPassive, objectOf, passiveAgent, placeOf, subjectOf, withModifiers } from './participants.js';
import {
  protesterRiot,
  protestPurpose,
  protestTarget,
  STOPPED_PROTEST_CODE,
  stopsProtest,
} from './protest-rules.js';
import type { SentenceView } from './sentence-view.js';
import { findTriggers, type Trigger } from './triggers.js';
import type { PloverType } from './types.js';
import type { VerbTypeModel } from './verb-model.js';
import { dropsPlannedAct, isArmedMove, isPoliceRaid, isResignation, lentTo } from './verb-roles.js';

/** Confidence by how the type was found: a matched pattern is the most specific evidence. */
const BASE_CONFIDENCE = { pattern: 0.8, verb: 0.7, noun: 0.6, must: 0.65, model: 0.4 } as const;
/**
 * Each earlier coded trigger of the sentence lowers a later one (the first act is the main one,
 * as in PETRARCH, which codes the main verb): more than the gap between pattern and verb.
 */
const ORDER_PENALTY = 0.12;
/** A trigger inside a subordinate clause (`…, who is attempting to break …`) is a side act. */
const SUBORDINATE_PENALTY = 0.15;
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'who',
  'which',
  'where',
  'when',
  'because',
  'after',
  'before',
  'while',
  'if',
  'unless',
  'following',
  'as',
]);

/**
 * Material types said as intentions are AGREE or THREATEN (manual, Auxiliary modes). An announced
 * sanction (`would prohibit all aid`, `will deny entry`) stays SANCTION: the announcement is the
 * measure; only a conditional one (`may halt mediation if …`) is a threat.
 */
const INTENT_TYPE: Partial<Record<PloverType, PloverType>> = {
  COOPERATE: 'AGREE',
  AID: 'AGREE',
  SUPPORT: 'AGREE',
  RETREAT: 'AGREE',
  CONCEDE: 'AGREE',
  CONSULT: 'AGREE',
  COERCE: 'THREATEN',
  ASSAULT: 'THREATEN',
  MOBILIZE: 'THREATEN',
};
/** Cooperation that, said as `will not …`, is a refusal (manual REJECT: "all rejections and refusals"). */
const REFUSABLE: ReadonlySet<PloverType> = new Set([
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'AGREE',
  'CONCEDE',
  'RETREAT',
]);
/** Negated events may be left out (manual, Auxiliary modes): one ranks below the acts that happened. */
const NEGATED_PENALTY = 0.3;
/**
 * CAMEO 060, "engage in material cooperation, not specified below", is the CAMEO file's default code
 * for light verbs (`issued`, `leading`, `given`, `established`, `ruled`): a verb alone coded so says
 * nothing of the *mutual* material cooperation the manual's COOPERATE is, so it ranks after the
 * sentence's other acts (by as much as a negated act) and does not push them down; a pattern coded 060
 * (`worked together`) is specific.
 */
const UNSPECIFIED_COOPERATION = '060';
const UNSPECIFIED_PENALTY = 0.3;
/** CAMEO 171, seize or damage property: COERCE seize, the manual's mode for searches and raids. */
const POLICE_RAID_CODE = '171';
/** Material conflict: intended or conditional, it is a threat (manual THREATEN, auxiliary modes). */
const CONFLICT_TYPES: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);
/** Verbs that meet with one another: with a compound subject the act is reciprocal CONSULT. */
const MUTUAL_VERBS: ReadonlySet<string> = new Set([
  'talk',
  'speak',
  'meet',
  'confer',
  'negotiate',
  'communicate',
]);
const RECIPROCAL_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT']);
/** Verbs that report what someone said; `X said Y must …` is a demand by X on Y. */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'declare',
  'reiterate',
  'insist',
  'stress',
  'remind',
  'tell',
  'state',
  'add',
  'announce',
]);
const OBLIGATION: ReadonlySet<string> = new Set(['must', 'should']);
/** Nouns of what is said, whose `that`-clause is its content (`issued a reminder to Iraq that it must …`). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'reminder',
  'warning',
  'message',
  'statement',
  'letter',
  'appeal',
  'call',
  'demand',
  'ultimatum',
]);
const isSpeechWord = (lex: VerbLexicon, w: string): boolean =>
  SPEECH_LEMMAS.has(lex.lemma(w) ?? w) || SPEECH_NOUNS.has(w);
const CONSULT_CODE = '040';

export interface SentenceAct {
  readonly type: PloverType;
  readonly mode: string;
  readonly context: string;
  readonly trigger: Trigger;
  readonly actors: readonly Candidate[];
  readonly recipients: readonly Candidate[];
  readonly reciprocal: boolean;
  readonly place: Candidate | undefined;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  readonly confidence: number;
  readonly cameo: string;
}

/** `Y must …` after a speech verb: a REQUEST trigger at the modal. */
function obligationTriggers(lex: VerbLexicon, view: SentenceView): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 1; i < view.words.length; i++) {
    if (!OBLIGATION.has(view.words[i] ?? '')) continue;
    const speech = view.words.slice(0, i).some((w) => isSpeechWord(lex, w));
    if (speech)
      out.push({ first: i, last: i + 1, head: i, lemma: view.words[i] ?? '', code: '100', kind: 'pattern' });
  }
  return out;
}

/** `candidates` is called only when the sentence has a coded trigger (most work is skipped otherwise). */
export function codeSentence(
  lex: VerbLexicon,
  view: SentenceView,
  candidates: () => readonly Candidate[],
  model?: VerbTypeModel,
): SentenceAct[] {
  const triggers = [...findTriggers(lex, view), ...obligationTriggers(lex, view)]
    .filter((t) => t.code !== '---' && (MUTUAL_VERBS.has(t.lemma) || lex.coding(t.code) !== undefined))
    .sort((a, b) => a.head - b.head);
  // The learned verb model speaks only where the dictionary codes nothing (no trigger, or only
  // vetoed and dropped ones: asking it where nothing was found at all coded 19 NGEC leads, not 249).
  if (!triggers.length && model) {
    const act = learnedAct(lex, model, view, candidates, BASE_CONFIDENCE.model);
    return act ? [act] : [];
  }
  if (!triggers.length) return [];
  const cands = candidates();
  const acts: SentenceAct[] = [];
  let order = 0;
  /** Governed verb's first token → the first token of the helping verb before it (verb-roles.ts). */
  const helped = new Map<number, number>();
  const hazardVerbs = new Set<number>();
  for (const t of triggers) {
    if (t.code === '---') continue;
    // `willing to send material to help defend X`: the governed verb carries the act, read where `help` stands.
    const lent = lentTo(view, t, triggers);
    if (lent >= 0) {
      helped.set(lent, t.first);
      continue;
    }
    const at = helped.get(t.first) ?? t.first;
    // `affirmed that they remain the same`: an endorsing verb with a that-clause states, it does not endorse.
    if (lex.coding(t.code)?.[0] === 'SUPPORT' && t.kind === 'verb' && thatClause(view, t.last)) continue;
    const governor = complementOf(view, { ...t, first: at }, acts);
    if (governor) {
      // `is prepared to impose martial law`: an intention of material conflict is a threat (manual THREATEN).
      const complementType = lex.coding(t.code)?.[0];
      if (governor.act.type === 'AGREE' && complementType && CONFLICT_TYPES.has(complementType))
        acts[governor.index] = { ...governor.act, type: 'THREATEN', mode: '', cameo: t.code };
      // `agreed to remove legal restrictions`: a promised concession of the kinds the manual lists is CONCEDE.
      else if (governor.act.type === 'AGREE' && isListedConcession(t.code))
        acts[governor.index] = { ...governor.act, type: 'CONCEDE', mode: '', cameo: t.code };
      continue;
    }
    const subject = subjectOf(view, cands, t.head, t.kind === 'noun');
    const mutual = MUTUAL_VERBS.has(t.lemma) && subject.length > 1;
    const code = mutual ? CONSULT_CODE : t.code;
    const coding = lex.coding(code);
    if (!coding) continue;
    const aux = auxModes(view, at);
    let type = coding[0];
    // Manual RETREAT covers resignations; CAMEO's 083x (accede to demands) would make them CONCEDE.
    if (isResignation(t, type)) type = 'RETREAT';
    // A conditional material conflict act (`may halt mediation if …`) is a threat, like an intended one.
    const conditional = aux.hypothetical && CONFLICT_TYPES.has(type) && hasCondition(view);
    const intent = aux.future && !aux.negated ? INTENT_TYPE[type] : undefined;
    let negated = aux.negated;
    let mode = coding[1];
    // `suspended plans to impose curfews`: a dropped plan of conflict is a concession (verb-roles.ts).
    if (CONFLICT_TYPES.has(type) && !aux.negated && dropsPlannedAct(view, t)) {
      type = 'CONCEDE';
      mode = '';
    } else if (conditional && !aux.negated) type = 'THREATEN';
    else if (intent) type = intent;
    else if (aux.negated && aux.future && !aux.hypothetical && REFUSABLE.has(type)) {
      type = 'REJECT';
      mode = '';
      negated = false;
    }
    let actors = subject;
    // `A and B talk`: a reciprocal act has everyone as actor and no recipient (manual, Compound and Reciprocal Actors).
    let recipients = mutual ? [] : objectOf(view, cands, t.last, subject);
    if (OBLIGATION.has(t.lemma)) {
      const said = speechHead(lex, view, t.head);
      const speaker = subjectOf(view, cands, said);
      actors = speaker;
      recipients = subject.filter((c) => !speaker.includes(c));
      // `issued a reminder to Iraq that it must …`: with an unresolved `it`, the addressee of the speech.
      if (!recipients.length)
        recipients = objectOf(view, cands, said + 1, speaker).filter((c) => c.last <= t.head);
    } else if (isPassive(view, t.head)) {
      const agent = passiveAgent(view, cands, t.head);
      if (agent.length) {
        recipients = subject;
        actors = agent;
      }
    }
    // Manual MOBILIZE: military or police moves; `mobilized pressure groups` is none (verb-roles.ts).
    if (type === 'MOBILIZE' && !isArmedMove(view, t, actors, recipients)) continue;
    // Manual COERCE seize: a raid by the police is a search, not an armed assault (verb-roles.ts).
    let cameo = code;
    let context = coding[2];
    if (type === 'ASSAULT' && isPoliceRaid(view, t, actors)) {
      [type, mode, context] = lex.coding(POLICE_RAID_CODE) ?? [type, mode, context];
      cameo = POLICE_RAID_CODE;
    }
    // Manual ASSAULT: captured combatants, territory taken in fighting (combat-rules.ts); manual COERCE
    // restrict: `police prevented the demonstration` (protest-rules.ts).
    const recode = type === 'COERCE' ? combatSeizureCode(view, t, code, actors) : undefined;
    const recoded = recode ?? (stopsProtest(view, t) ? STOPPED_PROTEST_CODE : undefined);
    if (recoded) {
      [type, mode, context] = lex.coding(recoded) ?? [type, mode, context];
      cameo = recoded;
    }
    // Manual ASSAULT is deliberate: a typhoon that struck, areas hit by floods code nothing (disaster-rules.ts).
    if ((type === 'ASSAULT' || type === 'COERCE') && hazardCaused(view, t, hazardVerbs)) {
      hazardVerbs.add(t.first);
      continue;
    }
    const reciprocal = RECIPROCAL_TYPES.has(type) && actors.length > 1 && recipients.length === 0;
    actors = actors.map((c) => withModifiers(cands, c));
    recipients = recipients.map((c) => withModifiers(cands, c));
    const base = BASE_CONFIDENCE[OBLIGATION.has(t.lemma) ? 'must' : t.kind];
    const side = subordinate(view, t.head, acts);
    const unspecified = t.kind === 'verb' && code === UNSPECIFIED_COOPERATION;
    acts.push({
      type,
      mode,
      context,
      trigger: t,
      actors,
      recipients,
      reciprocal,
      place: placeOf(view, cands, t.head),
      ...aux,
      negated,
      confidence: Math.max(
        0.05,
        base -
          (negated ? NEGATED_PENALTY : 0) -
          (unspecified ? UNSPECIFIED_PENALTY : 0) -
          ORDER_PENALTY * order -
          (side ? SUBORDINATE_PENALTY : 0),
      ),
      cameo,
    });
    // A side act or an unspecified one is not the main one: it does not push the acts after it down (ORDER_PENALTY).
    if (!side && !unspecified) order++;
  }
  return protestPurpose(
    view,
    acts.sort((a, b) => b.confidence - a.confidence),
  )
    .map((a) => protesterRiot(view, a))
    .map((a) => (a.type === 'PROTEST' ? protestTarget(view, cands, a) : a));
}

function speechHead(lex: VerbLexicon, view: SentenceView, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (isSpeechWord(lex, view.words[i] ?? '')) return i;
  return before;
}

/** Types whose `to`-complement is their content (`called on X to renounce`, `threatened to cut`). */
const COMPLEMENT_TAKERS: ReadonlySet<PloverType> = new Set([
  'REQUEST',
  'THREATEN',
  'AGREE',
  'REJECT',
  'ACCUSE',
  'SUPPORT',
]);

/** The earlier verbal act of the sentence whose `to`-complement the trigger is (part of that act). */
function complementOf(
  view: SentenceView,
  t: Trigger,
  earlier: readonly SentenceAct[],
): { act: SentenceAct; index: number } | undefined {
  const prev = view.words[t.first - 1];
  const prev2 = view.words[t.first - 2];
  const infinitive = prev === 'to' || (prev2 === 'to' && view.upos[t.first - 1] === 'ADV');
  // `… that it must cooperate`: the verb after a demand's modal is what is demanded.
  const demanded = earlier.findIndex(
    (a) => OBLIGATION.has(a.trigger.lemma) && a.trigger.head === t.first - 1,
  );
  const demand = earlier[demanded];
  if (demand) return { act: demand, index: demanded };
  if (!infinitive) return undefined;
  const index = earlier.findIndex((a) => COMPLEMENT_TAKERS.has(a.type) && a.trigger.head < t.head);
  const act = earlier[index];
  return act ? { act, index } : undefined;
}

/** A `that`-clause starts right after `from` (an adverb may come first: `affirmed again that`). */
function thatClause(view: SentenceView, from: number): boolean {
  const next = view.upos[from] === 'ADV' ? from + 1 : from;
  return view.words[next] === 'that';
}

/**
 * The concessions the manual's CONCEDE names ("easing of administrative or legal restrictions …,
 * removing curfews, suspending protests"): CAMEO 081x and 082. A promise of one is a CONCEDE, not an
 * AGREE (manual CONCEDE). Declared ceasefires (0871) stay RETREAT as in the 2021 table: the gold
 * records code them so (docs/acts.md).
 */
function isListedConcession(code: string): boolean {
  return code.startsWith('081') || code === '082';
}

function hasCondition(view: SentenceView): boolean {
  return view.words.includes('if') || view.words.includes('unless');
}

/** Relative pronouns that open a comma-set relative clause (`…, which was established a year ago, …`). */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** The trigger is inside a comma-set relative clause: `, which …` before it with no comma between. */
function inRelativeClause(view: SentenceView, head: number): boolean {
  for (let i = head - 1; i > 0; i--) {
    const w = view.words[i] ?? '';
    if (w === ',') return false;
    if (RELATIVES.has(w) && view.words[i - 1] === ',') return true;
  }
  return false;
}

/** Tags inside a noun phrase before its head, scanned back from the head noun. */
const NP_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * `In a letter handed over to the UN on Monday, Iraq said …`: a participle right after the noun of a
 * sentence-opening prepositional phrase (closed by a comma) describes that noun; the main clause
 * follows the comma. (Inside the sentence, `people of X blocked …` is ambiguous with a past tense.)
 */
function reducedRelativeInPhrase(view: SentenceView, head: number): boolean {
  const participle = view.xpos ? view.xpos[head] === 'VBN' : /(ed|en)$/.test(view.words[head] ?? '');
  if (!participle || view.upos[head - 1] !== 'NOUN' || view.upos[0] !== 'ADP') return false;
  for (let i = 1; i < head - 1; i++) if (!NP_TAGS.has(view.upos[i] ?? '')) return false;
  return view.words.indexOf(',', head) > head;
}

/**
 * A side act: its trigger is in a relative clause or describes the noun of an opening phrase, or a
 * subordinator stands between the sentence's first act and it.
 */
function subordinate(view: SentenceView, head: number, earlier: readonly SentenceAct[]): boolean {
  if (inRelativeClause(view, head) || reducedRelativeInPhrase(view, head)) return true;
  const from = earlier[0]?.trigger.head;
  if (from === undefined) return false;
  for (let i = from + 1; i < head; i++) if (SUBORDINATORS.has(view.words[i] ?? '')) return true;
  return false;
}
