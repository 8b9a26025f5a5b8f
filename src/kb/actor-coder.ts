/**
 * Actor codes (issue #18): the country (ISO 3166 alpha-3, `IGO` for intergovernmental bodies) and
 * the PLOVER/CAMEO sector of an actor, judged at the article's date.
 *
 * Evidence, strongest first:
 *   1. a role the article states (`former President` → ELI, `Kremlin spokesperson` → GOV);
 *   2. the knowledge base's dated code of a named entry (`Putin` is RUSGOV from 2008-05-08);
 *   3. an agent noun in the actor's text (`riot police` → COP);
 *   4. the actor's type (`government` → GOV, `media` → MED).
 * The country comes from the named entry, else a country word in the text (`Israeli`), else the
 * country the actors stage found.
 */
import type { ActorCodeBook } from './actor-codes.js';
import { normaliseCountry } from './countries.js';

/** Words that make a stated role a past one: the actor is no longer in office (ELI). */
const FORMER_WORDS = /\b(former|ex|ousted|deposed|exiled|retired|late|outgoing-turned|erstwhile)\b/i;
/** A role not held yet: elected or designated, not in office (ELI until sworn in). */
const ELECT_WORDS = /\b(elect|designate|nominee|candidate|hopeful)\b/i;

/** Sector by actor type when nothing more specific is known. */
const TYPE_SECTORS: Readonly<Record<string, string>> = {
  government: 'GOV',
  media: 'MED',
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

/** Country and sector of an actor from every book (first book first: users' and recent entries win). */
export function codeActor(books: readonly ActorCodeBook[], input: CodeInput): CodeResult {
  const evidence: string[] = [];
  const hits = books.map((b) => b.lookup(input.text, input.date)).filter((h) => h !== undefined);
  const named = hits.find((h) => h.code);
  let country = named?.country ? normaliseCountry(named.country) : undefined;
  let sector: string | undefined;
  if (named)
    evidence.push(
      `knowledge base '${named.name}' ${named.code}${input.date ? ` at ${input.date.slice(0, 10)}` : ''}`,
    );

  const roleSector = sectorOfRoles(books, input.roles ?? [], input.date);
  if (roleSector) {
    sector = roleSector.sector;
    evidence.push(roleSector.why);
  } else if (named?.sector) sector = named.sector;
  if (!sector) {
    const agent = hits.find((h) => h.sector && !h.code)?.sector ?? hits.find((h) => h.sector)?.sector;
    if (agent) {
      sector = agent;
      evidence.push(`agent noun → ${agent}`);
    }
  }
  if (!sector && input.type && TYPE_SECTORS[input.type]) {
    sector = TYPE_SECTORS[input.type];
    evidence.push(`type ${input.type} → ${sector}`);
  }
  if (!country && input.country) {
    country = input.country;
    evidence.push(`country ${country} from the article`);
  }
  if (!country && input.type === 'international-organisation') country = 'IGO';
  return {
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ...(named?.name ? { name: named.name } : {}),
    evidence,
  };
}

/** The sector a stated role gives: ELI for a past or not-yet-held office, else the role's agent sector. */
function sectorOfRoles(
  books: readonly ActorCodeBook[],
  roles: readonly string[],
  date: string | undefined,
): { sector: string; why: string } | undefined {
  for (const role of roles) {
    if (FORMER_WORDS.test(role) || ELECT_WORDS.test(role)) {
      return { sector: 'ELI', why: `stated role '${role}' is not (yet) in office → ELI` };
    }
    for (const b of books) {
      const hit = b.lookup(role, date);
      const sector = hit?.code ? undefined : hit?.sector;
      if (sector) return { sector, why: `stated role '${role}' → ${sector}` };
    }
  }
  return undefined;
}
