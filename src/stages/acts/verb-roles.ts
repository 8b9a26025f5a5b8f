/**
 * Which verb carries the coded act, and whether a dictionary default fits the manual's definition:
 * checks the coder applies to a trigger before it becomes an act.
 */
import type { Candidate } from './candidates.js';
import type { SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';
import type { PloverType } from './types.js';

/**
 * Sectors of armed actors (PLOVER agents: military, police, rebels, intelligence, unaligned armed
 * forces): the manual's MOBILIZE actor is "any organized armed group".
 */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'REB', 'SPY', 'UAF']);
/**
 * Nouns of armed units and their arms (CAMEO's &MILITARY set plus police, militia and weapons
 * systems, which the manual's MOBILIZE modes troops/police/militia/weapons name).
 */
const ARMED_WORDS: ReadonlySet<string> = new Set([
  'military',
  'army',
  'armies',
  'troops',
  'soldiers',
  'forces',
  'force',
  'reserves',
  'reservists',
  'navy',
  'marines',
  'police',
  'policemen',
  'militia',
  'militias',
  'militiamen',
  'fighters',
  'guerrillas',
  'rebels',
  'units',
  'battalions',
  'brigades',
  'divisions',
  'tanks',
  'warships',
  'ships',
  'aircraft',
  'jets',
  'missiles',
  'weapons',
  'guards',
  'paratroopers',
]);
/** Words after a mobilizing verb searched for what is mobilized (`mobilized 5,000 reservists`). */
const OBJECT_WINDOW = 5;

/**
 * Manual MOBILIZE: "all military or police moves that fall short of the actual use of force";
 * "mobilizing supporters to demonstrate" is no MOBILIZE. A dictionary default of the mobilize block
 * (CAMEO 150: mobilize, marshal, muster, garner) codes MOBILIZE only when someone armed moves or is
 * moved: an armed participant, or an armed noun in the subject or just after the verb. Patterns
 * (`deploy * &MILITARY`) already name what moves.
 */
export function isArmedMove(
  view: SentenceView,
  t: Trigger,
  actors: readonly Candidate[],
  recipients: readonly Candidate[],
): boolean {
  if (t.kind !== 'verb') return true;
  if ([...actors, ...recipients].some((c) => c.sector !== undefined && ARMED_SECTORS.has(c.sector)))
    return true;
  const from = Math.min(t.first, ...actors.map((c) => c.first));
  const to = Math.min(view.words.length, t.last + OBJECT_WINDOW);
  for (let i = Math.max(0, from); i < to; i++) if (ARMED_WORDS.has(view.words[i] ?? '')) return true;
  return false;
}

/** Verbs that lend their act to the verb they govern (`help support`, `help to build`). */
const LIGHT_HELPERS: ReadonlySet<string> = new Set(['help', 'assist']);

/**
 * `… to help support the rights of …`: a helping verb right before another coded verb (bare or with
 * `to`) is no act of its own; the verb it governs carries the act (help as AID only when nothing
 * more specific is done). Returns the governed verb's first token, or -1.
 */
export function lentTo(view: SentenceView, t: Trigger, triggers: readonly Trigger[]): number {
  if (t.kind !== 'verb' || !LIGHT_HELPERS.has(t.lemma)) return -1;
  const next = view.words[t.last] === 'to' ? t.last + 1 : t.last;
  return triggers.some((o) => o.first === next && o.kind !== 'noun') ? next : -1;
}

/** Verbs of leaving office (`resigned`, `stepped down`, `quit his post`; CAMEO RESIGN 083, STEP * DOWN 0831). */
const RESIGNING: ReadonlySet<string> = new Set(['resign', 'step', 'quit']);

/**
 * Manual RETREAT: "RETREAT also covers resignations of government officials". CAMEO codes them as
 * acceding to demands (083, 0831), which the 2021 table maps to CONCEDE; a resignation is RETREAT.
 */
export function isResignation(t: Trigger, type: PloverType): boolean {
  return type === 'CONCEDE' && RESIGNING.has(t.lemma);
}

/** Verbs that drop a plan (`suspended plans to`, `has shelved its plan to`). */
const DROPPING: ReadonlySet<string> = new Set([
  'suspended',
  'suspending',
  'suspends',
  'dropped',
  'dropping',
  'drops',
  'abandoned',
  'abandoning',
  'abandons',
  'shelved',
  'shelving',
  'shelves',
  'scrapped',
  'scrapping',
  'scraps',
  'cancelled',
  'canceled',
  'cancelling',
  'canceling',
  'cancels',
]);
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'proposal', 'proposals']);
const PLAN_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'a', 'his', 'her']);

/**
 * `suspended plans to impose curfews`: dropping a planned act of conflict is a concession (manual
 * CONCEDE: easing of restrictions, "suspending" measures), not a threat of the planned act.
 */
export function dropsPlannedAct(view: SentenceView, t: Trigger): boolean {
  if (view.words[t.first - 1] !== 'to' || !PLAN_NOUNS.has(view.words[t.first - 2] ?? '')) return false;
  const before = view.words[t.first - 3] ?? '';
  const verb = PLAN_DETERMINERS.has(before) ? (view.words[t.first - 4] ?? '') : before;
  return DROPPING.has(verb);
}

/** Verbs and nouns of a raid (`raided the offices`, `carried out raids`). */
const RAID_WORDS: ReadonlySet<string> = new Set(['raid', 'raids', 'raided', 'raiding']);
/** Who searches rather than fights: police and the civil authorities (not the army or rebels). */
const POLICE_WORDS: ReadonlySet<string> = new Set([
  'police',
  'policemen',
  'authorities',
  'agents',
  'investigators',
  'prosecutors',
  'officers',
]);
/** Sectors of actors who fight: their raid is an assault (manual ASSAULT). */
const FIGHTING_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB', 'UAF']);

/**
 * Manual COERCE seize: "execute search, confiscate property, raid": a raid by the police or the
 * authorities (`police raided the party's offices`) is COERCE, where the file codes RAID 190 (an
 * armed assault, which a raid by troops or rebels stays).
 */
export function isPoliceRaid(view: SentenceView, t: Trigger, actors: readonly Candidate[]): boolean {
  if (!RAID_WORDS.has(view.words[t.head] ?? '') && !RAID_WORDS.has(view.words[t.last - 1] ?? ''))
    return false;
  if (actors.some((c) => c.sector !== undefined && FIGHTING_SECTORS.has(c.sector))) return false;
  return actors.some((c) => {
    for (let i = c.first; i < c.last; i++) if (POLICE_WORDS.has(view.words[i] ?? '')) return true;
    return c.sector === 'COP';
  });
}
