/**
 * The linking decision for one article actor, pure: given the corpus actors that share one of its
 * keys, link to exactly one of them or make a new corpus actor. Precision first (issue #18: a
 * wrong merge costs users more than a missed one): every link needs one compatible candidate, or
 * one that the article's context (a stated role, the country) sets apart from the others; anything
 * else makes a new corpus actor and says why in the evidence.
 */
import {
  givenName,
  isNoName,
  nameWords,
  normalise,
  plainPlaceName,
  type TypeGroup,
  typeGroup,
} from './names.js';
import { byRetypedWord } from './retyped-words.js';

/** Scores: how sure a link is, by the evidence it rests on (shown to users, not tuned). */
export const SCORES = {
  correction: 1,
  fullName: 0.95,
  knowledgeBase: 0.9,
  sameArticleSurname: 0.85,
  sameArticleName: 0.85,
  contextFullName: 0.8,
  contextSurname: 0.75,
  cooccurrence: 0.75,
  surname: 0.7,
  /** Joined the name's unresolved actor: the name is all the link rests on, and it is shared. */
  unresolved: 0.5,
  new: 1,
} as const;

/**
 * Key prefix of a name's unresolved actor (`u:n:jane doe`). A mention that ties between corpus actors
 * (`new-ambiguous`) does not become a corpus actor holding the name: that actor would be one more
 * candidate for the next mention of the name, which would tie again and make another (6,030 "Donald
 * Trump"s in a 10,000-article store before the knowledge base broke Trump's ties; any name the KB lacks
 * still did it). Such mentions gather on one actor per name that holds only `u:` keys, so it is never a
 * candidate of the name itself and a name keeps as many corpus actors as its mentions tell apart, plus one.
 */
export const UNRESOLVED_PREFIX = 'u:';

export function unresolvedKeys(keys: readonly string[]): string[] {
  return keys.map((k) => `${UNRESOLVED_PREFIX}${k}`);
}

export interface ArticleActor {
  /** The actor's record id in its analysis (its row in `actors` is written with the link). */
  readonly recordId: string;
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  /** The country its codes give at the article's date: what a corpus actor made from it holds. */
  readonly codeCountry?: string;
  /** Role titles the article states (`president`, `spokesperson`). */
  readonly titles: readonly string[];
  readonly names: readonly string[];
  readonly surname?: string;
  readonly surnameOnly: boolean;
  /** A one-word body or place name's surname-form key (names.ts ActorKeys.word). */
  readonly word?: string;
  readonly kbKey?: string;
  /**
   * The one longer name in the same article that ends with this organisation's name (`Space
   * Shuttle Columbia` for `Columbia`, `United Kingdom Home Office` for `Home Office`), normalised.
   */
  readonly container?: string;
  /**
   * For a compass point alone (`the North`, no name across articles): the one place of the same article whose
   * name starts with it (`North Korea`), normalised.
   */
  readonly compassOf?: string;
}

export interface Candidate {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  readonly titles: readonly string[];
  /** The keys of the article actor this candidate shares. */
  readonly keys: readonly string[];
}

export interface Decision {
  /** The corpus actor linked to; undefined: make a new one. */
  readonly corpusActorId?: number;
  readonly score: number;
  readonly method: string;
  readonly evidence: string;
  /** For `new-ambiguous`: the corpus actors that tied, for the co-occurrence check (cooccurrence.ts). */
  readonly tied?: readonly number[];
  /**
   * For `new-ambiguous` and `unresolved`: the name's unresolved keys, which the linked corpus actor holds
   * in place of the mention's own keys (see UNRESOLVED_PREFIX).
   */
  readonly holds?: readonly string[];
}

export interface DecideContext {
  /** Key → corpus actor a user correction pins it to. */
  readonly pins: ReadonlyMap<string, number>;
  /** `key|corpusActorId` pairs a user split apart. */
  readonly apart: ReadonlySet<string>;
  /** Corpus actors of full-named persons of the same article, by surname key. */
  readonly articleSurnames: ReadonlyMap<string, readonly number[]>;
  /** Corpus actors of the article's actors decided so far, by normalised name. */
  readonly articleNames?: ReadonlyMap<string, number>;
}

/**
 * The same name written twice in one article is one actor, whatever types the stage gave the two
 * (`Hydrodynamica` typed a person once and a place once) — unless it is the surname of a person
 * the article names in full (`Washington` the city beside George Washington).
 */
