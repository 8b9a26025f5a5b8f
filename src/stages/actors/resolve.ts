/**
 * Coreference of pronouns and nominals with the actor drafts, in text order. Pronouns go by
 * salience (pronoun-salience.ts, with neuter-pronouns.ts and plural-pronouns.ts) after the rules
 * that read the words around one pronoun (binding principle C, cataphora, an object's own
 * possessive: pronoun-rules.ts). Nominals are resolved here: title nominals (`the
 * president-elect`) go to the latest actor with that title; group nominals (`the two leaders`) to
 * the latest actors that fit; organisation nominals (`the agency`, `the government`) to the
 * latest actor of that kind; plural people nouns and team nouns to the same noun's group or team.
 * Anything without a candidate stays unresolved.
 */

import { anchorShape } from '../../pipeline/shape-anchor.js';
import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import { type Draft, makeDraft } from './cluster.js';
import { DialogueActors } from './dialogue.js';
import type { ActorDictionary } from './dictionary.js';
import { resolveNarrator } from './narrator.js';
import { cataphor, namedLater, possessorNextTo } from './pronoun-rules.js';
import { notePronoun, type PronounChain, resolvePronoun, startsUnnamedPerson } from './pronoun-salience.js';
import { normaliseTitle } from './roles.js';
import type { Seen } from './seen.js';
import { personsByToken, type QuotationSources, resolveSpeakers, speakerFinder } from './speakers.js';

/** Sentences back for nominals (`the agency` may return after a long gap). */
const NOMINAL_WINDOW = 12;
/** Words opening a plural people noun that make it a new set (`more readers`, `so many girls`). */
const CROWD_QUANTIFIERS: ReadonlySet<string> = new Set([
  'many',
  'more',
  'most',
  'some',
  'several',
  'few',
  'fewer',
  'so',
  'millions',
  'thousands',
  'hundreds',
]);
/**
 * Sentences back for a plural people noun to continue the same noun's group (`girls` … `these
 * girls`), as for pronouns: GUM keeps generic plurals further apart (`people` … `people`) apart.
 */
const CROWD_WINDOW = 4;

export interface Resolution {
  readonly cand: Candidate;
  readonly drafts: Draft[];
}

/**
 * Lookups that would otherwise scan every draft or every earlier mention of the document for each
 * nominal (quadratic in a long text): government, team and nameless drafts by key, and the running
 * count behind homeCountry.
 */
interface DraftIndex {
  /** ISO3 → the government draft of that country (the first one, as a scan would find). */
  readonly governments: Map<string, Draft>;
  /** Team modifiers → the first team draft with them. */
  readonly teams: Map<string, Draft>;
  /** Nominal class and head → the nameless draft a nominal with them started (sameNominal). */
  readonly nameless: Map<string, Draft>;
  readonly home: HomeCountry;
}

/** Key prefix of a country's government draft (cluster.ts). */
const GOVERNMENT_KEY = 'government:';

function draftIndex(drafts: readonly Draft[]): DraftIndex {
  const governments = new Map<string, Draft>();
  for (const d of drafts) {
    const iso3 = d.key?.startsWith(GOVERNMENT_KEY) ? d.key.slice(GOVERNMENT_KEY.length) : undefined;
    if (iso3 !== undefined && !governments.has(iso3)) governments.set(iso3, d);
  }
  return { governments, teams: new Map(), nameless: new Map(), home: new HomeCountry() };
}

