/**
 * Coreference of pronouns and nominals with the actor drafts, in text order, by salience rules
 * that fit news prose (after Lappin & Leass's salience factors, without a parser): recency
 * (halved per sentence back), subject position, mention frequency, gender and number agreement,
 * a pronoun chain continuing its previous referent, and binding (an object pronoun is not the
 * subject of its own clause). Title nominals (`the president-elect`) go to the latest actor with
 * that title; group nominals (`the two leaders`) to the latest actors that fit; organisation
 * nominals (`the agency`, `the government`) to the latest actor of that kind; singular `they`
 * to a quantified subject of its sentence (`if someone arrives they…`). The rules that read the
 * words around one pronoun (binding principle C, cataphora, an object's own possessive) are in
 * pronoun-rules.ts. Anything without a candidate stays unresolved.
 */

import { anchorShape } from '../../pipeline/shape-anchor.js';
import type { ActorView } from './actor-view.js';
import type { Candidate } from './candidate.js';
import { type Draft, makeDraft } from './cluster.js';
import { DialogueActors } from './dialogue.js';
import type { ActorDictionary } from './dictionary.js';
import { CLAUSE_BREAKS } from './lexicon.js';
import { resolveNarrator } from './narrator.js';
import { cataphor, namedLater, pluralThingBefore, possessorNextTo } from './pronoun-rules.js';
import { normaliseTitle } from './roles.js';
import { personsByToken, type QuotationSources, resolveSpeakers, speakerFinder } from './speakers.js';

/** Sentences back that a pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 4;
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
/** Salience weights (Lappin & Leass give 100 recency, 80 subject; frequency is ours). */
const W_RECENCY = 100;
const W_SUBJECT = 80;
const W_FREQUENCY = 5;
const W_CHAIN = 80;
/**
 * `they` looks this many sentences back for a subject group. Three would find `The report's
 * authors … (two sentences) … They say` in GUM dev, but on PolNeAR train texts it mostly linked
 * `they` to a stale group (`liberals … as they discover` → an older `politicians`).
 */
const THEY_WINDOW = 2;
/** …and takes a non-subject group only from this many sentences back. */
const THEY_FALLBACK_WINDOW = 1;
/** `its` resolves only to an organisation/country within this many sentences. */
const ITS_WINDOW = 1;
/** Mentions so far that make an organisation the topic a non-subject `it` may refer to. */
const TOPIC_MENTIONS = 3;

/** The latest actor each gendered pronoun went to, and the sentence of that pronoun. */
interface PronounChain {
  m?: Draft;
  f?: Draft;
  mSent?: number;
  fSent?: number;
}

export interface Resolution {
  readonly cand: Candidate;
  readonly drafts: Draft[];
}

interface Seen {
  readonly draft: Draft;
  readonly cand: Candidate;
}

const ORGLIKE = new Set(['organisation', 'media', 'international-organisation', 'government', 'country']);

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
      if (c.kind === 'pronoun' && c.pronoun?.gender) {
        if (!d.gender) d.gender = c.pronoun.gender;
        // Updated in place: resolvePronoun reads the chain only while it runs.
        if (c.pronoun.gender === 'm') {
          lastPronoun.m = d;
          lastPronoun.mSent = c.sent;
        } else {
          lastPronoun.f = d;
          lastPronoun.fSent = c.sent;
        }
      }
    }
  }
  resolveSpeakers(view, out, owner, dict, quotations);
  resolveNarrator(out, drafts);
  return out;
}

/**
 * The mentions seen before `c` within `window` sentences, latest first. A draft's mentions among them
 * are its salience list (latest first); drafts are weighed in the order of their latest mention. Read
 * through `firstOfDraft` and `draftHas` instead of a map of lists (one array per pronoun, not a map
 * and an array per draft: a pronoun's window holds a few dozen mentions).
 */
function latestBySalience(seen: readonly Seen[], c: Candidate, window: number): Seen[] {
  const recent: Seen[] = [];
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > window) break;
    if (s.cand.start >= c.start) continue;
    recent.push(s);
  }
  return recent;
}

/** `recent[j]` is its draft's latest mention (no earlier entry of `recent` has the same draft). */
function firstOfDraft(recent: readonly Seen[], j: number): boolean {
  const d = recent[j]!.draft;
  for (let i = 0; i < j; i++) if (recent[i]!.draft === d) return false;
  return true;
}

/** Some mention of draft `recent[j].draft`, from its latest (`recent[j]`) back, passes `test`. */
function draftHas(recent: readonly Seen[], j: number, test: (s: Seen) => boolean): boolean {
  const d = recent[j]!.draft;
  for (let i = j; i < recent.length; i++) if (recent[i]!.draft === d && test(recent[i]!)) return true;
  return false;
}

/** Quote marks: a partial quotation (`Montalvo “walked in and turned himself in”`) opens no clause. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '”', '"']);

/**
 * True when `subjectCand` is the subject of the clause that holds token `t`. With `acrossQuotes`,
 * quote marks do not end the clause (a reflexive's binder may stand before a partial quotation).
 */
function sameClause(view: ActorView, subjectCand: Candidate, t: number, acrossQuotes = false): boolean {
  if (subjectCand.sent !== view.toks[t]!.sent) return false;
  for (let k = subjectCand.t1; k < t; k++) {
    const w = view.toks[k]!.lower;
    if (CLAUSE_BREAKS.has(w) && !(acrossQuotes && QUOTE_MARKS.has(w))) return false;
  }
  return true;
}

