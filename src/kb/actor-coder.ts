/**
 * Actor codes (issue #18): the country (ISO 3166 alpha-3, `IGO` for intergovernmental bodies) and
 * the PLOVER/CAMEO sector of an actor, judged at the article's date.
 *
 * Evidence for the sector, strongest first:
 *   1. a role the article states (`former President` → ELI, `Kremlin spokesperson` → GOV), read
 *      with the agent dictionaries (PLOVER's first, then Phoenix's);
 *   2. the knowledge base's dated code of a named entry (`Putin` is RUSGOV from 2008-05-08);
 *   3. an agent noun in the actor's text outside the name (`riot police` → COP);
 *   4. the actor's type (`government` → GOV, `media` → JRN).
 * The country comes from the named entry, else a country word in the text (`Israeli`), else the
 * country the actors stage found.
 */
import { type ActorCodeBook, PLOVER_SECTORS } from './actor-codes.js';
import { contextCountry } from './context-country.js';
import { normaliseCountry } from './countries.js';
import { ethnicGroupCountry, placeSense } from './places.js';

/** Words that make a stated role a past one: the actor is no longer in office (ELI). */
const FORMER_WORDS = /\b(former|ex|ousted|deposed|exiled|retired|late|outgoing-turned|erstwhile)\b/i;
/** A role not held yet: elected or designated, not in office (ELI until sworn in). */
const ELECT_WORDS = /\b(elect|designate|nominee|candidate|hopeful)\b/i;

/** Sectors of offices: a title stating one overrides a dictionary's undated code. */
const OFFICE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** Sector by actor type when nothing more specific is known. */
const TYPE_SECTORS: Readonly<Record<string, string>> = {
  government: 'GOV',
  // PLOVER's journalists and media (PLOVER's MED is medicine: PLOVER_agents.txt).
  media: 'JRN',
};

export interface CodeInput {
  /** The actor as written (`Russian Foreign Minister Sergei Lavrov`, `the Kremlin`). */
  readonly text: string;
  /** Roles the article states for it (`former President`). */
  readonly roles?: readonly string[];
  /** The actors stage's type (`person`, `government`, …). */
  readonly type?: string;
  /** The actors stage's country, used when the text names none. */
  readonly country?: string;
  /** The sentence it came from: its one named country stands in when the text names none. */
  readonly context?: string;
  /** The article's date (ISO), at which dated roles are judged. */
  readonly date?: string;
}

export interface CodeResult {
  readonly country?: string;
  readonly sector?: string;
  /** The knowledge base's canonical name, when a named entry matched. */
  readonly name?: string;
  /** Why: the pieces of evidence used, for the store's link evidence. */
  readonly evidence: readonly string[];
}

/** Lower-case words of a text with plural nouns made singular (`Libyans` → `libyan`), for a second try. */
function singularText(text: string): string {
  return text.replace(/\b(\p{L}{3,}?)(ies|s)\b/gu, (_m, stem: string, end: string) =>
    end === 'ies' ? `${stem}y` : stem,
  );
}

/** The text without the words of the named phrase that matched: what is left may hold an agent noun. */
function outsideNamed(text: string, matched: string): string {
  const named = new Set(matched.split(' '));
  return text
    .split(/\s+/)
    .filter((w) => !named.has(w.toLowerCase().replace(/[^\p{L}\p{N}.-]/gu, '')))
    .join(' ');
}

/**
 * A phrase's head: the words before its first preposition (`Doctors` of `Doctors from two American
 * aid groups`). Its agent noun says what the actor is; the rest only says where or whom it serves.
 */
const HEAD_END = /\s(?:of|from|for|in|at|with|on|under|against)\s/i;

function firstAgent(
  books: readonly ActorCodeBook[],
  text: string,
): { phrase: string; sector: string } | undefined {
  if (!text.trim()) return undefined;
  const cut = HEAD_END.exec(text);
  if (cut) {
    const head = firstAgentAnywhere(books, text.slice(0, cut.index));
    if (head) return head;
  }
  return firstAgentAnywhere(books, text);
}

