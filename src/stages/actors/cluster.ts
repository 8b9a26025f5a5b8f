/**
 * Alias merging: groups the proper-name mentions of one article into actor drafts.
 * `Putin` = `Vladimir Putin` = `V. Putin` (surname and initials), `KCNA` = `Korean Central News
 * Agency` (acronym), `U.S.` = `the United States` (same dictionary country), `the Kremlin` =
 * `Moscow` used as a government (same government). Written by hand: within-document alias rules
 * are small and news-specific, and no JavaScript library does them.
 */

import { honorificOf } from '../../lang/en/titles.js';
import type { Candidate } from './candidate.js';
import type { Gender } from './dictionary.js';
import type { RoleFinding } from './roles.js';
import type { ActorType } from './types.js';

export interface Draft {
  readonly n: number;
  type: ActorType | undefined;
  iso3?: string;
  gender?: Gender;
  /** Name tokens of the longest name mention. */
  nameTokens: string[];
  readonly names: Candidate[];
  readonly mentions: Candidate[];
  readonly roles: RoleFinding[];
  /** Drafts of a group actor (`Trump and Putin`). */
  members?: Draft[];
  /** A team started by a nominal (`the Afghan team`): its capitalised modifiers, lower-cased. */
  team?: string;
  /** Country key for countries and governments (`country:RUS`, `government:RUS`). */
  key?: string;
}

/**
 * A draft with every field present, in one order (`undefined` for the absent ones): drafts made
 * by clustering and by resolution share one object shape and keep it when fields are set later
 * (speed only, as `makeCandidate`).
 */
export function makeDraft(
  n: number,
  type: ActorType | undefined,
  nameTokens: string[],
  fields: { iso3?: string; gender?: Gender; key?: string } = {},
): Draft {
  return {
    n,
    type,
    iso3: fields.iso3,
    gender: fields.gender,
    nameTokens,
    names: [],
    mentions: [],
    roles: [],
    members: undefined,
    team: undefined,
    key: fields.key,
  };
}

/** Connectors ignored when building acronyms (`Bank of England` → BOE… or BE). */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', '&']);