function sameNameInArticle(actor: ArticleActor, ctx: DecideContext): Decision | undefined {
  const region = actor.compassOf ? ctx.articleNames?.get(actor.compassOf) : undefined;
  if (region !== undefined) {
    return {
      corpusActorId: region,
      score: SCORES.sameArticleName,
      method: 'compass-in-article',
      evidence: `'${actor.name}' opens the one place name '${actor.compassOf}' the article gives`,
    };
  }
  if (isNoName(actor.name, actor.type)) return undefined;
  const inside = actor.container ? ctx.articleNames?.get(actor.container) : undefined;
  if (inside !== undefined && !actor.names.some((k) => ctx.apart.has(`${k}|${inside}`))) {
    return {
      corpusActorId: inside,
      score: SCORES.sameArticleName,
      method: 'short-name-in-article',
      evidence: `'${actor.name}' ends the one longer name '${actor.container}' the article gives`,
    };
  }
  const key = normalise(actor.name);
  const id = key ? ctx.articleNames?.get(key) : undefined;
  if (id === undefined) return undefined;
  if (nameWords(key).length === 1 && ctx.articleSurnames.has(`s:${key}`)) return undefined;
  if (actor.names.some((k) => ctx.apart.has(`${k}|${id}`))) return undefined;
  return {
    corpusActorId: id,
    score: SCORES.sameArticleName,
    method: 'same-name-in-article',
    evidence: `the article names '${actor.name}' as another actor already linked`,
  };
}

export function compatible(actor: ArticleActor, c: Candidate): boolean {
  const group: TypeGroup = typeGroup(actor.type);
  const other = typeGroup(c.type);
  // The knowledge base's identity outweighs the stage's type (`Putin` typed as a place).
  const sameKbEntry = actor.kbKey !== undefined && c.keys.includes(actor.kbKey);
  // A place and a body of the same name are one actor typed two ways (`London` the city and
  // `London` acting as a government, `Harrow` the school typed as a place); a person never is, nor
  // a body that merely has the place as an alias. `State of Texas` is the body's formal name.
  const sameBodyName =
    group !== 'person' &&
    other !== 'person' &&
    plainPlaceName(normalise(c.name)) === plainPlaceName(normalise(actor.name));
  if (other !== group && !sameKbEntry && !sameBodyName) return false;
  // The knowledge base's identity outweighs the article's country too: one article coding
  // `Donald Trump` CHN would otherwise make a second Trump, and every later "Donald Trump" would
  // then tie between the two and make yet another (6,030 of them in a 10,000-article store).
  // A corpus actor holds its first mention's code country, which may differ from the stage's: the same
  // mention again must still fit the actor it made (else each copy of an article makes one more).
  const countryConflict =
    actor.country && c.country && actor.country !== c.country && actor.codeCountry !== c.country;
  if (!sameKbEntry && countryConflict) return false;
  return true;
}

/** A full-named candidate whose given name differs (`Hunter Biden` for `Joe Biden`) is another person. */
function givenNameConflict(actor: ArticleActor, c: Candidate): boolean {
  const a = givenName(nameWords(actor.name));
  const b = givenName(nameWords(c.name));
  return a !== undefined && b !== undefined && a !== b && !a.startsWith(b) && !b.startsWith(a);
}

function sharedTitle(actor: ArticleActor, c: Candidate): boolean {
  return actor.titles.some((t) => c.titles.includes(t));
}

/** The one candidate the context sets apart (a shared stated role), or undefined. */
function byContext(actor: ArticleActor, cands: readonly Candidate[]): Candidate | undefined {
  const withRole = cands.filter((c) => sharedTitle(actor, c));
  if (withRole.length === 1) return withRole[0];
  if (actor.country) {
    const sameCountry = cands.filter((c) => c.country === actor.country);
    if (sameCountry.length === 1) return sameCountry[0];
  }
  return undefined;
}

function fresh(method: string, evidence: string, tied?: readonly Candidate[]): Decision {
  return { score: SCORES.new, method, evidence, ...(tied?.length ? { tied: tied.map((c) => c.id) } : {}) };
}

/** A tie: a new corpus actor unless the name already has an unresolved one (joinUnresolved), holding `keys` unresolved. */
function tie(evidence: string, keys: readonly string[], tied?: readonly Candidate[]): Decision {
  return { ...fresh('new-ambiguous', evidence, tied), holds: unresolvedKeys(keys) };
}

/**
 * A tie that context did not break joins the name's compatible unresolved actor, the oldest when several
 * (one per country at most); the decision is returned unchanged when there is none, and makes it.
 * `candidates` are those sharing the mention's keys or their unresolved forms.
 */
export function joinUnresolved(
  actor: ArticleActor,
  d: Decision,
  candidates: readonly Candidate[],
  ctx: DecideContext,
): Decision {
  const holds = d.holds;
  if (d.corpusActorId !== undefined || !holds?.length) return d;
  const found = candidates.find(
    (c) =>
      c.keys.some((k) => holds.includes(k)) &&
      compatible(actor, c) &&
      !c.keys.some((k) => ctx.apart.has(`${k}|${c.id}`)),
  );
  if (!found) return d;
  return {
    corpusActorId: found.id,
    score: SCORES.unresolved,
    method: 'unresolved',
    evidence: `${d.evidence}: kept with the name's other unresolved mentions`,
    holds,
  };
}

