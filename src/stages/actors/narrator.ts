/**
 * The narrator of a first-person text (a speech, a letter, an essay): `I`, `me`, `my` outside any
 * quotation are one person, the writer or speaker, all through the text. News writes in the third
 * person: its first-person words stand in quotations (speakers.ts gives them to the quote's speaker),
 * and an interview's turns have their own rules (dialogue.ts). A text counts as narrated when
 * NARRATOR_MIN_PRONOUNS of its singular first-person pronouns, and at least one in every
 * NARRATOR_MAX_SENTENCES_PER_PRONOUN sentences, stand outside quotations and it is no interview.
 * The narrator is an actor named by its pronoun, never linked across articles (every text's `I` is
 * another person: corpus/names.ts).
 */
import { PRONOUNS } from '../../lang/en/pronouns.js';
import type { ActorView } from './actor-view.js';
import { type Candidate, pronounCandidate } from './candidate.js';
import { type Draft, makeDraft } from './cluster.js';

/**
 * Singular first-person pronouns outside quotations that make a text first-person narration: a
 * quotation the quotes stage missed in a news story holds one or two (`I think we have learned…`).
 */
const NARRATOR_MIN_PRONOUNS = 5;
/**
 * Sentences per such pronoun a narrated text has at most: its narrator speaks all through it (a
 * letter, a speech: about one a sentence), where a story or a panel's answers (several voices) say
 * `I` now and then.
 */
const NARRATOR_MAX_SENTENCES_PER_PRONOUN = 4;

function singularFirstPerson(word: string): boolean {
  const p = PRONOUNS.get(word);
  return p !== undefined && p.firstPerson === true && !p.plural;
}

/** The narrator's pronouns as candidates, when the text is narrated (none otherwise). */
export function narratorPronouns(view: ActorView, cands: readonly Candidate[]): Candidate[] {
  if (cands.some((c) => c.dialogue)) return [];
  const at: number[] = [];
  // Asked once per word of the document (0 not asked yet, 1 a singular first-person pronoun, 2 not):
  // the pass runs over every token of every text.
  const firstPerson = new Uint8Array(view.words);
  for (let k = 0; k < view.toks.length; k++) {
    const t = view.toks[k]!;
    if (t.inQuote) continue;
    let f = firstPerson[t.word];
    if (f === 0) {
      f = singularFirstPerson(t.lower) ? 1 : 2;
      firstPerson[t.word] = f;
    }
    if (f === 1) at.push(k);
  }
  const sentences = (view.toks.at(-1)?.sent ?? 0) + 1;
  if (at.length < NARRATOR_MIN_PRONOUNS || sentences > at.length * NARRATOR_MAX_SENTENCES_PER_PRONOUN)
    return [];
  return at.map((k) => {
    const t = view.toks[k]!;
    const p = PRONOUNS.get(t.lower)!;
    return pronounCandidate(t, k, p, { type: undefined, plural: false, inQuote: false });
  });
}

/** Puts the narrator's pronouns (left unresolved, outside quotations) on one person draft. */
export function resolveNarrator(out: readonly { cand: Candidate; drafts: Draft[] }[], drafts: Draft[]): void {
  let narrator: Draft | undefined;
  for (const r of out) {
    const c = r.cand;
    if (r.drafts.length > 0 || c.inQuote || c.dialogue || !c.pronoun?.firstPerson || c.pronoun.plural)
      continue;
    if (!narrator) {
      narrator = makeDraft(drafts.length, 'person', []);
      drafts.push(narrator);
    }
    r.drafts.push(narrator);
    narrator.mentions.push(c);
  }
}