export function resolveAll(
  view: ActorView,
  cands: readonly Candidate[],
  drafts: Draft[],
  dict: ActorDictionary,
  quotations: QuotationSources,
): Resolution[] {
  const owner = new Map<Candidate, Draft>();
  for (const d of drafts) for (const c of d.names) owner.set(c, d);
  const seen: Seen[] = [];
  const out: Resolution[] = [];
  // Made on the first pronoun inside a quotation (most documents have few or none).
  let speakerFinderOnce: ((t: number) => Draft | undefined) | undefined;
  const speakerAt = (t: number): Draft | undefined => {
    speakerFinderOnce ??= speakerFinder(view, personsByToken(owner), quotations);
    return speakerFinderOnce(t);
  };
  // Tokens inside a candidate mention: the nouns left outside are things, not actors.
  const covered = new Uint8Array(view.toks.length);
  for (const c of cands) covered.fill(1, c.t0, c.t1);
  const lastPronoun: PronounChain = { m: undefined, f: undefined, mSent: undefined, fSent: undefined };
  const index = draftIndex(drafts);
  const dialogue = new DialogueActors(drafts, (c) => newDraft(drafts, c));
  // The actor of each candidate resolved so far (a predicate nominal takes its subject's): the
  // names' own (`owner`) and, apart, the others' (no copy of `owner` per document).
  const resolved = new Map<Candidate, Draft>();
  for (let at = 0; at < cands.length; at++) {
    const c = cands[at]!;
    const named = owner.get(c);
    if (named) {
      seen.push({ draft: named, cand: c });
      continue;
    }
    if (c.dialogue) {
      // Not salient for third-person pronouns: `he` in an answer is someone the interviewee names.
      const d = dialogue.resolve(c);
      d.mentions.push(c);
      resolved.set(c, d);
      out.push({ cand: c, drafts: [d] });
      continue;
    }
    let res: Draft[] = [];
    const appos = c.apposOf && owner.get(c.apposOf);
    const subject = c.predicateOf && (owner.get(c.predicateOf) ?? resolved.get(c.predicateOf));
    if (appos) res = [appos];
    else if (c.predicateOf) res = subject ? [subject] : [];
    else if (c.pronoun?.firstPerson) res = [];
    else if (c.kind === 'pronoun')
      res =
        cataphor(view, c, at, cands, owner) ??
        possessorNextTo(view, c, at, cands, owner) ??
        resolvePronoun(
          view,
          c,
          seen,
          lastPronoun,
          c.inQuote ? speakerAt(c.t0) : undefined,
          namedLater(view, c, at, cands, owner),
          covered,
        );
    else if (c.nominal?.cls === 'crowd') res = [resolveCrowd(c, seen, drafts)];
    else if (c.nominal?.cls === 'pair') res = [newDraft(drafts, c)];
    else if (c.nominal?.cls === 'person') res = [sameKin(view, c, seen) ?? newDraft(drafts, c)];
    else if (c.nominal?.cls === 'team') res = resolveTeam(view, c, seen, drafts, index);
    else if (c.nominal) res = resolveNominal(c, seen, dict, drafts, index);
    if (res.length === 0 && startsUnnamedPerson(c, seen)) res = [unnamedPerson(drafts, c)];
    out.push({ cand: c, drafts: res });
    if (res.length === 1) {
      const d = res[0]!;
      resolved.set(c, d);
      seen.push({ draft: d, cand: c });
      d.mentions.push(c);
      notePronoun(lastPronoun, c, d);
    }
  }
  resolveSpeakers(view, out, owner, dict, quotations);
  resolveNarrator(out, drafts);
  return out;
}

/** A plural people noun joins the latest group with the same noun (`Parents` … `the parents`), or starts one. */
function resolveCrowd(c: Candidate, seen: readonly Seen[], drafts: Draft[]): Draft {
  // A counted or quantified plural is a set of its own (`more readers` … `more readers`, `10,000
  // people` … `300,000 people`): GUM gives each its own chain.
  const opener = /^[^\s]+/.exec(c.surface)?.[0]?.toLowerCase() ?? '';
  if (CROWD_QUANTIFIERS.has(opener) || /^\d/.test(opener)) return newDraft(drafts, c);
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > CROWD_WINDOW) break;
    if (s.draft.type === 'group' && s.draft.mentions.some((m) => m.nominal?.head === c.nominal!.head))
      return s.draft;
  }
  return newDraft(drafts, c);
}

/**
 * Team nominals: `the Afghan team` starts a team actor (or continues the one with the same
 * capitalised modifiers); `the team`, `this team`, `the entire team` go to the latest team.
 */