export function decide(actor: ArticleActor, candidates: readonly Candidate[], ctx: DecideContext): Decision {
  for (const key of [...actor.names, ...(actor.kbKey ? [actor.kbKey] : [])]) {
    const pinned = ctx.pins.get(key);
    if (pinned !== undefined) {
      return {
        corpusActorId: pinned,
        score: SCORES.correction,
        method: 'correction',
        evidence: `user correction pins '${key}'`,
      };
    }
  }
  const same = sameNameInArticle(actor, ctx);
  if (same) return same;
  const usable = candidates.filter(
    (c) => compatible(actor, c) && !c.keys.some((k) => ctx.apart.has(`${k}|${c.id}`)),
  );
  const byName = usable.filter((c) => c.keys.some((k) => k.startsWith('n:')));
  if (byName.length > 0) return among(actor, byName, 'full-name', SCORES.fullName, SCORES.contextFullName);
  const byKb = usable.filter((c) => actor.kbKey !== undefined && c.keys.includes(actor.kbKey));
  if (byKb.length > 0)
    return among(actor, byKb, 'knowledge-base', SCORES.knowledgeBase, SCORES.contextFullName);
  const retyped = byRetypedWord(actor, candidates, ctx);
  if (retyped) return retyped;
  if (!actor.surname) return fresh('new', 'no corpus actor shares a name');
  const bearers = usable.filter((c) => c.keys.includes(actor.surname!));
  if (actor.surnameOnly) return bySurname(actor, bearers, ctx);
  // A full name whose surname the corpus knows only as a bare surname: that actor, when it is the only bearer.
  const bare = bearers.filter((c) => nameWords(c.name).length === 1);
  const full = bearers.filter((c) => nameWords(c.name).length > 1 && !givenNameConflict(actor, c));
  if (bare.length === 1 && full.length === 0 && bearers.length === 1) {
    return {
      corpusActorId: bare[0]!.id,
      score: SCORES.surname,
      method: 'surname',
      evidence: `the corpus knows '${bare[0]!.name}' by surname only, and no other bearer`,
    };
  }
  return fresh(
    'new',
    bearers.length
      ? `surname shared with ${bearers.length} other corpus actor(s)`
      : 'no corpus actor shares a name',
  );
}

function among(
  actor: ArticleActor,
  cands: readonly Candidate[],
  method: string,
  score: number,
  contextScore: number,
): Decision {
  if (cands.length === 1) {
    const c = cands[0]!;
    return {
      corpusActorId: c.id,
      score,
      method,
      evidence: `${method} '${c.keys.join("', '")}' matches '${c.name}'`,
    };
  }
  const pick = byContext(actor, cands);
  if (pick) {
    return {
      corpusActorId: pick.id,
      score: contextScore,
      method: `${method}+context`,
      evidence: `${cands.length} corpus actors share the name; only '${pick.name}' shares a stated role or country`,
    };
  }
  return tie(
    `${cands.length} corpus actors share the name and nothing in the article sets one apart`,
    method === 'knowledge-base' && actor.kbKey ? [actor.kbKey] : actor.names,
    cands,
  );
}

/** A bare surname (`Peskov`): one compatible bearer in the article, else in the corpus, else nothing. */
function bySurname(actor: ArticleActor, bearers: readonly Candidate[], ctx: DecideContext): Decision {
  const inArticle = ctx.articleSurnames.get(actor.surname!) ?? [];
  if (inArticle.length === 1) {
    return {
      corpusActorId: inArticle[0]!,
      score: SCORES.sameArticleSurname,
      method: 'surname-in-article',
      evidence: `the article names one person with surname '${actor.surname!.slice(2)}'`,
    };
  }
  if (inArticle.length > 1)
    return tie(`the article names ${inArticle.length} people with this surname`, [actor.surname!]);
  if (bearers.length === 1) {
    const c = bearers[0]!;
    return {
      corpusActorId: c.id,
      score: SCORES.surname,
      method: 'surname',
      evidence: `'${c.name}' is the corpus's one compatible bearer of surname '${actor.surname!.slice(2)}'`,
    };
  }
  if (bearers.length > 1) {
    const pick = byContext(actor, bearers);
    if (pick) {
      return {
        corpusActorId: pick.id,
        score: SCORES.contextSurname,
        method: 'surname+context',
        evidence: `${bearers.length} bearers of the surname; only '${pick.name}' shares a stated role or country`,
      };
    }
    return tie(
      `${bearers.length} corpus actors bear this surname and nothing sets one apart`,
      [actor.surname!],
      bearers,
    );
  }
  return fresh('new', 'no corpus actor bears this surname');
}
