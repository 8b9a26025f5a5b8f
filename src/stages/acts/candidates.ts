/**
 * Participant candidates of a sentence: actor mentions (actors layer, pronouns resolved there),
 * entity mentions no actor mention covers, and agent phrases of the actor-code book
 * (`Palestinian officials`, `riot police`) — each with country and sector codes when known.
 */
import type { ActorCode } from '../../kb/types.js';
import type { Actor, ActorMention } from '../actors/types.js';
import type { EntityMention } from '../entities/types.js';
import { type SentenceView, tokenAt } from './sentence-view.js';
import type { ActParticipant } from './types.js';

export interface Candidate extends ActParticipant {
  /** View token indexes `[first, last)`. */
  readonly first: number;
  readonly last: number;
  /** The actor type (person, country, place…), when an actor record backs it. */
  readonly actorType?: string;
  /** An unresolved pronoun: never an actor by itself. */
  readonly pronoun: boolean;
  /** A place or location entity (may be the act's place rather than a participant). */
  readonly place: boolean;
  /**
   * The candidate modifies a later one in the same noun phrase (`U.S.` in `U.S. President Joe
   * Biden`, `Russia` in `Russia's President Vladimir Putin`), or is a possessor (`Trump's comments`).
   */
  readonly modifier?: boolean;
  /** The candidate is a possessor (`North Korea's demand`): a recipient may be one, an actor not. */
  readonly possessor?: boolean;
  /** Owned by someone (`its troops`, `their supporters`): a thing given or used, not a recipient. */
  readonly owned?: boolean;
}

/** Tags of the words that may stand between a modifier and the candidate it modifies (titles). */
const NP_GAP_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'PART', 'DET']);
/** Longest gap, in tokens, between a modifier and its head candidate. */
const MAX_NP_GAP = 3;
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Marks modifiers and possessors (see `Candidate.modifier`). */
function markModifiers(view: SentenceView, cands: Candidate[]): Candidate[] {
  return cands.map((c, k) => {
    const next = cands[k + 1];
    const after = view.words[c.last] ?? '';
    const possessor = after === "'s" || after === "'" || POSSESSIVE_PRONOUNS.has(view.words[c.first] ?? '');
    let modifies = false;
    if (next && next.first >= c.last && next.first - c.last <= MAX_NP_GAP) {
      modifies = true;
      for (let i = c.last; i < next.first; i++) if (!NP_GAP_TAGS.has(view.upos[i] ?? '')) modifies = false;
    }
    const owned = POSSESSIVE_PRONOUNS.has(view.words[c.first - 1] ?? '');
    if (possessor || owned) return { ...c, ...(possessor ? { possessor } : {}), ...(owned ? { owned } : {}) };
    return modifies ? { ...c, modifier: true } : c;
  });
}

/** Words that head agent phrases (`officials`, `police`): the noun the phrase is built around. */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN']);
/** Longest agent phrase, in tokens, built leftwards from its head noun. */
const MAX_AGENT_TOKENS = 4;

export interface CandidateInputs {
  readonly text: string;
  readonly actors?: ReadonlyMap<string, Actor>;
  readonly mentions: readonly ActorMention[];
  readonly entities: readonly EntityMention[];
  /** Actor codes of a phrase at the publication date (the stage caches `ActorCodeBook.lookup`). */
  readonly lookup: (text: string) => ActorCode | undefined;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sentenceCandidates(view: SentenceView, input: CandidateInputs): Candidate[] {
  const out: Candidate[] = [];
  const inSentence = (s: { start: number; end: number }): boolean =>
    s.start >= view.start && s.end <= view.end;
  // Built field by field in one object (the fields and their order are those of the spread form before).
  const push = (start: number, end: number, extra: Partial<Candidate>): void => {
    const text = input.text.slice(start, end);
    const first = tokenAt(view, start);
    const last = Math.max(first + 1, tokenAt(view, end - 1) + 1);
    const coded = extra.country ? undefined : input.lookup(text);
    const c: { -readonly [K in keyof Candidate]: Candidate[K] } = {
      start,
      end,
      text,
      first,
      last,
      name: extra.name ?? text,
      pronoun: extra.pronoun ?? false,
      place: extra.place ?? false,
    };
    if (extra.actorId) c.actorId = extra.actorId;
    if (extra.actorType) c.actorType = extra.actorType;
    const country = extra.country ?? coded?.country;
    if (country) c.country = country;
    const sector = extra.sector ?? coded?.sector;
    if (sector) c.sector = sector;
    out.push(c);
  };
  for (const m of input.mentions) {
    if (!inSentence(m)) continue;
    // (the stage passes only the sentence's mentions; the check keeps the function safe alone)
    const actor = m.actorId ? input.actors?.get(m.actorId) : undefined;
    if (m.kind === 'pronoun' && !actor) {
      push(m.start, m.end, { pronoun: true });
      continue;
    }
    const coded = actor ? input.lookup(actor.name) : undefined;
    const type = actor?.type;
    push(m.start, m.end, {
      ...(actor ? { actorId: actor.id, name: actor.name, actorType: actor.type } : {}),
      ...((actor?.country ?? coded?.country) ? { country: actor?.country ?? coded?.country } : {}),
      ...(coded?.sector ? { sector: coded.sector } : {}),
      place: type === 'place',
    });
  }
  for (const e of input.entities) {
    if (!inSentence(e) || out.some((c) => overlaps(c, e))) continue;
    push(e.start, e.end, { place: e.type === 'LOC' });
  }
  addAgentPhrases(view, input, out, push);
  return markModifiers(
    view,
    withAliases(
      view,
      input.text,
      out.sort((a, b) => a.start - b.start),
    ),
  );
}

/**
 * `Revolutionary United Front (RUF)`: a bracketed short name right after a name repeats it; the two
 * are one participant spanning both (either may be the one a reader or a gold record names).
 */
function withAliases(view: SentenceView, text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out.at(-1);
    const alias =
      prev && view.words[c.first - 1] === '(' && view.words[c.last] === ')' && prev.last === c.first - 1;
    if (!alias) {
      out.push(c);
      continue;
    }
    out[out.length - 1] = {
      ...prev,
      end: c.end,
      last: c.last,
      text: text.slice(prev.start, c.end),
      ...(prev.country || !c.country ? {} : { country: c.country }),
      ...(prev.sector || !c.sector ? {} : { sector: c.sector }),
    };
  }
  return out;
}

/** Agent nouns (`officials`, `troops`) with their modifiers, where no candidate covers them. */
function addAgentPhrases(
  view: SentenceView,
  input: CandidateInputs,
  out: readonly Candidate[],
  push: (start: number, end: number, extra: Partial<Candidate>) => void,
): void {
  for (let i = 0; i < view.words.length; i++) {
    if (view.upos[i] !== 'NOUN') continue;
    const tok = view.tokens[i];
    if (!tok || out.some((c) => overlaps(c, tok))) continue;
    const code = input.lookup(view.words[i] ?? '');
    if (!code?.sector) continue;
    let first = i;
    while (first > 0 && i - first < MAX_AGENT_TOKENS - 1 && MODIFIER_TAGS.has(view.upos[first - 1] ?? ''))
      first--;
    const start = view.tokens[first]?.start ?? tok.start;
    push(start, tok.end, {});
  }
}