function nameTokens(c: Candidate): string[] {
  // One loop instead of `filter` then `map` (two arrays and two closures per name).
  const out: string[] = [];
  for (const t of c.surface.replace(/^the\s+/i, '').split(/\s+/)) {
    if (t && !honorificOf(t)) out.push(t.replace(/[’']s$/, ''));
  }
  return out;
}

/** Organisation-like types that may name one actor (`Reuters` the organisation and the medium). */
const ORG_TYPES: ReadonlySet<ActorType | undefined> = new Set<ActorType>([
  'organisation',
  'media',
  'international-organisation',
  'government',
]);

/** Types a tagger confuses for one multi-word name. */
const LOOSE_TYPES: ReadonlySet<ActorType | undefined> = new Set<ActorType>(['organisation', 'place']);

function compatible(a: ActorType | undefined, b: ActorType | undefined): boolean {
  if (!a || !b || a === b) return true;
  return ORG_TYPES.has(a) && ORG_TYPES.has(b);
}

/** A number is spelled whole in initials (`Internet Explorer 10` → `IE10`). */
const NUMBER = /^\d+$/;

function acronym(tokens: string[]): string {
  return tokens
    .filter((t) => !ACRONYM_SKIP.has(t.toLowerCase()))
    .map((t) => (NUMBER.test(t) ? t : (t[0] ?? '')))
    .join('')
    .toUpperCase();
}

/**
 * An acronym: capitals, maybe closed by a version or series number that the expansion spells as its
 * last word (`IE6` for `Internet Explorer 6`: its initials are `IE6` too, so only that name matches).
 */
const ACRONYM_FORM = /^\p{Lu}{2,6}\d{0,3}$/u;

function isAcronym(tokens: string[]): string | undefined {
  if (tokens.length !== 1) return undefined;
  const t = tokens[0]!.replace(/\./g, '');
  return ACRONYM_FORM.test(t) ? t : undefined;
}

/** A name's tokens with what the alias rules compare, computed once. */
interface NameForm {
  readonly tokens: string[];
  readonly lower: string[];
  readonly joined: string;
  /** Initials of a multi-word name (`KCNA`). */
  readonly initials: string | undefined;
  /** The name itself when it is an acronym. */
  readonly acronym: string | undefined;
}

function nameForm(tokens: string[]): NameForm {
  const lower = tokens.map((t) => t.toLowerCase());
  return {
    tokens,
    lower,
    joined: lower.join(' '),
    initials: tokens.length > 1 ? acronym(tokens) : undefined,
    acronym: isAcronym(tokens),
  };
}

/**
 * Most drafts per shared word a new name is compared with (the most recently indexed). An article
 * has a handful of actors sharing a first or last word; a list of 100,000 names made every name
 * meet every earlier one (quadratic), which this bound stops.
 */
const MAX_ALIAS_POOL = 64;

/** Does the name `n` (of type `type`) name the same actor as draft `d` (whose longest name is `o`)? */
function aliasOf(n: NameForm, type: ActorType | undefined, d: Draft, o: NameForm): boolean {
  const lowerNew = n.lower;
  const lowerOld = o.lower;
  // Cheap rejection first: every rule below needs a shared first or last word, or an acronym.
  if (
    lowerNew[0] !== lowerOld[0] &&
    lowerNew[lowerNew.length - 1] !== lowerOld[lowerOld.length - 1] &&
    !n.acronym &&
    !o.acronym
  ) {
    return false;
  }
  // The same name is one actor even when the tagger typed it once as a place and once as an
  // organisation (`Group G`, `Fisht Stadium`, `Scientology`): one article does not use one name for two.
  if (n.joined === o.joined && LOOSE_TYPES.has(type) && LOOSE_TYPES.has(d.type)) return true;
  if (!compatible(type, d.type)) return false;
  if (n.joined === o.joined) return true;
  const personish =
    (d.type === 'person' || d.type === undefined) && (type === 'person' || type === undefined);
  if (personish && lowerNew.at(-1) === lowerOld.at(-1)) {
    // Surname: the last tokens agree and every earlier token of the shorter is a token or initial of the longer.
    const [short, long] = lowerNew.length <= lowerOld.length ? [lowerNew, lowerOld] : [lowerOld, lowerNew];
    const ok = earlierTokensAgree(short, long);
    if (ok && (short.length > 1 || d.type === 'person' || type === 'person')) return true;
  }
  // First name alone (`Daniel` after `Daniel Montalvo`), for a person whose first name it is.
  if (
    personish &&
    d.type === 'person' &&
    lowerNew.length === 1 &&
    lowerOld.length > 1 &&
    lowerOld[0] === lowerNew[0]
  ) {
    return true;
  }
  if (n.acronym && o.initials === n.acronym) return true;
  if (o.acronym && n.initials === o.acronym) return true;
  // Organisation short forms: `Yonhap` for `Yonhap News Agency`.
  return (
    !personish &&
    type !== 'person' &&
    lowerNew.length < lowerOld.length &&
    o.joined.startsWith(`${n.joined} `)
  );
}

/** One letter, maybe with a full stop: an initial (`V.`). */
const INITIAL = /^\p{L}\.?$/u;

/**
 * Every token of `short` but its last is a token of `long`, or an initial (`V.`) of one. A loop,
 * not `slice().every()`: this runs for every pooled draft sharing a last word.
 */
function earlierTokensAgree(short: readonly string[], long: readonly string[]): boolean {
  for (let k = 0; k < short.length - 1; k++) {
    const t = short[k]!;
    if (long.includes(t)) continue;
    if (!INITIAL.test(t)) return false;
    const first = t[0]!;
    if (!long.some((l) => l.startsWith(first))) return false;
  }
  return true;
}

export function clusterNames(cands: readonly Candidate[]): Draft[] {
  const drafts: Draft[] = [];
  // News repeats its names (`Trump` thirty times): each distinct surface is split once. The
  // forms are shared, never changed.
  const formOfSurface = new Map<string, NameForm>();
  const formOf = (c: Candidate): NameForm => {
    let form = formOfSurface.get(c.surface);
    if (!form) {
      form = nameForm(nameTokens(c));
      formOfSurface.set(c.surface, form);
    }
    return form;
  };
  const byKey = new Map<string, Draft>();
  // By draft number (`Draft.n`): the form of each draft's longest name, and the stamp of the last
  // pool that took the draft. Arrays, not a map and a set per pool: a pool is built for every
  // name, which on many short lines of names was most of the stage's time.
  const forms: NameForm[] = [];
  const takenBy: number[] = [];
  let stamp = 0;
  // Drafts indexed by first word, last word and acronym/initials: every alias rule shares one.
  const byFirst = new Map<string, Draft[]>();
  const byLast = new Map<string, Draft[]>();
  const byAcronym = new Map<string, Draft[]>();
  const put = (m: Map<string, Draft[]>, k: string | undefined, d: Draft): void => {
    if (k === undefined) return;
    const list = m.get(k);
    if (!list) m.set(k, [d]);
    else if (list[list.length - 1] !== d) list.push(d);
  };
  const indexForm = (d: Draft, form: NameForm): void => {
    put(byFirst, form.lower[0], d);
    put(byLast, form.lower[form.lower.length - 1], d);
    put(byAcronym, form.acronym, d);
    put(byAcronym, form.initials, d);
  };
  /** Appends to `pool` the last MAX_ALIAS_POOL drafts of `list` it does not hold yet. */
  const take = (pool: Draft[], list: Draft[] | undefined): void => {
    if (!list) return;
    for (let i = Math.max(0, list.length - MAX_ALIAS_POOL); i < list.length; i++) {
      const d = list[i]!;
      if (takenBy[d.n] !== stamp) {
        takenBy[d.n] = stamp;
        pool.push(d);
      }
    }
  };
  /** Drafts sharing a first word, last word or acronym with `form`, most recent first. */
  const poolFor = (form: NameForm): Draft[] => {
    const pool: Draft[] = [];
    stamp++;
    take(pool, byFirst.get(form.lower[0]!));
    take(pool, byLast.get(form.lower[form.lower.length - 1]!));
    if (form.acronym) take(pool, byAcronym.get(form.acronym));
    if (form.initials) take(pool, byAcronym.get(form.initials));
    return pool.length > 1 ? pool.sort((a, b) => b.n - a.n) : pool;
  };
  const add = (c: Candidate, d: Draft, form: NameForm): void => {
    d.names.push(c);
    d.mentions.push(c);
    if (form.tokens.length > d.nameTokens.length && !(c.type === 'country' || c.metonym)) {
      d.nameTokens = form.tokens;
      forms[d.n] = form;
      if (!d.key) indexForm(d, form);
    }
    if (c.type && (!d.type || (d.type !== 'person' && c.type === 'person'))) d.type = c.type;
    if (c.iso3 && !d.iso3) d.iso3 = c.iso3;
    if (c.gender && !d.gender) d.gender = c.gender;
    if (c.role) d.roles.push(c.role);
  };
  const fresh = (c: Candidate, key?: string): Draft => {
    const form = formOf(c);
    const tokens = form.tokens;
    const d = makeDraft(drafts.length, c.type, tokens, { key: key || undefined });
    if (key) byKey.set(key, d);
    drafts.push(d);
    forms.push(form);
    takenBy.push(0);
    if (!key) indexForm(d, form);
    return d;
  };
  // Last words of countries already named (`Korea` after `South Korea`): the short form is that country.
  const countryByLastWord = new Map<string, Draft>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.apposOf) continue; // a place phrase (`Paris , France`) joins its first name
    const short =
      c.iso3 || c.type === 'person' || countryByLastWord.size === 0
        ? undefined
        : countryByLastWord.get(c.surface.toLowerCase());
    if (short) {
      add(c, short, formOf(c));
      continue;
    }
    if (c.type === 'country' && c.t1 - c.t0 > 1) {
      const last = formOf(c).tokens.at(-1)?.toLowerCase();
      if (last) countryByLastWord.set(last, byKey.get(`country:${c.iso3}`) ?? fresh(c, `country:${c.iso3}`));
    }
    if ((c.type === 'country' || c.type === 'government') && c.iso3 && (c.type === 'country' || c.metonym)) {
      const key = `${c.type}:${c.iso3}`;
      add(c, byKey.get(key) ?? fresh(c, key), formOf(c));
      continue;
    }
    const form = formOf(c);
    const pool = poolFor(form);
    const match =
      form.tokens.length === 1
        ? mostNamed(pool, (d) => aliasOf(form, c.type, d, forms[d.n]!))
        : pool.find((d) => aliasOf(form, c.type, d, forms[d.n]!));
    add(c, match ?? fresh(c), form);
  }
  return drafts;
}

/**
 * A one-word name several actors bear (`Bernoulli` after Daniel, Johann and Jacob Bernoulli) is
 * the one named most so far, the article's subject, not the latest named: a writer shortens the
 * name of whom the text is about. The latest wins a tie (drafts come most recent first).
 */
function mostNamed(pool: readonly Draft[], matches: (d: Draft) => boolean): Draft | undefined {
  let best: Draft | undefined;
  for (const d of pool) {
    // Only a draft named more often can win: the alias test runs on few of them.
    if (best && d.names.length <= best.names.length) continue;
    if (matches(d)) best = d;
  }
  return best;
}
