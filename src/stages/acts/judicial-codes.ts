/**
 * Judicial acts in the CAMEO verb file, read as the PLOVER manual reads them. CAMEO 173 is
 * "arrest, detain, or charge with legal action", and the file also codes convictions and sentences
 * 173 (`CONVICT [173]`, `FOUND * GUILTY`, `PASS * SENTENCE`); the 2021 table maps all of it to
 * COERCE arrest. The manual parts them:
 * - a charge, trial or suit is ACCUSE allege ("sue, indict, or charge; bring to trial"): such a 173
 *   pattern (`prosecutors charged X`, `put X on trial`, `pressed charges`, `went on trial`, `sued X
 *   in court`) is recoded 115 (bring lawsuit against: ACCUSE allege, legal);
 * - a conviction or sentence is SANCTION convict ("found guilty and sentenced or sanctioned via
 *   court-order"): such a 173 pattern is recoded 116 (find guilty or liable, legally), which the
 *   build maps to SANCTION convict;
 * - arrests and detentions keep 173.
 * Used by scripts/build-acts-verbs.ts.
 */
import type { VerbPattern } from './verb-file.js';

/** The file's code for arrest, detention, charges and convictions alike. */
export const ARREST_OR_CHARGE_CODE = '173';
/** CAMEO 115, bring lawsuit against: the file's own code for `file a lawsuit`, ACCUSE allege. */
export const CHARGE_CODE = '115';
/** CAMEO 116, find guilty or liable (legally): the manual's SANCTION convict. */
export const JUDGEMENT_CODE = '116';

/** Verbs whose 173 patterns charge or sue (the file's BLAME block and SUE block; INDICT, PROSECUTE). */
const CHARGING_VERBS: ReadonlySet<string> = new Set(['charge', 'indict', 'accuse', 'sue', 'prosecute']);

/** Words after the verb that make the act a charge or a trial (`pressed charges`, `on trial`, `to court`, `legal action`). */
const CHARGE_WORDS: ReadonlySet<string> = new Set(['charge', 'charges', 'trial', 'court', 'legal', 'case']);

/**
 * Verbs whose 173 patterns judge. The file's BLAME block merges accusing and convicting verbs, so
 * its class pattern `- * (OF &CRIME) [173] # CONVICT` held for ACCUSE too (`accuses the Netherlands
 * of trade violations` coded an arrest): a class pattern written for one of these verbs becomes its own.
 */
const CONVICTING_VERBS: ReadonlySet<string> = new Set(['convict', 'condemn']);

/** Words of a judgement: a finding of guilt or a sentence passed (`found guilty`, `upheld the sentence`). */
const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(['guilty', 'verdict', 'sentence', 'sentences']);

/** Verbs that ask for a sentence (`prosecutors sought a sentence`): a request, no judgement. */
const ASKING_VERBS: ReadonlySet<string> = new Set(['seek', 'request', 'demand']);

/**
 * Words that make it an arrest or a detention even with a charge word (`kept in detention`, the
 * file's &DETENTION set) or a judgement (`set a verdict in the trial`): never a charge.
 */
const NOT_CHARGE_WORDS: ReadonlySet<string> = new Set([
  ...JUDGEMENT_WORDS,
  'arrest',
  'arrests',
  'warrant',
  'death',
  'detention',
  'jail',
  'prison',
  'custody',
  'detainment',
  'penitentiary',
  'confinement',
]);

const hasAny = (words: readonly (readonly string[])[], set: ReadonlySet<string>): boolean =>
  words.some((alternatives) => alternatives.some((w) => set.has(w)));

export type JudicialKind = 'charge' | 'judgement';

/**
 * Whether a file pattern coded 173 charges (or tries, or sues) or judges, rather than arrests or
 * detains. `commentVerb` is the verb its comment names (`# INDICT`, lower case): a pattern over a
 * word class (`- * (FOR &CRIME) [173] # INDICT`) holds block-wide, but was written for that verb.
 */
export function judicialKind(
  pattern: VerbPattern,
  commentVerb: string | undefined,
): JudicialKind | undefined {
  if (pattern.code !== ARREST_OR_CHARGE_CODE) return undefined;
  const verb = pattern.verb ?? commentVerb;
  const words = [...pattern.before, ...pattern.after];
  if (verb !== undefined && ASKING_VERBS.has(verb)) return undefined;
  if ((verb !== undefined && CONVICTING_VERBS.has(verb)) || hasAny(words, JUDGEMENT_WORDS))
    return 'judgement';
  if (hasAny(words, NOT_CHARGE_WORDS)) return undefined;
  if ((verb !== undefined && CHARGING_VERBS.has(verb)) || hasAny(pattern.after, CHARGE_WORDS))
    return 'charge';
  return undefined;
}

/**
 * The pattern recoded as its kind says, with the reason in its provenance. A class pattern of a
 * charging or convicting verb becomes that verb's own (`blamed for crimes` keeps BLAME's 112).
 */
export function recodeJudicial(
  pattern: VerbPattern,
  kind: JudicialKind,
  commentVerb: string | undefined,
): VerbPattern {
  const own = kind === 'charge' ? CHARGING_VERBS : CONVICTING_VERBS;
  const verb = pattern.verb ?? (commentVerb && own.has(commentVerb) ? commentVerb : undefined);
  const why =
    kind === 'charge'
      ? 'manual ACCUSE allege "sue, indict, or charge; bring to trial"'
      : 'manual SANCTION convict "found guilty and sentenced or sanctioned via court-order"';
  return {
    ...pattern,
    ...(verb ? { verb } : {}),
    code: kind === 'charge' ? CHARGE_CODE : JUDGEMENT_CODE,
    from: `${pattern.from ?? ''}, recoded by build-acts-verbs.ts: ${why} (the file codes 173 arrest)`,
  };
}
