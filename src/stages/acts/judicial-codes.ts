/**
 * Judicial charges in the CAMEO verb file, read as the PLOVER manual reads them. CAMEO 173 is
 * "arrest, detain, or charge with legal action", and the 2021 table maps all of it to COERCE
 * arrest; the manual's ACCUSE is "accuse, allege, or charge, both judicially and informally; sue
 * or bring to court", mode allege "sue, indict, or charge; bring to trial". So a 173 pattern that
 * charges, tries or sues (`prosecutors charged X`, `put X on trial`, `pressed charges`, `went on
 * trial`, `sued X in court`) is recoded 115 (bring lawsuit against: ACCUSE allege, legal), while
 * arrests, detentions, sentences and convictions keep 173. Used by scripts/build-acts-verbs.ts.
 */
import type { VerbPattern } from './verb-file.js';

/** The file's code for arrest, detention and charges alike. */
export const ARREST_OR_CHARGE_CODE = '173';
/** CAMEO 115, bring lawsuit against: the file's own code for `file a lawsuit`, ACCUSE allege. */
export const CHARGE_CODE = '115';

/** Verbs whose 173 patterns charge or sue (the file's BLAME block and SUE block; INDICT, PROSECUTE). */
const CHARGING_VERBS: ReadonlySet<string> = new Set(['charge', 'indict', 'accuse', 'sue', 'prosecute']);

/** Words after the verb that make the act a charge or a trial (`pressed charges`, `on trial`, `to court`, `legal action`). */
const CHARGE_WORDS: ReadonlySet<string> = new Set(['charge', 'charges', 'trial', 'court', 'legal', 'case']);

/**
 * Words that make it an arrest, a detention or a judgement even with a charge word (`set a verdict
 * in the trial`, `kept in detention`, `confirmed the sentence`): those stay COERCE arrest, as the
 * manual codes imprisonment (the file's &DETENTION set: detention, jail, prison, custody …).
 */
const ARREST_WORDS: ReadonlySet<string> = new Set([
  'arrest',
  'arrests',
  'warrant',
  'sentence',
  'guilty',
  'verdict',
  'death',
  'detention',
  'jail',
  'prison',
  'custody',
  'detainment',
  'penitentiary',
  'confinement',
]);

/**
 * Verbs of a judgement. The file's BLAME block merges accusing and convicting verbs, so its class
 * pattern `- * (OF &CRIME) [173] # CONVICT` held for ACCUSE too: `accuses the Netherlands of trade
 * violations` coded an arrest. An accusation is no conviction (the manual keeps them apart: ACCUSE
 * allege, SANCTION convict), so a 173 class pattern written for one of these verbs holds for it only.
 */
const CONVICTING_VERBS: ReadonlySet<string> = new Set(['convict', 'condemn']);

const hasAny = (words: readonly (readonly string[])[], set: ReadonlySet<string>): boolean =>
  words.some((alternatives) => alternatives.some((w) => set.has(w)));

/**
 * Whether a file pattern coded 173 charges, tries or sues rather than arrests or detains.
 * `commentVerb` is the verb its comment names (`# INDICT`, lower case): a pattern over a word class
 * (`- * (FOR &CRIME) [173] # INDICT`) holds block-wide, but was written for that verb.
 */
export function isJudicialCharge(pattern: VerbPattern, commentVerb: string | undefined): boolean {
  if (pattern.code !== ARREST_OR_CHARGE_CODE) return false;
  if (hasAny(pattern.before, ARREST_WORDS) || hasAny(pattern.after, ARREST_WORDS)) return false;
  const verb = pattern.verb ?? commentVerb;
  return (verb !== undefined && CHARGING_VERBS.has(verb)) || hasAny(pattern.after, CHARGE_WORDS);
}

/** Whether a file pattern coded 173 over a word class was written for a convicting verb. */
export function isConvictionClassPattern(pattern: VerbPattern, commentVerb: string | undefined): boolean {
  return (
    pattern.code === ARREST_OR_CHARGE_CODE &&
    pattern.verb === undefined &&
    commentVerb !== undefined &&
    CONVICTING_VERBS.has(commentVerb)
  );
}

/** The conviction pattern made its own verb's (`convicted of crimes` stays an arrest; `accused of crimes` does not). */
export function asConvictionOf(pattern: VerbPattern, commentVerb: string): VerbPattern {
  return {
    ...pattern,
    verb: commentVerb,
    from: `${pattern.from ?? ''}, made ${commentVerb.toUpperCase()}'s own by build-acts-verbs.ts: an accusation is no conviction`,
  };
}

/**
 * The pattern recoded as a charge, with the reason in its provenance. A class pattern of a charging
 * verb becomes that verb's own (`convicted for crimes` keeps CONVICT's 173; `blamed for crimes`
 * keeps BLAME's 112, ACCUSE either way).
 */
export function asCharge(pattern: VerbPattern, commentVerb: string | undefined): VerbPattern {
  const verb = pattern.verb ?? (commentVerb && CHARGING_VERBS.has(commentVerb) ? commentVerb : undefined);
  return {
    ...pattern,
    ...(verb ? { verb } : {}),
    code: CHARGE_CODE,
    from: `${pattern.from ?? ''}, recoded by build-acts-verbs.ts: manual ACCUSE allege "sue, indict, or charge; bring to trial" (the file codes 173 arrest)`,
  };
}
