/**
 * Finds the responses of one sentence: each cue of lexicon.ts that passes its checks, with its
 * responder (the subject mention before a verb cue; the speaker of the statement around a
 * predicate cue) and the claim stated after it (`denied reports that X` → X), or the anaphor it
 * points back with (`dismissed this as speculation`).
 */
import type { Statement } from '../quotes/types.js';
import {
  ACKNOWLEDGED_NOT_A_CLAIM,
  ANAPHOR,
  CALLED_JUDGEMENT,
  CLAIM_NOUNS,
  CUE_PATTERNS,
  type CuePattern,
  MODAL_BEFORE,
  PASSIVE_BEFORE,
  THAT_OR_GERUND_AFTER,
} from './lexicon.js';
import { type Mention, mentionsWithin } from './mentions.js';
import type { ResponseRelation } from './types.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface FoundResponse {
  readonly relation: ResponseRelation;
  readonly cue: Range;
  readonly responder?: Mention;
  /** The claim stated in the response's own sentence. */
  readonly inside?: Range;
  /** The response points back to an earlier claim (`this`, `the report`). */
  readonly anaphoric: boolean;
}

/** Words skipped between a subject and its verb (`The Kremlin recently denied`). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:\s|,|\b(?:has|have|had|also|then|later|further|publicly|recently|strongly|flatly|previously|quickly|again|not|never|did|does|do|already|repeatedly|\w+ly)\b)*$/i;
/** A relative pronoun whose antecedent is the mention before its comma (`the Saudi government, which has denied`). */
const RELATIVE = /,\s*(?:which|who)\s+[^,]*$/i;
/** A possessive subject (`Ivana Trump's brief … dismissed`, `Ivana Trump's brief said … and dismissed`). */
const POSSESSIVE_SUBJECT = /^['’]s\s+\w+\s+(?:\w+ly\s+)?(?:said\b[^.]*?\band\s+)?$/i;
/** Where a claim stated after its cue ends: a clause break. */
const CLAIM_END =
  /(?:,\s*(?:which|who|but|and|saying|adding|calling|though|although|while)\b|;|\s[—–-]\s|\s+as\s+(?=[a-z])|[.!?]["”’]?\s*$|["”]\s*$)/i;
/** Words that introduce the proposition after a cue (`reports that`, `the idea that`). */
const CLAIM_LEAD =
  /^\s*(?:(?:\w+ly|publicly|again)\s+)*(?:(?:the|any|all|those|these|such|published|media|news)\s+)*(?:(?:reports?|claims?|allegations?|accusations?|charges|idea|notion|suggestions?|speculation|rumou?rs?|assertions?)\s+)?(?:that\s+|of\s+)?/i;

/** Head nouns after a name that keep it the subject (`The Trump campaign called`, `McConnell aides acknowledged`). */
const SUBJECT_HEAD =
  /^\s+(?:campaign|administration|government|spokes(?:man|woman|person)|aides?|officials?|brief|team|office|lawyers?|attorneys?)\b/i;
/** A gerund cue after one of these takes the subject of the main clause (`X had been pilloried for acknowledging that …`). */
const GERUND_ADJUNCT = /\b(?:for|after|by|while|when|in)\s+$/i;
/** Mentions that are relative pronouns, never a responder themselves. */
const RELATIVE_WORD = /^(?:which|who|that|whom)$/i;

function subjectBefore(
  text: string,
  sentenceStart: number,
  cueStart: number,
  mentions: readonly Mention[],
): Mention | undefined {
  const before = mentionsWithin(mentions, sentenceStart, cueStart).filter(
    (m) => !RELATIVE_WORD.test(text.slice(m.start, m.end)),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (!m) continue;
    let gap = text.slice(m.end, cueStart);
    const head = SUBJECT_HEAD.exec(gap);
    if (head) gap = gap.slice(head[0].length);
    if (BETWEEN_SUBJECT_AND_VERB.test(gap) || RELATIVE.test(gap) || POSSESSIVE_SUBJECT.test(gap)) return m;
  }
  if (
    /ing$/.test(text.slice(cueStart, cueStart + 20).split(/\s/)[0] ?? '') &&
    GERUND_ADJUNCT.test(text.slice(sentenceStart, cueStart))
  ) {
    return before[0];
  }
  return undefined;
}

export function claimAfter(text: string, from: number, end: number): Range | undefined {
  const rest = text.slice(from, end);
  const lead = CLAIM_LEAD.exec(rest)?.[0].length ?? 0;
  const body = rest.slice(lead);
  const stop = CLAIM_END.exec(body);
  let len = stop ? stop.index : body.length;
  while (len > 0 && /[\s"“”‘’',:]/.test(body[len - 1] ?? '')) len--;
  const start = from + lead;
  let s = 0;
  while (s < len && /[\s"“”‘’']/.test(body[s] ?? '')) s++;
  return len - s >= 3 ? { start: start + s, end: start + len } : undefined;
}

function statementAround(statements: readonly Statement[], at: Range): Statement | undefined {
  return statements.find((s) => s.content.some((c) => c.start <= at.start && at.end <= c.end));
}

function speakerMention(s: Statement, mentions: readonly Mention[]): Mention | undefined {
  if (!s.source) return undefined;
  const src = s.source;
  const inside = mentionsWithin(mentions, src.start, src.end);
  const named = inside.find((m) => m.name) ?? inside[0];
  return {
    start: src.start,
    end: src.end,
    ...(s.speaker?.actorId ? { actorId: s.speaker.actorId } : {}),
    ...(s.speaker?.name ? { name: s.speaker.name } : named?.name ? { name: named.name } : {}),
  };
}

interface SentenceInput {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly statements: readonly Statement[];
  readonly mentions: readonly Mention[];
}

/** The speaker of a statement whose cue is the response cue (`The Kremlin denied …` read as a statement). */
function ownSpeaker(s: SentenceInput, cue: Range): Mention | undefined {
  const own = s.statements.find((st) => st.cue.start < cue.end && cue.start < st.cue.end);
  return own ? speakerMention(own, s.mentions) : undefined;
}

function verbResponse(p: CuePattern, cue: Range, s: SentenceInput): FoundResponse | undefined {
  const { text } = s;
  const before = text.slice(Math.max(s.start, cue.start - 12), cue.start);
  const after = text.slice(cue.end, s.end);
  if (/ed$/.test(text.slice(cue.start, cue.end)) && PASSIVE_BEFORE.test(before)) return undefined;
  if (MODAL_BEFORE.test(before) && !THAT_OR_GERUND_AFTER.test(after)) return undefined;
  if (/^acknowledg/i.test(text.slice(cue.start, cue.end)) && ACKNOWLEDGED_NOT_A_CLAIM.test(after))
    return undefined;
  const responder = ownSpeaker(s, cue) ?? subjectBefore(text, s.start, cue.start, s.mentions);
  if (!responder) return undefined;
  const objectText = after.replace(/^\s+(?:\w+ly\s+)?/, '');
  const inside = ANAPHOR.test(objectText) ? undefined : claimAfter(text, cue.end, s.end);
  // A verb response with no claim of its own answers one stated before (`it was labeled "Mostly True"`).
  return { relation: p.relation, cue, responder, ...(inside ? { inside } : {}), anaphoric: !inside };
}

function calledResponse(cue: Range, s: SentenceInput): FoundResponse | undefined {
  const after = s.text.slice(cue.end, Math.min(s.end, cue.end + 120));
  const judged = CALLED_JUDGEMENT.exec(after);
  if (!judged || /[.;]/.test(after.slice(0, judged.index))) return undefined;
  const objStart = cue.end + (after.length - after.trimStart().length);
  const objEnd = cue.end + judged.index;
  // Calling a person fake is an insult, not a truth judgement: the object must not be a bare actor mention.
  const obj = mentionsWithin(s.mentions, objStart, objEnd + 1);
  if (
    obj.length &&
    s.text.slice(objStart, objEnd).trim().length <= (obj[0]?.end ?? 0) - (obj[0]?.start ?? 0) + 1
  ) {
    return undefined;
  }
  const responder = ownSpeaker(s, cue) ?? subjectBefore(s.text, s.start, cue.start, s.mentions);
  if (!responder) return undefined;
  const objectText = s.text.slice(objStart, objEnd);
  const anaphoric = ANAPHOR.test(objectText.trim());
  let end = objEnd;
  while (end > objStart && /\s/.test(s.text[end - 1] ?? '')) end--;
  const inside = !anaphoric && end - objStart >= 3 ? { start: objStart, end } : undefined;
  return { relation: 'deny', cue, responder, ...(inside ? { inside } : {}), anaphoric };
}

/** An attribution inside a statement's content (`Politi'fact' said a year prior that X was "mostly true"`). */
const EMBEDDED_SPEECH = /\b(?:said|says|ruled|found|concluded|announced|announcing|rated|claimed)\b[^.]*$/i;
/** Predicates whose claim is their object (`were exaggerating the regulatory reach of the EPA`). */
const OBJECT_PREDICATE = /^(?:exaggerat|overstat|misrepresent|mischaracteri|distort)/i;
/** A subject `wrong` may judge: a claim or its maker, not a state of affairs (`something is very wrong`). */
const WRONG_SUBJECT = new RegExp(
  `\\b(?:they|it|that|this|he|she|you|${CLAIM_NOUNS}|rationales?|arguments?)\\s*$`,
  'i',
);
/** Leads before a predicate's claim stated after it (`is lying about X`, `right when he said X`). */
const CLAIM_AFTER_PREDICATE = /^[\W]*(?:about|when \w+ said|in saying|that)\s+/i;

function responderInContent(s: SentenceInput, from: number, cue: Range): Mention | undefined {
  const m = EMBEDDED_SPEECH.exec(s.text.slice(from, cue.start));
  if (!m) return undefined;
  return subjectBefore(s.text, from, from + m.index, s.mentions);
}

function predicateResponse(p: CuePattern, cue: Range, s: SentenceInput): FoundResponse | undefined {
  const st = statementAround(s.statements, cue);
  if (!st) return undefined;
  const content = st.content.find((c) => c.start <= cue.start && cue.end <= c.end);
  if (!content) return undefined;
  const responder = responderInContent(s, content.start, cue) ?? speakerMention(st, s.mentions);
  if (!responder) return undefined;
  const cueText = s.text.slice(cue.start, cue.end);
  const subj = s.text
    .slice(content.start, cue.start)
    .replace(/\s*(?:(?:is|are|was|were|'s|’s)\s*)?(?:\w+ly\s+)?[“"‘']?\s*$/i, '');
  if (/wrong/i.test(cueText) && !WRONG_SUBJECT.test(subj)) return undefined;
  const after = s.text.slice(cue.end, content.end);
  const lead = CLAIM_AFTER_PREDICATE.exec(after);
  let inside: Range | undefined;
  const subjectIsActor = mentionsWithin(s.mentions, content.start, content.start + subj.length).some(
    (m) => subj.trim().length <= m.end - m.start + 4 && s.text.slice(m.start, m.end).length > 1,
  );
  if (lead) inside = claimAfter(s.text, cue.end + lead[0].length, content.end);
  else if (OBJECT_PREDICATE.test(cueText) || subjectIsActor)
    inside = claimAfter(s.text, cue.end, content.end);
  if (!inside && !subjectIsActor) {
    const thatAt = subj.search(/\bthat\s+(?=\S+\s*$|[^.]*$)/i);
    const lead2 = thatAt >= 0 && /\bthat\s/i.test(subj) ? subj.lastIndexOf('that ') + 5 : 0;
    if (subj.length - lead2 >= 3) inside = { start: content.start + lead2, end: content.start + subj.length };
  }
  const anaphoric = !inside || ANAPHOR.test(s.text.slice(inside.start, inside.end).trim());
  return { relation: p.relation, cue, responder, ...(inside && !anaphoric ? { inside } : {}), anaphoric };
}

/**
 * Word pieces one of which every cue of CUE_PATTERNS contains (`den…`, `dismiss`, `true`, `back`…):
 * a sentence with none of them has no response, and one scan of it replaces the 14 pattern scans.
 * Keep in step with lexicon.ts (a cue whose piece is missing here is never found).
 */
export const CUE_PIECES =
  /den(?:ied|ies|ying|ial)|refut|debunk|dismiss|reject|call|label|brand|describ|lying|lie|true|baseless|unsubstantiated|fabricat|fake|wrong|confirm|acknowledg|conced|verifi|admit|right|correct|accurate|disput|contest|issue|back|exaggerat|overstat|misrepresent|mischaracteri|distort|mislead|question|retract|apologi/i;

/** The responses of one sentence, at most one per responder (the first cue wins). */
export function sentenceResponses(s: SentenceInput): FoundResponse[] {
  const found: FoundResponse[] = [];
  const sentence = s.text.slice(s.start, s.end);
  if (!CUE_PIECES.test(sentence)) return found;
  for (const p of CUE_PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of sentence.matchAll(p.re)) {
      const g = m[1] ?? m[0];
      const at = s.start + m.index + m[0].indexOf(g);
      const cue = { start: at, end: at + g.length };
      if (found.some((f) => f.cue.start < cue.end && cue.start < f.cue.end)) continue;
      const r =
        p.kind === 'verb'
          ? verbResponse(p, cue, s)
          : p.kind === 'called'
            ? calledResponse(cue, s)
            : predicateResponse(p, cue, s);
      if (r) found.push(r);
    }
  }
  found.sort((a, b) => a.cue.start - b.cue.start);
  const out: FoundResponse[] = [];
  for (const r of found) {
    const same = out.find(
      (o) =>
        o.responder &&
        r.responder &&
        (o.responder.start === r.responder.start ||
          (o.responder.actorId && o.responder.actorId === r.responder.actorId)),
    );
    if (!same) out.push(r);
  }
  return out;
}
