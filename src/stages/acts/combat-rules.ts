/**
 * Combat rule of the coder: a seizure made in fighting is ASSAULT, not COERCE (manual ASSAULT and
 * COERCE ambiguities; CAMEO files occupying territory under 19, fight).
 */
import type { Candidate } from './candidates.js';
import type { SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';

/**
 * CAMEO 192, occupy territory. CAMEO files it under 19 (fight: conventional military force); the
 * 2021 table maps it to COERCE seize, but the manual's COERCE is "coercive uses of power falling
 * short of violence" and its seize mode is "execute search, confiscate property, raid".
 */
const OCCUPY_CODE = '192';
/** CAMEO 190, use conventional military force: ASSAULT, the code a capture in fighting takes. */
const COMBAT_CODE = '190';
/** CAMEO 181, abduct: ASSAULT abduct, the manual's mode for "combatants captured during conflict". */
const CAPTURED_COMBATANTS_CODE = '181';
/** Verbs of the file's seizing blocks (APPREHEND 171, OCCUPY 192) that take places or people by force. */
const SEIZING: ReadonlySet<string> = new Set([
  'capture',
  'seize',
  'take',
  'grab',
  'snatch',
  'occupy',
  'overrun',
]);
/** Sectors of actors who fight (Phoenix agents: military, rebels, unaligned armed forces; not police). */
const FIGHTING_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB', 'UAF']);
/** Nouns of fighting units: the actor's words name a party to the fighting. */
const FIGHTING_WORDS: ReadonlySet<string> = new Set([
  'troops',
  'soldiers',
  'army',
  'forces',
  'military',
  'rebels',
  'guerrillas',
  'fighters',
  'militants',
  'militia',
  'militias',
  'militiamen',
  'insurgents',
  'paratroopers',
  'marines',
]);
/** Combatants as the object of a capture (`captured 40 rebel fighters`), searched right after the verb. */
const COMBATANT_WORDS: ReadonlySet<string> = new Set([
  'soldiers',
  'troops',
  'fighters',
  'rebels',
  'guerrillas',
  'militants',
  'militiamen',
  'insurgents',
  'combatants',
  'servicemen',
  'paratroopers',
  'marines',
]);
/** Words after the seizing verb searched for the captured combatants (`captured 40 rebel fighters`). */
const OBJECT_WINDOW = 4;

const fights = (view: SentenceView, c: Candidate): boolean => {
  if (c.sector !== undefined && FIGHTING_SECTORS.has(c.sector)) return true;
  for (let i = c.first; i < c.last; i++) if (FIGHTING_WORDS.has(view.words[i] ?? '')) return true;
  return false;
};

/**
 * The ASSAULT code of a seizure made in fighting, or undefined: a seizing verb whose object is
 * combatants (manual COERCE and ASSAULT: "combatants captured during conflict should be coded as
 * ASSAULT `abduct' rather than COERCE `arrest'"), or an occupation of territory (CAMEO 192) by a
 * fighting party (`troops captured part of a stronghold`). Police seizures and arrests stay COERCE.
 */
export function combatSeizureCode(
  view: SentenceView,
  t: Trigger,
  code: string,
  actors: readonly Candidate[],
): string | undefined {
  if (t.kind === 'noun' || !SEIZING.has(t.lemma)) return undefined;
  const to = Math.min(view.words.length, t.last + OBJECT_WINDOW);
  for (let i = t.head + 1; i < to; i++) {
    const w = view.words[i] ?? '';
    // `seized by militants`: the passive's agent, not what was seized.
    if (w === 'by') break;
    if (COMBATANT_WORDS.has(w)) return CAPTURED_COMBATANTS_CODE;
  }
  return code === OCCUPY_CODE && actors.some((c) => fights(view, c)) ? COMBAT_CODE : undefined;
}