function firstAgentAnywhere(
  books: readonly ActorCodeBook[],
  text: string,
): { phrase: string; sector: string } | undefined {
  if (!text.trim()) return undefined;
  for (const b of books) {
    const a = b.agent(text);
    if (a) return a;
  }
  return undefined;
}

/** Longest phrase, in words, contextCountry looks up (its n-grams: 3, 2, 1). */
const CONTEXT_PHRASE_WORDS = 3;

/**
 * True when the date can change codeActor's codes for `input` without a context: some book's entry with
 * dated codes is named by a text codeActor looks up with the date (the actor's text, its singular form, a
 * phrase of up to three of its words). Otherwise only the evidence's `at DATE` note differs by date.
 */
export function codesDependOnDate(books: readonly ActorCodeBook[], text: string): boolean {
  const words = text.replace(/-/g, ' ').split(/\s+/);
  const texts = [text, singularText(text.replace(/-/g, ' '))];
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= CONTEXT_PHRASE_WORDS && i + n <= words.length; n++)
      texts.push(words.slice(i, i + n).join(' '));
  return texts.some((t) => books.some((b) => b.dated(t)));
}

/** How the evidence of a named entry begins (namedEvidence). */
const NAMED_EVIDENCE = "knowledge base '";

/** The evidence of a named entry; the day it was coded at, when given, ends it (`… at 2016-05-01`). */
function namedEvidence(name: string | undefined, code: string | undefined, day: string | undefined): string {
  return `${NAMED_EVIDENCE}${name}' ${code}${day ? ` at ${day}` : ''}`;
}

/**
 * A code made at day `from` for a text whose codes do not depend on the date (codesDependOnDate false), as
 * codeActor makes it at day `to`: there only the named entry's evidence names the day. Undefined when
 * another piece of evidence names `from` as well (then the caller codes the text again).
 */
export function codesAtDay(code: CodeResult, from: string, to: string): CodeResult | undefined {
  const suffix = ` at ${from}`;
  let moved = 0;
  const evidence = code.evidence.map((e) => {
    if (!e.includes(from)) return e;
    moved++;
    return e.startsWith(NAMED_EVIDENCE) && e.endsWith(suffix) ? `${e.slice(0, -from.length)}${to}` : '';
  });
  if (moved !== 1 || evidence.includes('')) return undefined;
  return { ...code, evidence };
}