function resolveTeam(
  view: ActorView,
  c: Candidate,
  seen: readonly Seen[],
  drafts: Draft[],
  index: DraftIndex,
): Draft[] {
  const mods: string[] = [];
  for (let t = c.t0 + 1; t < c.t1 - 1; t++) if (view.toks[t]!.cap) mods.push(view.toks[t]!.lower);
  const key = mods.join(' ');
  if (key !== '') {
    const same = index.teams.get(key);
    if (same) return [same];
    const d = newDraft(drafts, c);
    d.type = 'organisation';
    d.team = key;
    index.teams.set(key, d);
    return [d];
  }
  // `the team`: the team mentioned most within the window, the latest on a tie.
  let best: Draft | undefined;
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > NOMINAL_WINDOW) break;
    if (s.draft.team !== undefined && (!best || s.draft.mentions.length > best.mentions.length))
      best = s.draft;
  }
  return best ? [best] : [sameNominal(drafts, c, c.nominal!.head.toLowerCase(), index)];
}

function unnamedPerson(drafts: Draft[], c: Candidate): Draft {
  const d = newDraft(drafts, c);
  d.type = c.pronoun?.plural ? 'group' : 'person';
  return d;
}

/** Words that open a person noun without giving it an owner (`a woman`, `the man`). */
const NO_OWNER: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * A kinship noun repeated with the same owner word (`his father` … `His father`) within the
 * nominal window: the same person, as a writer names a relative again.
 */
function sameKin(view: ActorView, c: Candidate, seen: readonly Seen[]): Draft | undefined {
  const owner = view.toks[c.t0]!.lower;
  if (NO_OWNER.has(owner)) return undefined;
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > NOMINAL_WINDOW) break;
    const n = s.cand.nominal;
    if (n?.cls === 'person' && n.head === c.nominal!.head && view.toks[s.cand.t0]!.lower === owner)
      return s.draft;
  }
  return undefined;
}

/** A new actor started by a common noun (`the parents`, `a woman`). */
function newDraft(drafts: Draft[], c: Candidate): Draft {
  const d = makeDraft(drafts.length, c.type, [], { gender: c.gender || undefined });
  drafts.push(d);
  return d;
}

function resolveNominal(
  c: Candidate,
  seen: readonly Seen[],
  dict: ActorDictionary,
  drafts: Draft[],
  index: DraftIndex,
): Draft[] {
  const nom = c.nominal!;
  const recent: Draft[] = [];
  const inRecent = new Set<Draft>();
  // Drafts that were a subject in the nominal's sentence or the one before, latest first.
  const subjects: Draft[] = [];
  const inSubjects = new Set<Draft>();
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > NOMINAL_WINDOW) break;
    if (s.cand.start >= c.start) continue;
    if (!inRecent.has(s.draft)) {
      inRecent.add(s.draft);
      recent.push(s.draft);
    }
    if (s.cand.subject && c.sent - s.cand.sent <= 1 && !inSubjects.has(s.draft)) {
      inSubjects.add(s.draft);
      subjects.push(s.draft);
    }
  }
  const preferSubject = (pred: (d: Draft) => boolean): Draft[] => {
    const hit = subjects.find(pred);
    return hit ? [hit] : first(recent, pred);
  };
  const head = nom.head.toLowerCase();
  switch (nom.cls) {
    case 'role': {
      const title = normaliseTitle(head);
      const hit = recent.find((d) => d.type === 'person' && d.roles.some((r) => r.title === title));
      return hit ? [hit] : [];
    }
    case 'crowd':
    case 'pair':
    case 'person':
    case 'team':
      return [];
    case 'people': {
      const n = nom.count ?? 2;
      const fits = recent.filter(
        (d) =>
          d.type === 'person' &&
          !d.members &&
          (!c.gender || !d.gender || d.gender === c.gender) &&
          (head !== 'leaders' ||
            d.roles.some((r) => r.title && dict.leaderTitles.has(r.title.replace(/-elect$/, '')))),
      );
      return fits.length >= n ? fits.slice(0, n) : [];
    }
    case 'country': {
      // `the country`, `the nation`: the country the article is about (named most so far) when it
      // is named within the window, before the subject or latest one (`people in this country`
      // after a sentence about France is still the home country).
      const home = index.home.before(seen, c);
      const homeDraft = home ? recent.find((d) => d.type === 'country' && d.iso3 === home) : undefined;
      return homeDraft ? [homeDraft] : preferSubject((d) => d.type === 'country');
    }
    case 'government': {
      if (c.iso3) return [governmentDraft(drafts, c.iso3, index)];
      const gov = preferSubject((d) => d.type === 'government');
      if (gov.length > 0 || head !== 'government') return gov;
      const home = index.home.before(seen, c);
      return home ? [governmentDraft(drafts, home, index)] : [];
    }
    case 'place':
      return first(recent, (d) => d.type === 'place' && d.names.some((x) => !x.metonym));
    case 'unique': {
      // Anywhere before in the text, not only in the nominal window: there is one world.
      const same = drafts.find((d) =>
        d.mentions.some((m) => m.nominal?.cls === 'unique' && m.nominal.head === head),
      );
      return [same ?? newDraft(drafts, c)];
    }
    case 'organisation': {
      const named = recent.find((d) => d.nameTokens.some((t) => t.toLowerCase() === head));
      if (named) return [named];
      const org = preferSubject((d) => d.type === 'organisation' || d.type === 'media');
      return org.length > 0 ? org : [sameNominal(drafts, c, head, index)];
    }
  }
}

