/**
 * Interviews and other question-and-answer texts, recognised as a kind of text rather than per
 * document: the interviewer's turns are questions (`What are you going to talk about?`), the
 * interviewee's turns are the statements between them, and both speak in the first and second
 * person outside quotation marks. In such a text `I`/`me`/`my` in an answer and `you`/`your` in a
 * question refer to the interviewee, and `we`/`us`/`our` in an answer to the interviewee's side (a
 * group the text seldom names). In any other text first-person words outside quotations are left
 * alone (an op-ed's author is no actor of the article) and `you` is never a mention.
 *
 * The interviewee is the person named most often in the text (the title and the introduction name
 * them); with no person named, the first `I` starts an actor of its own.
 */

import type { PronounInfo } from '../../lang/en/pronouns.js';
import { anchorShape } from '../../pipeline/shape-anchor.js';
import type { ActorView } from './actor-view.js';
import { type Candidate, pronounCandidate } from './candidate.js';
import { type Draft, makeDraft } from './cluster.js';

/** Questions holding `you` outside quotations: fewer is a rhetorical question, not an interview. */
const MIN_QUESTIONS = 2;
/** `I`/`me`/`my` outside quotations in statements: fewer is an aside, not an interviewee's answers. */
const MIN_FIRST_PERSON = 3;

/** Words of a full name (first and last): an interviewee is introduced by one. */
const FULL_NAME_WORDS = 2;

/** Who a dialogue pronoun stands for. */
export type DialogueRole = 'interviewee' | 'interviewer' | 'side' | 'generic';

/** Second-person words with what they state (`you` as subject or object: number unknown, taken as one). */
const SECOND_PERSON: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['you', { plural: false, case: 'subject' }],
  ['your', { plural: false, case: 'possessive' }],
  ['yours', { plural: false, case: 'possessive' }],
  ['yourself', { plural: false, case: 'reflexive' }],
]);
const FIRST_SINGULAR: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['i', { plural: false, case: 'subject', firstPerson: true }],
  ['me', { plural: false, case: 'object', firstPerson: true }],
  ['my', { plural: false, case: 'possessive', firstPerson: true }],
  ['mine', { plural: false, case: 'possessive', firstPerson: true }],
  ['myself', { plural: false, case: 'reflexive', firstPerson: true }],
]);
const FIRST_PLURAL: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['we', { plural: true, case: 'subject', firstPerson: true }],
  ['us', { plural: true, case: 'object', firstPerson: true }],
  ['our', { plural: true, case: 'possessive', firstPerson: true }],
  ['ours', { plural: true, case: 'possessive', firstPerson: true }],
  ['ourselves', { plural: true, case: 'reflexive', firstPerson: true }],
]);

/** Tokens that may follow a sentence's final mark (`?”`). */
const CLOSERS: ReadonlySet<string> = new Set(['”', '"', "'", '’', ')']);

/** Per sentence: 'q' (the interviewer's turn), 'a' (an answer) or '' (before the first question). */
function turns(view: ActorView): string[] {
  const toks = view.toks;
  const nSent = toks.length ? toks[toks.length - 1]!.sent + 1 : 0;
  const lastTok = new Int32Array(nSent).fill(-1);
  const hasYou = new Uint8Array(nSent);
  const hasI = new Uint8Array(nSent);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!CLOSERS.has(t.text)) lastTok[t.sent] = k;
    if (t.inQuote) continue;
    if (SECOND_PERSON.has(t.lower)) hasYou[t.sent] = 1;
    if (FIRST_SINGULAR.has(t.lower)) hasI[t.sent] = 1;
  }
  const out = new Array<string>(nSent).fill('');
  let started = false;
  for (let s = 0; s < nSent; s++) {
    // A question that says `I` and no `you` is the interviewee's own (`…, well I mean why should
    // NATO exist?`): questions put to someone address them.
    const question = lastTok[s]! >= 0 && toks[lastTok[s]!]!.text === '?' && !(hasI[s] && !hasYou[s]);
    if (question) started = true;
    // Before the first question mark, a statement addressing `you` is the interviewer's (`I just
    // wanted to know if you had any thoughts…`) and one saying `I` is an answer.
    out[s] = question || (!started && hasYou[s]) ? 'q' : started || hasI[s] ? 'a' : '';
  }
  // A question's lead-in (`You're not only a mathematician. Why did you begin to write?`): the
  // statements right before a question that address `you` and say no `I`.
  for (let s = nSent - 2; s >= 0; s--) {
    if (out[s + 1] === 'q' && out[s] !== 'q' && hasYou[s] && !hasI[s]) out[s] = 'q';
  }
  return out;
}

