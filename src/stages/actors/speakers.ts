/**
 * Speakers of quotations, for coreference: `I`/`me`/`my` in a quotation go to the person the
 * quotation is attributed to, and a third-person pronoun inside it never does (a speaker says
 * `I`, not `he`). The speaker is a person mention next to a speech verb just after the closing
 * quote (`,” Peskov said` / `,” said Peskov`) or just before the opening quote (`Peskov said: “…`).
 */
import type { Candidate, DocView } from './candidates.js';
import type { Draft } from './cluster.js';
import { SPEECH_VERBS } from './lexicon.js';

/** A resolved candidate (the shape resolve.ts produces). */
interface Resolved {
  readonly cand: Candidate;
  readonly drafts: Draft[];
}

/** Token index → person draft, for person mentions outside quotations. */
export function personsByToken(draftOf: ReadonlyMap<Candidate, Draft>): Map<number, Draft> {
  const personAt = new Map<number, Draft>();
  for (const [c, d] of draftOf) if (d.type === 'person' && !c.inQuote) personAt.set(c.t0, d);
  return personAt;
}

/** Tokens after a closing quote (or before an opening one) searched for the speaker. */
const SPEAKER_WINDOW = 5;
/** Tokens searched back from a speech verb right before the quote, for a speaker with an apposition. */
const APPOSED_SPEAKER_WINDOW = 20;

/**
 * `I`/`me`/`my` in a quotation → the person the quotation is attributed to: a person mention
 * next to a speech verb just after the closing quote (`,” Peskov said`/`,” said Peskov`) or just
 * before the opening quote (`Peskov said: “…`).
 */
export function resolveSpeakers(view: DocView, out: Resolved[], owner: Map<Candidate, Draft>): void {
  const draftOf = new Map<Candidate, Draft>(owner);
  for (const r of out) if (r.drafts.length === 1) draftOf.set(r.cand, r.drafts[0]!);
  const personAt = personsByToken(draftOf);
  for (const r of out) {
    if (!r.cand.pronoun?.firstPerson) continue;
    const speaker = speakerOf(view, r.cand.t0, personAt);
    if (!speaker) continue;
    r.drafts.push(speaker);
    speaker.mentions.push(r.cand);
  }
}

export function speakerOf(view: DocView, t: number, personAt: Map<number, Draft>): Draft | undefined {
  const toks = view.toks;
  let close = t;
  while (close < toks.length && toks[close]!.inQuote && !/^[”"]$/.test(toks[close]!.text)) close++;
  let verb = false;
  for (let k = close + 1; k < Math.min(toks.length, close + 1 + SPEAKER_WINDOW); k++) {
    if (toks[k]!.inQuote && k > close + 1) break;
    if (SPEECH_VERBS.has(toks[k]!.lower)) verb = true;
    const d = personAt.get(k);
    if (d && (verb || SPEECH_VERBS.has(toks[k + 1]?.lower ?? ''))) return d;
  }
  let open = t;
  while (open > 0 && toks[open - 1]!.inQuote) open--;
  for (let k = open - 1; k >= Math.max(0, open - SPEAKER_WINDOW - 1); k--) {
    const d = personAt.get(k);
    if (d && toks.slice(k, open).some((x) => SPEECH_VERBS.has(x.lower))) return d;
  }
  // `Hilary Braysmith, USI associate professor of art history, said, “…`: past an apposition.
  const verbAt = [open - 1, open - 2, open - 3].find((k) => k >= 0 && SPEECH_VERBS.has(toks[k]!.lower));
  if (verbAt === undefined) return undefined;
  for (let k = verbAt - 1; k >= Math.max(0, verbAt - APPOSED_SPEAKER_WINDOW); k--) {
    if (toks[k]!.sent !== toks[verbAt]!.sent || toks[k]!.inQuote) break;
    const d = personAt.get(k);
    if (d) return d;
  }
  return undefined;
}