/**
 * The nameless actor an earlier nominal with the same head started (`the business` … `this
 * business`, `the team` … `The team`), or a new one: an organisation the text never names is
 * still one organisation when it is called by the same noun again. Looked up by head, not by a
 * scan of all actors, so a long text stays linear.
 */
function sameNominal(drafts: Draft[], c: Candidate, head: string, index: DraftIndex): Draft {
  const key = `${c.nominal!.cls} ${head}`;
  let d = index.nameless.get(key);
  if (!d || d.names.length > 0) {
    d = newDraft(drafts, c);
    index.nameless.set(key, d);
  }
  return d;
}

/**
 * The country the article is about so far: the country named most often before a mention (the
 * latest on a tie). `the government` with no government named before is that country's government.
 * Counted as the mentions go by (`seen` grows in text order, and mentions are asked about in text
 * order), not recounted from the start for each one.
 */
class HomeCountry {
  private readonly counts = new Map<string, number>();
  private best: string | undefined;
  /** How many entries of `seen` are counted. */
  private next = 0;

  /** The home country over the entries of `seen` that start before `c`. */
  before(seen: readonly Seen[], c: Candidate): string | undefined {
    while (this.next < seen.length && seen[this.next]!.cand.start < c.start) {
      const s = seen[this.next++]!;
      if (s.draft.type !== 'country' || !s.draft.iso3) continue;
      const n = (this.counts.get(s.draft.iso3) ?? 0) + 1;
      this.counts.set(s.draft.iso3, n);
      if (this.best === undefined || n >= this.counts.get(this.best)!) this.best = s.draft.iso3;
    }
    return this.best;
  }
}

/** Keeps the counter's shape alive between documents (shape-anchor.ts). */
anchorShape(new HomeCountry());

/** The government actor of a country, created on first use. */
function governmentDraft(drafts: Draft[], iso3: string, index: DraftIndex): Draft {
  const found = index.governments.get(iso3);
  if (found) return found;
  const d = makeDraft(drafts.length, 'government', [], { iso3, key: `${GOVERNMENT_KEY}${iso3}` });
  drafts.push(d);
  index.governments.set(iso3, d);
  return d;
}

function first(list: readonly Draft[], pred: (d: Draft) => boolean): Draft[] {
  const hit = list.find(pred);
  return hit ? [hit] : [];
}