/** True when the text reads as an interview: enough `you` questions and `I` answers outside quotations. */
function isDialogue(view: ActorView, turn: readonly string[]): boolean {
  let questions = 0;
  let first = 0;
  const counted = new Set<number>();
  for (const t of view.toks) {
    if (t.inQuote) continue;
    if (turn[t.sent] === 'q' && SECOND_PERSON.has(t.lower) && !counted.has(t.sent)) {
      counted.add(t.sent);
      questions++;
    }
    if (turn[t.sent] === 'a' && FIRST_SINGULAR.has(t.lower)) first++;
  }
  return questions >= MIN_QUESTIONS && first >= MIN_FIRST_PERSON;
}

/**
 * Pronoun candidates of the interviewer's and the interviewee's turns (outside quotations), each
 * with the role it stands for; none when the text is no dialogue.
 */
export function dialogueCandidates(view: ActorView): Candidate[] {
  // Most texts ask no question at all: one scan rules them out before turns are worked out.
  // (A text without the character has no such token: that test is cheaper than the scan.)
  if (!view.text.includes('?') || !view.toks.some((t) => t.text === '?')) return [];
  const turn = turns(view);
  if (!isDialogue(view, turn)) return [];
  const out: Candidate[] = [];
  view.toks.forEach((t, k) => {
    if (t.inQuote) return;
    const w = t.lower;
    let info: PronounInfo | undefined;
    let role: DialogueRole | undefined;
    if (turn[t.sent] === 'q' && SECOND_PERSON.has(w)) {
      info = SECOND_PERSON.get(w)!;
      role = 'interviewee';
    } else if (turn[t.sent] === 'q' && FIRST_SINGULAR.has(w)) {
      info = FIRST_SINGULAR.get(w)!;
      role = 'interviewer';
    } else if (turn[t.sent] === 'a' && SECOND_PERSON.has(w)) {
      info = SECOND_PERSON.get(w)!;
      role = 'generic';
    } else if (turn[t.sent] === 'a' && FIRST_SINGULAR.has(w)) {
      info = FIRST_SINGULAR.get(w)!;
      role = 'interviewee';
    } else if (turn[t.sent] === 'a' && FIRST_PLURAL.has(w) && t.text !== 'US') {
      info = FIRST_PLURAL.get(w)!;
      role = 'side';
    }
    if (!info || !role) return;
    out.push(
      pronounCandidate(t, k, info, {
        type: role === 'side' ? 'group' : 'person',
        plural: info.plural,
        inQuote: false,
        dialogue: role,
      }),
    );
  });
  return out;
}

/** The actors a document's dialogue pronouns stand for, made on first use. */
export class DialogueActors {
  private interviewee: Draft | undefined;
  private readonly others = new Map<DialogueRole, Draft>();

  constructor(
    private readonly drafts: Draft[],
    private readonly fresh: (c: Candidate) => Draft,
  ) {}

  /** The actor `c` (a dialogue pronoun) refers to. */
  resolve(c: Candidate): Draft {
    const role = c.dialogue!;
    if (role === 'interviewee') {
      this.interviewee ??= mostNamedPerson(this.drafts, c) ?? this.fresh(c);
      return this.interviewee;
    }
    let d = this.others.get(role);
    if (!d) {
      d = this.fresh(c);
      this.others.set(role, d);
    }
    return d;
  }
}

/** Keeps the dialogue actors' shape alive between documents (shape-anchor.ts); it makes no draft. */
anchorShape(new DialogueActors([], (c) => makeDraft(0, c.type, [])));

/**
 * The person named most often (the earliest on a tie) among those named before the first turn
 * (`c`): the title and introduction name whom the text interviews, the answers name others. A
 * turn in the title itself (`Keep your eyes peeled…: Andrew Westphal about Stardust@home`) reads
 * up to the end of the title's sentence. A person named in full (`Andrew Westphal`) goes before a
 * one-word name, which is more often a thing the tagger read as a person (`Stardust`).
 */
function mostNamedPerson(drafts: readonly Draft[], c: Candidate): Draft | undefined {
  let best: Draft | undefined;
  const full = (d: Draft): number => (d.nameTokens.length >= FULL_NAME_WORDS ? 1 : 0);
  for (const d of drafts) {
    if (d.type !== 'person' || d.names.length === 0) continue;
    const first = d.names[0]!;
    if (first.start > c.start && !(c.sent === 0 && first.sent === 0)) continue;
    if (!best || full(d) > full(best) || (full(d) === full(best) && d.names.length > best.names.length))
      best = d;
  }
  return best;
}