function resolvePronoun(
  view: ActorView,
  c: Candidate,
  seen: readonly Seen[],
  last: PronounChain,
  speaker: Draft | undefined,
  excluded: ReadonlySet<Draft>,
  covered: Uint8Array,
): Draft[] {
  const p = c.pronoun!;
  if (p.neuter) return resolveIts(view, c, seen);
  if (p.plural) {
    const hit = resolveThey(c, seen);
    if (!hit) return [];
    // A nearer plural thing (`rejected these terms, viewing them`) may be the antecedent: no guess.
    const latest = seen.findLast((s) => s.draft === hit.draft && s.cand.start < c.start) ?? hit;
    return pluralThingBefore(view, c, latest.cand.t1, covered) ? [] : [hit.draft];
  }
  const recent = latestBySalience(seen, c, PRONOUN_WINDOW);
  let best: Draft | undefined;
  let bestScore = 0;
  for (let j = 0; j < recent.length; j++) {
    if (!firstOfDraft(recent, j)) continue;
    const latest = recent[j]!;
    const d = latest.draft;
    if (d.type !== 'person' || d === speaker || excluded.has(d)) continue;
    // `someone`, `everybody` take singular `they` only, never `he`/`she` (`everybody knows Warhol… he`).
    if (d.mentions[0]?.nominal?.quantified) continue;
    if (d.gender && p.gender && d.gender !== p.gender) continue;
    if (
      p.case === 'object' &&
      draftHas(recent, j, (s) => s.cand.subject && !s.cand.possessive && sameClause(view, s.cand, c.t0))
    )
      continue;
    if (p.case === 'reflexive' && !sameClause(view, latest.cand, c.t0, true)) continue;
    const dist = c.sent - latest.cand.sent;
    let score = W_RECENCY * 0.5 ** dist;
    // Subject of the latest sentence that mentions it.
    if (draftHas(recent, j, (s) => s.cand.sent === latest.cand.sent && s.cand.subject))
      score += W_SUBJECT * 0.5 ** dist;
    score += W_FREQUENCY * Math.min(d.mentions.length, 4);
    // The chain's pull fades with the sentences since its last pronoun.
    if (p.gender && last[p.gender] === d)
      score += W_CHAIN * 0.5 ** (c.sent - ((p.gender === 'm' ? last.mSent : last.fSent) ?? c.sent));
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best ? [best] : [];
}

/** Tags of a word after `it` that make it a clause's subject, not the object of the verb before. */
const CLAUSE_VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * `it`/`its` → the latest organisation, government or country that is a subject in this or the
 * previous sentence; failing that, the latest one there that the text is about (named at least
 * `TOPIC_MENTIONS` times so far: `why should NATO exist? … why it should ever have existed`),
 * unless another organisation is named between them or it modifies a noun; `its` takes only a
 * subject.
 */
function resolveIts(view: ActorView, c: Candidate, seen: readonly Seen[]): Draft[] {
  let topic: Draft | undefined;
  let orgs = 0;
  // Binding principle B: `it` as a verb's object is not that clause's subject (`Microsoft has
  // replaced it`: it ≠ Microsoft). Before a verb it is the subject of a clause of its own
  // (`Korea stated it would attack`: it = Korea).
  const object =
    c.pronoun?.case !== 'possessive' &&
    view.upos?.[c.t0 - 1] === 'VERB' &&
    !CLAUSE_VERB_TAGS.has(view.upos?.[c.t1] ?? '');
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > ITS_WINDOW) break;
    if (s.cand.start >= c.start || !s.draft.type || !ORGLIKE.has(s.draft.type)) continue;
    if (object && s.cand.subject && !s.cand.possessive && sameClause(view, s.cand, c.t0)) continue;
    if (s.cand.subject) return [s.draft];
    // The name as a noun's modifier (`United States television`) is not what the clause is about.
    const modifier = view.upos?.[s.cand.t1] === 'NOUN';
    if (
      orgs++ === 0 &&
      !modifier &&
      c.pronoun?.case !== 'possessive' &&
      s.draft.mentions.length >= TOPIC_MENTIONS
    )
      topic = s.draft;
  }
  return topic ? [topic] : [];
}

/**
 * `they` → a quantified person earlier in its sentence (`someone`, `no one`: singular they; as an
 * object only when no group is near);
 * else the latest group (`the parents`, `Web developers`) in this or the previous sentence,
 * a subject preferred; otherwise unresolved.
 */
function resolveThey(c: Candidate, seen: readonly Seen[]): Seen | undefined {
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

/**
 * `he`/`she` with no person of its gender mentioned in the pronoun window (`Customs can not check
 * what a scientist has in his mind, they can see what he has…`): someone the rules cannot name,
 * whom the next pronouns of that gender continue (by the usual salience) instead of each staying
 * unresolved. Like the interview's `I`, the actor is named by the pronoun and never linked across
 * articles (corpus/names.ts).
 */
function startsUnnamedPerson(c: Candidate, seen: readonly Seen[]): boolean {
  const p = c.pronoun;
  if (c.kind !== 'pronoun' || !p || p.neuter || p.firstPerson || c.dialogue) return false;
  if (p.plural) {
    for (let k = seen.length - 1; k >= 0; k--) {
      const s = seen[k]!;
      if (c.sent - s.cand.sent > THEY_WINDOW) break;
      if (s.draft.type === 'group') return false;
    }
    return true;
  }
  if (!p.gender) return false;
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (c.sent - s.cand.sent > PRONOUN_WINDOW) break;
    if (s.draft.type === 'person' && (!s.draft.gender || s.draft.gender === p.gender)) return false;
  }
  return true;
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
    case 'country':
      return preferSubject((d) => d.type === 'country');
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
