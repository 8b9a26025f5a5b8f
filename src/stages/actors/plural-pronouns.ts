/**
 * `they`/`them`/`their` for people: singular `they` after a quantified person of its sentence
 * (`if someone arrives they…`), else the latest group in this or the previous sentences, a
 * subject preferred.
 */

import type { Candidate } from './candidate.js';
import type { Seen } from './seen.js';

/**
 * `they` looks this many sentences back for a subject group. Three would find `The report's
 * authors … (two sentences) … They say` in GUM dev, but on PolNeAR train texts it mostly linked
 * `they` to a stale group (`liberals … as they discover` → an older `politicians`).
 */
export const THEY_WINDOW = 2;
/** …and takes a non-subject group only from this many sentences back. */
const THEY_FALLBACK_WINDOW = 1;

/**
 * `they` → a quantified person earlier in its sentence (`someone`, `no one`: singular they; as an
 * object only when no group is near);
 * else the latest group (`the parents`, `Web developers`) in this or the previous sentence,
 * a subject preferred; otherwise unresolved.
 */
export function resolveThey(c: Candidate, seen: readonly Seen[]): Seen | undefined {
  // Singular `they` after a quantified subject in its sentence (`if someone arrives they…`),
  // unless a group or another subject stands between (`nobody hates it more than unions, who…
  // their members`; `anybody who watched knows that, when it was over, the Republicans admitted
  // they…`).
  let quantifiedObject: Seen | undefined;
  for (let k = seen.length - 1; k >= 0 && seen[k]!.cand.sent === c.sent; k--) {
    const s = seen[k]!;
    if (s.cand.start >= c.start) continue;
    const quantified = s.draft.mentions[0]?.nominal?.quantified;
    // The quantifier as subject, or a `they` already bound to it (`because they… a language they…`).
    if (quantified && (s.cand.subject || s.cand.kind === 'pronoun')) return s;
    // A quantified object (`to move somebody enough that they…`) only when no group is near
    // (`Most victims are killed by someone they know`).
    if (quantified) quantifiedObject ??= s;
    if (s.draft.type === 'group' || s.cand.subject) break;
  }
  let fallback: Seen | undefined;
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > THEY_WINDOW) break;
    if (s.cand.start >= c.start || s.draft.type !== 'group') continue;
    if (s.cand.subject) return s;
    if (c.sent - s.cand.sent <= THEY_FALLBACK_WINDOW) fallback ??= s;
  }
  return fallback ?? quantifiedObject;
}
