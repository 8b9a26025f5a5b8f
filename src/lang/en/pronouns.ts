/** English personal pronouns with the person, number, gender and case each one states. */

/** The gender a word states: `m` (he, Mr.) or `f` (she, Mrs.). */
export type Gender = 'm' | 'f';

export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive';

export interface PronounInfo {
  readonly gender?: Gender;
  readonly plural: boolean;
  readonly case: PronounCase;
  /** `it`/`its`: refers to organisations, countries and places, never to people. */
  readonly neuter?: boolean;
  /** `I`/`me`/`my` inside a quotation: the quote's speaker; `we`/`us`/`our`: the speaker's side. */
  readonly firstPerson?: boolean;
}

/** Personal pronouns, lower-case. `you` is left out: it never refers to an actor of the article. */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { gender: 'm', plural: false, case: 'subject' }],
  ['him', { gender: 'm', plural: false, case: 'object' }],
  ['his', { gender: 'm', plural: false, case: 'possessive' }],
  ['himself', { gender: 'm', plural: false, case: 'reflexive' }],
  ['she', { gender: 'f', plural: false, case: 'subject' }],
  ['her', { gender: 'f', plural: false, case: 'possessive' }],
  ['hers', { gender: 'f', plural: false, case: 'possessive' }],
  ['herself', { gender: 'f', plural: false, case: 'reflexive' }],
  ['they', { plural: true, case: 'subject' }],
  ['them', { plural: true, case: 'object' }],
  ['their', { plural: true, case: 'possessive' }],
  ['theirs', { plural: true, case: 'possessive' }],
  ['themselves', { plural: true, case: 'reflexive' }],
  ['its', { plural: false, case: 'possessive', neuter: true }],
  ['it', { plural: false, case: 'subject', neuter: true }],
  ['i', { plural: false, case: 'subject', firstPerson: true }],
  ['me', { plural: false, case: 'object', firstPerson: true }],
  ['my', { plural: false, case: 'possessive', firstPerson: true }],
  ['myself', { plural: false, case: 'reflexive', firstPerson: true }],
  ['we', { plural: true, case: 'subject', firstPerson: true }],
  ['us', { plural: true, case: 'object', firstPerson: true }],
  ['our', { plural: true, case: 'possessive', firstPerson: true }],
  ['ourselves', { plural: true, case: 'reflexive', firstPerson: true }],
]);

/** Third-person pronouns that refer to people (`he`, `her`, `they`…; not `it`): what coreference scores. */
export const THIRD_PERSON_PRONOUNS: ReadonlySet<string> = new Set(
  [...PRONOUNS].filter(([, p]) => !p.neuter && !p.firstPerson).map(([w]) => w),
);
