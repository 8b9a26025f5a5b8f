/**
 * One-word names the analysis typed a person in one article and a body or place in another (`Wikinews`
 * a person where it "said", an organisation elsewhere; `Islam` a person once, a place once). A person's
 * one-word name holds only its surname key (`s:wikinews`) and a body's only its name key (`n:wikinews`),
 * so the two never met: a body's one-word name now also holds the key a person of that one word would
 * (its `word` key), and the two link when nothing else in the corpus bears the word.
 *
 * Precision first (issue #18): only when the word is the whole name on both sides, neither side states a
 * role (a role makes a person), neither is a country nor a name the knowledge base knows (link.ts
 * gives no word key then: `Jordan` the country is no `Jordan` the person), both spell the word alike
 * (`OH` is not `Oh`), the article names no full-named person bearing the word, and exactly one
 * corpus actor of any type holds it — so `Ford` the company never meets `Gerald Ford`, nor any `Ford` when
 * two corpus actors hold the word.
 */
import type { ArticleActor, Candidate, DecideContext, Decision } from './decide.js';
import { nameWords, typeGroup } from './names.js';

/** How sure such a link is: the word is all it rests on, and one side's type was wrong (shown to users). */
export const RETYPED_WORD_SCORE = 0.6;

/** The key a one-word name shares with the other type group: its surname key, or a body's word key. */
function wordKey(actor: ArticleActor): string | undefined {
  if (nameWords(actor.name).length !== 1 || actor.titles.length > 0) return undefined;
  return actor.surnameOnly ? actor.surname : actor.word;
}

/**
 * The one corpus actor of the other type group (person against body or place) holding the same one-word
 * name, when it is the only corpus actor holding the word; undefined otherwise.
 */
export function byRetypedWord(
  actor: ArticleActor,
  candidates: readonly Candidate[],
  ctx: DecideContext,
): Decision | undefined {
  const key = wordKey(actor);
  if (!key || (ctx.articleSurnames.get(key)?.length ?? 0) > 0) return undefined;
  const holders = candidates.filter((c) => c.keys.includes(key));
  if (holders.length !== 1) return undefined;
  const c = holders[0]!;
  const mine = typeGroup(actor.type);
  const theirs = typeGroup(c.type);
  // A country is a dictionary entry: a person of its one-word name (`Jordan`) is someone else.
  const country = actor.type === 'country' || c.type === 'country';
  const personAgainstOther = mine !== theirs && (mine === 'person' || theirs === 'person') && !country;
  if (!personAgainstOther || nameWords(c.name).length !== 1 || c.titles.length > 0) return undefined;
  // Spelt the same, capitals too: `OH` (Ohio) is not the `Oh` the analysis took for a person.
  if (c.name.trim() !== actor.name.trim()) return undefined;
  if (ctx.apart.has(`${key}|${c.id}`) || actor.names.some((k) => ctx.apart.has(`${k}|${c.id}`)))
    return undefined;
  return {
    corpusActorId: c.id,
    score: RETYPED_WORD_SCORE,
    method: 'retyped-word',
    evidence: `'${c.name}' (${c.type}) is the corpus's one actor named by this word alone, typed ${actor.type} here`,
  };
}
