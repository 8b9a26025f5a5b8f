/**
 * Quantified persons (`someone`, `anyone`, `no one`, `everybody`): English refers back to them with
 * singular `they` (`if someone arrives illegally they will not be able to stay`, `no one's claim
 * should fail because they missed a form`). Each is a mention of a person of unknown gender; the
 * resolver links a `they`/`them`/`their` later in the same sentence to it when it is a subject.
 * As an object it rarely binds `they` (`they need someone who will stand up for them`,
 * `murdered by someone they know`: they = the people before). No library marks these; the words
 * are a closed class.
 */

import type { ActorView } from './actor-view.js';
import { type Candidate, makeCandidate, nominalInfo } from './candidate.js';

/** One-word quantified persons. */
const ONE_WORD: ReadonlySet<string> = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'nobody',
  'no-one',
]);

/**
 * The quantified-person candidate starting at token `i` (`someone`, or `no one` over two tokens).
 * `opensClause` tells whether it is its clause's subject (`if someone arrives`), the only position
 * the resolver takes it from.
 */
/** Words a quantified person starts with: any other token starts none. */
export const QUANTIFIED_FIRST_WORDS: ReadonlySet<string> = new Set([...ONE_WORD, 'no']);

export function quantifiedPersonAt(
  view: ActorView,
  i: number,
  opensClause: (t: number) => boolean,
): Candidate | undefined {
  const tok = view.toks[i]!;
  let t1 = i + 1;
  if (!ONE_WORD.has(tok.lower)) {
    const next = view.toks[i + 1];
    if (tok.lower !== 'no' || next?.lower !== 'one' || next.sent !== tok.sent) return undefined;
    t1 = i + 2;
  }
  const last = view.toks[t1 - 1]!;
  // `everyone of them`: a partitive quantifies over a group that `they` refers to.
  if (view.toks[t1]?.lower === 'of') return undefined;
  return makeCandidate({
    start: tok.start,
    end: last.end,
    coreStart: tok.start,
    coreEnd: last.end,
    t0: i,
    t1,
    sent: tok.sent,
    kind: 'nominal',
    surface: view.text.slice(tok.start, last.end),
    type: 'person',
    plural: false,
    subject: opensClause(i),
    inQuote: tok.inQuote,
    nominal: nominalInfo('person', 'someone', undefined, undefined, true),
  });
}
