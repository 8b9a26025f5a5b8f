/**
 * Poll shares as sources: `About 9 percent said…`, `42% say…`, `one in five say…`, `85% of
 * Democrats said…`, `about half of voters say…`, `those surveyed said…`. Poll stories report what a
 * share of respondents said, and the generic noun-phrase walk misses these subjects (`about` and
 * `those` stop it, `%` is punctuation, `five` names nobody, an `of` phrase is a complement). Hand
 * rules: the shapes are few and closed-class, no library tags them.
 */
import type { WordRange } from './source-words.js';
import type { Word } from './words.js';

/** Words that head a share: a number, a percentage, a fraction, a majority. */
const SHARE_HEAD_RE =
  /^(?:\d[\d.,]*|percent|half|third|thirds|quarter|quarters|fifth|fifths|majority|plurality|minority|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Words before a share that approximate or bound it (`about`, `nearly`, `more than`, `as many as`, `a`). */
const APPROXIMATORS_RE =
  /^(?:about|nearly|almost|roughly|around|approximately|some|only|just|over|under|fewer|less|more|than|at|least|as|many|a|an|the|fully|barely|upward|upwards)$/;

/** Most approximating words before a share (`as many as`, `a little more than`). */
const MAX_APPROXIMATORS = 4;

/** Most words of the `of` complement after a share (`85% of young Democratic voters`). */
const MAX_OF_WORDS = 6;

/** Participles naming poll respondents after `those` (`those surveyed`, `those polled`). */
const RESPONDENTS_RE = /^(?:surveyed|polled|questioned|interviewed|sampled)$/;

/** Words before a subject where a clause starts. */
function opensClause(ws: readonly Word[], from: number, floor: number): boolean {
  if (from <= floor) return true;
  const prev = ws[from - 1] as Word;
  return /^[,;:—–“"‘(]$/.test(prev.text) || /^(?:and|but|while|whereas|that)$/.test(prev.lower);
}

const isWord = (w: Word | undefined): boolean => w !== undefined && /[\p{L}\p{N}]/u.test(w.text);

/** The poll-share subject ending at word `j` (inclusive), or undefined. */
export function shareSubject(ws: readonly Word[], j: number, floor: number): WordRange | undefined {
  const end = ws[j];
  if (!end) return undefined;
  // `those surveyed said`, `some of those polled say`.
  if (RESPONDENTS_RE.test(end.lower) && ws[j - 1]?.lower === 'those' && j - 1 >= floor) {
    let from = j - 1;
    if (ws[from - 1]?.lower === 'of' && /^(?:some|many|most|all|half|few)$/.test(ws[from - 2]?.lower ?? ''))
      from -= 2;
    return from >= floor && opensClause(ws, from, floor) ? { from, to: j + 1 } : undefined;
  }
  // The share head: before an `of` complement (`85% of Democrats`), or the phrase end itself.
  let h = j;
  for (let p = j - 1; p > floor && j - p <= MAX_OF_WORDS; p--) {
    const w = ws[p] as Word;
    if (!isWord(w)) break;
    if (w.lower === 'of') {
      h = p - 1;
      break;
    }
  }
  if (h === j && !isWord(end) && end.text !== '%') return undefined;
  // `four out of 10 voters`: the head is the number before `out of`.
  if (h < j && ws[h]?.lower === 'out') h--;
  const head = ws[h];
  if (!head || h < floor) return undefined;
  const percent = head.text === '%' && /^\d/.test(ws[h - 1]?.text ?? '');
  if (!percent && !SHARE_HEAD_RE.test(head.lower)) return undefined;
  let from = percent ? h - 1 : h;
  // `one in five`, `four in 10`.
  if (ws[from - 1]?.lower === 'in' && SHARE_HEAD_RE.test(ws[from - 2]?.lower ?? '')) from -= 2;
  // `9 percent`, `two thirds`: the number before a share noun.
  if (
    from === h &&
    !percent &&
    /^\p{L}/u.test(head.text) &&
    /^(?:\d[\d.,]*|one|two|three)$/u.test(ws[from - 1]?.lower ?? '')
  )
    from--;
  for (let n = 0; n < MAX_APPROXIMATORS && from - 1 >= floor; n++) {
    if (!APPROXIMATORS_RE.test((ws[from - 1] as Word).lower)) break;
    from--;
  }
  if (!opensClause(ws, from, floor)) return undefined;
  // A bare number or article alone is no share (`Two said` is a plain subject, left to the walk).
  if (from === j && !percent) return undefined;
  return { from, to: j + 1 };
}
