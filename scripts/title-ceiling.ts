/**
 * How far can any title rule go on a gold set? Reads a dump written by
 * `scripts/title-dump.ts` and sorts every page by where its gold title can be
 * found among the page's own title sources (the h1s, JSON-LD headline,
 * og:title, twitter:title, <title>, the first h2s), each also cut at its
 * separators (bar, dash, colon, bullet, guillemet) into every run of parts:
 *   - written there exactly: a rule that picks the right source and cut can reach it;
 *   - only with quotes or dashes folded: the gold changed typography that every source agrees on;
 *   - only ignoring letter case;
 *   - nowhere: the gold is worded apart from every source.
 * The last three groups bound what selection can reach; the script also prints,
 * among pages whose every source writes curly quotes, how often the gold kept them.
 * `npx tsx scripts/title-ceiling.ts DUMP.json` (reads only DUMP.json).
 */
import { readFileSync } from 'node:fs';

interface DumpRow {
  id: string;
  gold: string;
  ours?: string;
  ld?: string;
  og?: string;
  tw?: string;
  title?: string;
  h1s?: { text: string }[];
  h2?: string[];
}

/** Separators sites put between a headline and its site, section or kicker. */
const SEPARATOR = /\s+[|\-–—:•·»«/]\s+|\s*[|»«]\s*|:\s+/g;
/** Typographic quotes and dashes, folded to ASCII. */
const CURLY = /[‘’‛“”„]/;

const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const fold = (s: string): string =>
  norm(s)
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-');

function sources(r: DumpRow): string[] {
  return [r.ld, r.og, r.tw, r.title, ...(r.h1s ?? []).map((h) => h.text), ...(r.h2 ?? [])]
    .map(norm)
    .filter((s) => s.length > 0);
}

/** Every source, and every run of its separator-delimited parts, with the separators kept or not. */
function cuts(srcs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of srcs) {
    out.add(s);
    const bounds: { start: number; end: number }[] = [];
    for (const m of s.matchAll(SEPARATOR)) bounds.push({ start: m.index, end: m.index + m[0].length });
    const starts = [0, ...bounds.map((b) => b.end)];
    const ends = [...bounds.map((b) => b.start), s.length];
    for (const a of starts) for (const b of ends) if (b > a) out.add(norm(s.slice(a, b)));
  }
  return out;
}

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx scripts/title-ceiling.ts DUMP.json');
const rows = JSON.parse(readFileSync(file, 'utf8')) as DumpRow[];
const groups = {
  exact: [] as string[],
  folded: [] as string[],
  caseOnly: [] as string[],
  nowhere: [] as string[],
};
let ours = 0;
let allCurly = 0;
let allCurlyGoldCurly = 0;
for (const r of rows) {
  const gold = norm(r.gold);
  if (norm(r.ours) === gold) ours++;
  const srcs = sources(r);
  const all = cuts(srcs);
  if (all.has(gold)) groups.exact.push(r.id);
  else if ([...all].some((c) => fold(c) === fold(gold))) groups.folded.push(r.id);
  else if ([...all].some((c) => fold(c).toLowerCase() === fold(gold).toLowerCase()))
    groups.caseOnly.push(r.id);
  else groups.nowhere.push(r.id);
  const quoted = srcs.filter((s) => /['‘’"“”]/.test(s));
  if (quoted.length > 0 && quoted.every((s) => CURLY.test(s)) && /['‘’"“”]/.test(gold)) {
    allCurly++;
    if (CURLY.test(gold)) allCurlyGoldCurly++;
  }
}
const n = rows.length;
const line = (label: string, ids: string[]): string =>
  `${label.padEnd(44)} ${String(ids.length).padStart(4)}  ${(ids.length / n).toFixed(3)}  e.g. ${ids.slice(0, 6).join(' ')}`;
console.log(`pages with a gold title: ${n}; ours exact: ${ours} (${(ours / n).toFixed(4)})`);
console.log(line('gold written exactly on the page', groups.exact));
console.log(line('only with quotes/dashes folded', groups.folded));
console.log(line('only ignoring letter case', groups.caseOnly));
console.log(line('worded apart from every source', groups.nowhere));
console.log(`selection ceiling (exact on the page): ${(groups.exact.length / n).toFixed(4)}`);
console.log(
  `pages whose quoting sources all write curly quotes: ${allCurly}; gold keeps them curly on ${allCurlyGoldCurly}, straight on ${allCurly - allCurlyGoldCurly}`,
);
