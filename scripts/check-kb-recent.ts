/**
 * Checks Verbatim's hand-written knowledge-base file (models/kb-recent.actors.txt) against the
 * shipped sources that can support it: the Phoenix actor dictionaries (compiled in
 * models/acts-actor-codes.json.gz) and CountryInfo's leader lists
 * (../shared/data/events/countryinfo). For each entry and each of its dated codes it prints
 * whether a source has the same country and sector on the range's first day (`supported`), a
 * different code there (`conflict`), or nothing (`no source`: terms after the sources end, about
 * 2012–2016, can only be flagged). Run: npx tsx scripts/check-kb-recent.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { splitCode } from '../src/kb/actor-codes.js';
import { phoenixDate, readPhoenixActors } from '../src/kb/phoenix.js';
import type { ActorCodeFile, DatedCode } from '../src/kb/types.js';

const DATA = process.env.VERBATIM_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const RECENT = fileURLToPath(new URL('../models/kb-recent.actors.txt', import.meta.url));
const COUNTRYINFO = `${DATA}/events/countryinfo/CountryInfo.120116.txt`;

/**
 * Last days the sources speak for: an open-ended range (`[NORGOV >051017]`) says nothing about
 * later days (Phoenix's files were last updated in 2016, CountryInfo.120116 in January 2012).
 */
const PHOENIX_END = '2016-12-31';
const COUNTRYINFO_END = '2012-01-16';

interface SourceCode extends DatedCode {
  readonly source: string;
}

/** Phoenix codes by phrase, from the compiled book (models/acts-actor-codes.json.gz). */
function phoenixCodes(): Map<string, SourceCode[]> {
  const url = new URL('../models/acts-actor-codes.json.gz', import.meta.url);
  const file = JSON.parse(gunzipSync(readFileSync(url)).toString('utf8')) as ActorCodeFile;
  const out = new Map<string, SourceCode[]>();
  for (const [p, i] of Object.entries(file.phrases)) {
    const e = file.entries[i]!;
    out.set(
      p,
      e.codes
        .filter((c) => c.from || c.to)
        .map((c) => ({ ...c, source: `Phoenix '${e.name}'`, ...(c.to ? {} : { to: PHOENIX_END }) })),
    );
  }
  return out;
}

/**
 * CountryInfo's leaders (`<Leaders>` sub-lists: presidents, prime ministers…) as GOV ranges of
 * their country, and its `<Government>` lines with their own codes, by phrase.
 */
function countryInfoCodes(): Map<string, SourceCode[]> {
  const out = new Map<string, SourceCode[]>();
  let country = '';
  let inLeaders = false;
  for (const raw of readFileSync(COUNTRYINFO, 'latin1').split('\n')) {
    const line = raw.split('#')[0]!;
    country = /<CountryCode>(\w{3})</.exec(line)?.[1] ?? country;
    if (line.includes('<Leaders>')) inLeaders = true;
    if (line.includes('</Leaders>')) inLeaders = false;
    const names = [...line.matchAll(/\{?([A-Z][A-Z.'-]*(?:_[A-Z.'-]+)+)_?\}?/g)].map((m) =>
      m[1]!.replace(/_/g, ' ').toLowerCase(),
    );
    if (!names.length) continue;
    const codes: SourceCode[] = [];
    for (const m of line.matchAll(/\[([A-Z]{3,}\s+)?(>|<)?(\d{8})(?:\s*-\s*(\d{8}))?\]/g)) {
      const code = m[1]?.trim() ?? (inLeaders ? `${country}GOV` : '');
      if (!code) continue;
      const a = phoenixDate(m[3]!);
      const b = m[4] ? phoenixDate(m[4]) : undefined;
      const from = m[2] === '<' ? undefined : a;
      const to = m[2] === '<' ? a : (b ?? (m[2] === '>' ? COUNTRYINFO_END : a));
      codes.push({ code, ...(from ? { from } : {}), ...(to ? { to } : {}), source: 'CountryInfo' });
    }
    for (const n of names) out.set(n, [...(out.get(n) ?? []), ...codes]);
  }
  return out;
}

const sources = [phoenixCodes(), countryInfoCodes()];

/** Source codes of any of the phrases covering `day`. */
function covering(phrases: readonly string[], day: string): SourceCode[] {
  return sources.flatMap((s) =>
    phrases.flatMap((p) =>
      (s.get(p) ?? []).filter(
        (c) => (c.from || c.to) && (!c.from || c.from <= day) && (!c.to || day <= c.to),
      ),
    ),
  );
}

/**
 * Days a source's start may fall after ours and still support the range: CountryInfo and the
 * Phoenix entries built from it date terms to the month (`>20100601` for a minister appointed on
 * 12 May), so a start up to two months later is the same appointment.
 */
const START_SLACK_DAYS = 62;

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Source ranges with our country and sector that start a little after our range does. */
function startingSoonAfter(phrases: readonly string[], code: string, from: string): SourceCode[] {
  const ours = splitCode(code);
  return sources.flatMap((s) =>
    phrases.flatMap((p) =>
      (s.get(p) ?? []).filter((c) => {
        const theirs = splitCode(c.code);
        if (!c.from || theirs.country !== ours.country || theirs.sector !== ours.sector) return false;
        const late = daysBetween(from, c.from);
        return late > 0 && late <= START_SLACK_DAYS;
      }),
    ),
  );
}

let supported = 0;
let supportedLate = 0;
let conflicts = 0;
let unsourced = 0;
for (const g of readPhoenixActors(readFileSync(RECENT, 'utf8'))) {
  const full = g.phrases.filter((p) => p.includes(' '));
  console.log(`\n${g.entry.name}`);
  for (const c of g.entry.codes) {
    const day = c.from ?? c.to;
    const range = `[${c.code} ${c.from ?? ''}–${c.to ?? ''}]`;
    if (!day) {
      console.log(`  ${range.padEnd(34)} undated fallback`);
      continue;
    }
    const hits = covering(full, day);
    const ours = splitCode(c.code);
    const late = hits.length === 0 && c.from ? startingSoonAfter(full, c.code, c.from) : [];
    if (late.length) {
      supportedLate++;
      const shown = late.map((h) => `${h.source} ${h.code} ${h.from ?? ''}–${h.to ?? ''}`);
      console.log(
        `  ${range.padEnd(34)} supported from the source's start (month-dated, ours earlier): ${[...new Set(shown)].join('; ')}`,
      );
      continue;
    }
    if (hits.length === 0) {
      unsourced++;
      console.log(`  ${range.padEnd(34)} no source covers ${day}`);
      continue;
    }
    const agree = hits.filter((h) => {
      const theirs = splitCode(h.code);
      return theirs.country === ours.country && (theirs.sector ?? '') === (ours.sector ?? '');
    });
    if (agree.length) supported++;
    else conflicts++;
    const shown = (agree.length ? agree : hits).map(
      (h) => `${h.source} ${h.code} ${h.from ?? ''}–${h.to ?? ''}`,
    );
    console.log(
      `  ${range.padEnd(34)} ${agree.length ? 'supported' : 'CONFLICT'}: ${[...new Set(shown)].join('; ')}`,
    );
  }
}
console.log(
  `\ndated codes: ${supported} supported, ${supportedLate} supported from a source's month-dated start, ${conflicts} in conflict, ${unsourced} with no source`,
);