/** Country and sector of an actor from every book (first book first: users' and recent entries win). */
export function codeActor(books: readonly ActorCodeBook[], input: CodeInput): CodeResult {
  const evidence: string[] = [];
  // The first book that knows the name wins, unless a later one has a closed dated range covering
  // the date and it has not (`Olaf Scholz` in 2008: Phoenix's labour-minister term).
  const lookup = (text: string) => {
    const hits = books.map((b) => b.lookup(text, input.date)).filter((h) => h?.code);
    return hits.find((h) => h?.dated && h.matched === hits[0]?.matched) ?? hits[0];
  };
  const named = lookup(input.text) ?? lookup(singularText(input.text.replace(/-/g, ' ')));
  let country = named?.country ? normaliseCountry(named.country) : undefined;
  // A place or nationality standing for people or a government (`Libyans`, `Jakarta`), read only
  // when no named entry more specific than a country matched.
  const countryOnly = named?.code?.length === 3;
  // The stage's `place`/`country` type already says the place is meant as a place.
  const asPlace = input.type === 'place' || input.type === 'country';
  const place =
    (!named?.code || countryOnly) && !asPlace
      ? placeSense(input.text, input.context, (p) => firstAgent(books, p)?.sector)
      : undefined;
  if (named) evidence.push(namedEvidence(named.name, named.code, input.date?.slice(0, 10)));

  let sector: string | undefined;
  const roleSector = sectorOfRoles(books, input.roles ?? [], named?.matched.split(' + ')[0], countryOnly);
  if (roleSector) {
    sector = roleSector.sector;
    evidence.push(roleSector.why);
  } else if (named?.code && named.code.length > 3) {
    // The most specific sector of the code: its last (`USAGOVLEG` → LEG).
    const own = named.code
      .match(/.{1,3}/g)
      ?.slice(1)
      .findLast((c) => PLOVER_SECTORS.has(c));
    if (own) {
      sector = own;
      evidence.push(`knowledge base sector ${own}`);
    }
  }
  if (!sector && place?.sector) {
    sector = place.sector;
    evidence.push(place.why);
  }
  // A country named alone (`United States`) has no sector.
  const countryAlone = countryOnly && !outsideNamed(input.text, named!.matched).trim();
  if (!sector && !countryAlone && !place) {
    const agent = firstAgent(books, named ? outsideNamed(input.text, named.matched) : input.text);
    if (agent) {
      sector = agent.sector;
      evidence.push(`agent '${agent.phrase}' → ${agent.sector}`);
    }
  }
  if (!sector && input.type && TYPE_SECTORS[input.type]) {
    sector = TYPE_SECTORS[input.type];
    evidence.push(`type ${input.type} → ${sector}`);
  }
  // The one country the actor's own words name (`King Hassan of Morocco`, `… in Northern Ireland`)
  // outweighs a named entry that matched one word of a longer phrase (`Hassan`, a Jordanian
  // entry) and stands in when the entry has no country.
  let otherBearer = false;
  const oneWordMatch =
    named !== undefined && !named.matched.split(' + ')[0]!.includes(' ') && /\s/.test(input.text.trim());
  if (!countryOnly && (!country || oneWordMatch)) {
    const own = contextCountry(books, input.text, input.date);
    if (own && own.country !== country) {
      // The entry was another bearer of the word: its name is not this actor's.
      if (oneWordMatch && country) otherBearer = true;
      country = own.country;
      evidence.push(`the one country its own words name: ${own.country}`);
    }
  }
  const ethnic = ethnicGroupCountry(input.text);
  if (input.context && (!country || ethnic)) {
    // An ethnic group lives where its sentence places it (`ethnic Albanians` in Macedonia).
    const only = contextCountry(books, input.context, input.date, ethnic);
    if (only) {
      country = only.country;
      evidence.push(`${ethnic ? 'ethnic group: ' : ''}${only.why}`);
    }
  }
  if (!country && input.country) {
    country = input.country;
    evidence.push(`country ${country} from the article`);
  }
  if (!country && input.type === 'international-organisation') country = 'IGO';
  return {
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ...(named?.name && !otherBearer ? { name: named.name } : {}),
    evidence,
  };
}

/**
 * The sector a stated role gives: ELI for a past or not-yet-held office, else the sector of an
 * agent noun in the role outside the named phrase (`Iraqi President Saddam Hussein` → president → GOV).
 */
function sectorOfRoles(
  books: readonly ActorCodeBook[],
  roles: readonly string[],
  namedPhrase: string | undefined,
  countryOnly: boolean,
): { sector: string; why: string } | undefined {
  for (const role of roles) {
    const rest = namedPhrase ? outsideNamed(role, namedPhrase) : role;
    // A title inside a dictionary phrase (`President Hosni Mubarak`, `Bush administration`) still
    // states an office; a country's name holds none (`states` of `United States` is no office).
    const inside = namedPhrase && !countryOnly ? firstAgent(books, role) : undefined;
    if ((inside ?? firstAgent(books, rest)) && (FORMER_WORDS.test(rest) || ELECT_WORDS.test(rest))) {
      return { sector: 'ELI', why: `stated role '${role}' is not (yet) in office → ELI` };
    }
    const agent =
      firstAgent(books, rest) ?? (inside && OFFICE_SECTORS.has(inside.sector) ? inside : undefined);
    if (!agent) continue;
    if (FORMER_WORDS.test(rest) || ELECT_WORDS.test(rest)) {
      return { sector: 'ELI', why: `stated role '${role}' is not (yet) in office → ELI` };
    }
    return { sector: agent.sector, why: `stated role '${role}': agent '${agent.phrase}' → ${agent.sector}` };
  }
  return undefined;
}
