/**
 * Error analysis for the actors task (dev only): runs the same pipeline as `verbatim eval actors`
 * on GUM news and buckets the B³ losses by mention kind (name, nominal, pronoun form) and gold
 * type, with status (missed = no predicted mention, unresolved = predicted but in no actor,
 * resolved). Each bucket shows its share of the B³ precision and recall lost, in points of the
 * final score, so the largest buckets come first. Then pronoun accuracy errors by pronoun form.
 *
 * Usage: npx tsx scripts/actor-errors.ts [DIR] [--examples BUCKET-SUBSTRING] [--limit N]
 *          [--genre interview,bio] [--half tune|held]
 * `--half` splits each genre's sorted documents in two (even positions = tune, odd = held), so rules
 * can be fitted on one half and checked on the other.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignClusters, b3 } from '../src/eval/actors/b3.js';
import { alignedMentions, gumDocument, gumGenre, upstreamPipeline } from '../src/eval/actors/task.js';
import { readCorefConll, readWebAnnoTsv } from '../src/formats/gum.js';
import { findActors } from '../src/stages/actors/actors.js';
import { loadDictionary } from '../src/stages/actors/dictionary.js';
import { entityNames } from '../src/stages/actors/name-finder.js';

const dataDir = process.env['VERBATIM_DATA'] ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const args = process.argv.slice(2);
const dir =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? `${dataDir}/actors/gum-news`;
const exIdx = args.indexOf('--examples');
const exampleFilter = exIdx >= 0 ? args[exIdx + 1] : undefined;
const limIdx = args.indexOf('--limit');
const limit = limIdx >= 0 ? Number(args[limIdx + 1]) : 40;
const dumpIdx = args.indexOf('--dump');
const dump = dumpIdx >= 0 ? args[dumpIdx + 1] : undefined;
const ctxIdx = args.indexOf('--context');
/** Characters of context shown before a pronoun example (`--context N`). */
const context = ctxIdx >= 0 ? Number(args[ctxIdx + 1]) : 40;

/** Pronoun forms by bucket name. */
const PRONOUN_BUCKETS: readonly [string, RegExp][] = [
  ['pron he/she', /^(he|him|his|himself|she|her|hers|herself)$/i],
  ['pron they', /^(they|them|their|theirs|themselves)$/i],
  ['pron it', /^(it|its|itself)$/i],
  ['pron we', /^(we|us|our|ours|ourselves)$/i],
  ['pron I', /^(i|me|my|mine|myself)$/i],
  ['pron you', /^(you|your|yours|yourself|yourselves)$/i],
  ['pron other', /^(who|whom|whose|which|that|this|these|those|one|here|there)$/i],
];

interface Row {
  bucket: string;
  status: string;
  pLoss: number;
  rLoss: number;
  line: string;
}

function kindOf(words: readonly string[]): string {
  if (words.length === 1) {
    for (const [name, re] of PRONOUN_BUCKETS) if (re.test(words[0]!)) return name;
  }
  const content = words.filter((w, i) => !(i === 0 && /^(the|a|an)$/i.test(w)));
  if (content.some((w) => /^\p{Lu}/u.test(w))) return 'name';
  return 'nominal';
}

const dict = await loadDictionary();
const upstream = await upstreamPipeline();
if (!upstream) throw new Error('no entities stage registered');
const genreIdx = args.indexOf('--genre');
const genres = genreIdx >= 0 ? new Set(args[genreIdx + 1]!.split(',')) : undefined;
const halfIdx = args.indexOf('--half');
const half = halfIdx >= 0 ? args[halfIdx + 1] : undefined;
const position = new Map<string, number>();
const files = (await readdir(join(dir, 'tsv')))
  .filter((f) => f.endsWith('.tsv'))
  .sort()
  .filter((f) => !genres || genres.has(gumGenre(basename(f, '.tsv'))))
  .filter((f) => {
    const g = gumGenre(basename(f, '.tsv'));
    const k = position.get(g) ?? 0;
    position.set(g, k + 1);
    return half === undefined || (half === 'tune') === (k % 2 === 0);
  });
const rows: Row[] = [];
/** Extra predicted mentions (no gold mention of a scored type matches them), resolved or not. */
const extra = { resolved: 0, unresolved: 0 };
let total = 0;
const sum = { precision: 0, recall: 0, pronouns: 0, pronounsRight: 0 };
const pron = new Map<string, Map<string, number>>();
for (const f of files) {
  const stem = basename(f, '.tsv');
  const { text, tokens, sentences } = readWebAnnoTsv(await readFile(join(dir, 'tsv', f), 'utf8'));
  const mentions = readCorefConll(await readFile(join(dir, 'conll', `${stem}.conll`), 'utf8'), tokens);
  const doc = gumDocument(text, tokens, sentences);
  upstream.run(doc);
  const layer = findActors(doc, dict, entityNames);
  if (dump && stem.includes(dump)) {
    for (const a of layer.actors)
      process.stdout.write(`${a.name} <${a.type}>: ${a.mentions.map((m) => m.text).join(' | ')}\n`);
    const loose = layer.mentions.filter((m) => !m.actorId && !m.actorIds);
    process.stdout.write(`unresolved: ${loose.map((m) => `${m.text}/${m.kind}`).join(' | ')}\n`);
  }
  const scored = mentions.filter((m) => ['person', 'organization', 'place'].includes(m.type));
  const { gold, pred } = alignedMentions(layer, scored, tokens);
  const cluster = alignClusters(gold, pred);
  const counts = b3(gold, pred);
  for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += counts[k];
  const names = new Map(layer.actors.map((a) => [a.id, a.name]));
  for (const p of pred) {
    const hit = gold.some((g) => (g.start === p.start && g.end === p.end) || g.lastToken === p.lastToken);
    if (!hit) extra[p.cluster === undefined ? 'unresolved' : 'resolved']++;
  }
  total += gold.length;
  gold.forEach((g, i) => {
    const m = scored[i]!;
    const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    const kind = kindOf(words);
    const G = gold.filter((x) => x.chain === g.chain).length;
    const P = cluster.map((c, j) => [c, j] as const).filter(([c]) => c === cluster[i]);
    const inter = P.filter(([, j]) => gold[j]!.chain === g.chain).length;
    const matched =
      pred.some((p) => p.start === g.start && p.end === g.end) ||
      pred.some((p) => p.lastToken === g.lastToken);
    const status = !matched ? 'missed' : cluster[i]!.startsWith('single:') ? 'unresolved' : 'resolved';
    const predName = cluster[i]!.startsWith('pred:') ? names.get(cluster[i]!.slice(5)) : undefined;
    const ctx = `${text.slice(Math.max(0, g.start - (g.pronoun ? context : 40)), g.start)}[${text.slice(g.start, g.end)}]${text.slice(g.end, g.end + 30)}`;
    rows.push({
      bucket: `${kind} ${m.type}`,
      status,
      pLoss: 1 - inter / P.length,
      rLoss: 1 - inter / G,
      line: `${stem.replace(/^GUM_/, '')}  gold=${g.chain}  pred=${predName ?? '-'}  ${ctx.replace(/\s+/g, ' ')}`,
    });
    if (g.pronoun) {
      const form = PRONOUN_BUCKETS.find(([, re]) => re.test(words[0]!))![0];
      const before = (j: number): boolean => gold[j]!.start < g.start;
      const mate = P.map(([, j]) => j)
        .filter(before)
        .sort((a, b) => gold[b]!.start - gold[a]!.start)[0];
      const hasEarlier = gold.some((x, j) => x.chain === g.chain && before(j));
      const verdict =
        mate !== undefined
          ? gold[mate]!.chain === g.chain
            ? 'right'
            : 'wrong antecedent'
          : hasEarlier
            ? status === 'missed'
              ? 'wrong: not predicted'
              : 'wrong: unresolved'
            : 'right (first mention)';
      const byForm = pron.get(form) ?? new Map<string, number>();
      byForm.set(verdict, (byForm.get(verdict) ?? 0) + 1);
      pron.set(form, byForm);
      if (exampleFilter === 'pronouns' && !verdict.startsWith('right')) {
        const antecedent = gold
          .map((x, j) => [x, j] as const)
          .filter(([x, j]) => x.chain === g.chain && before(j))
          .at(-1);
        const said = (j: number | undefined): string =>
          j === undefined ? '-' : text.slice(gold[j]!.start, gold[j]!.end).replace(/\s+/g, ' ');
        process.stdout.write(
          `${verdict.padEnd(22)} ${rows.at(-1)!.line}\n    gold antecedent: ${said(antecedent?.[1])}  predicted mate: ${said(mate)}\n`,
        );
      }
    }
  });
}

const groups = new Map<string, { n: number; p: number; r: number; status: Map<string, number> }>();
for (const r of rows) {
  const g = groups.get(r.bucket) ?? { n: 0, p: 0, r: 0, status: new Map() };
  g.n++;
  g.p += r.pLoss;
  g.r += r.rLoss;
  g.status.set(r.status, (g.status.get(r.status) ?? 0) + 1);
  groups.set(r.bucket, g);
}
const bp = sum.precision / total;
const br = sum.recall / total;
process.stdout.write(
  `B³ P ${bp.toFixed(4)} R ${br.toFixed(4)} F1 ${((2 * bp * br) / (bp + br)).toFixed(4)}  pronouns ${sum.pronounsRight}/${sum.pronouns} = ${(sum.pronounsRight / sum.pronouns).toFixed(4)}\n\n`,
);
const pts = (x: number): string => ((100 * x) / total).toFixed(2).padStart(6);
process.stdout.write(
  `B³ loss by gold mention kind and type (points of P / R lost; ${total} gold mentions)\n`,
);
process.stdout.write(
  `${'bucket'.padEnd(24)} ${'n'.padStart(5)} ${'P lost'.padStart(6)} ${'R lost'.padStart(6)}  status\n`,
);
for (const [k, g] of [...groups].sort((a, b) => b[1].r + b[1].p - (a[1].r + a[1].p))) {
  const st = [...g.status].map(([s, n]) => `${s} ${n}`).join(', ');
  process.stdout.write(`${k.padEnd(24)} ${String(g.n).padStart(5)} ${pts(g.p)} ${pts(g.r)}  ${st}\n`);
}
// The same losses by error kind: a missed or unresolved gold mention loses recall only (it is a
// singleton); a resolved one loses recall when its chain is split and precision when merged.
const kinds = { missing: 0, unresolved: 0, split: 0, merged: 0 };
for (const r of rows) {
  if (r.status === 'missed') kinds.missing += r.rLoss;
  else if (r.status === 'unresolved') kinds.unresolved += r.rLoss;
  else kinds.split += r.rLoss;
  kinds.merged += r.pLoss;
}
process.stdout.write('\nB³ loss by error kind (points): ');
process.stdout.write(
  `${Object.entries(kinds)
    .map(([k, v]) => `${k} ${pts(v).trim()}`)
    .join(
      ', ',
    )}; extra mentions (ignored by B³) ${extra.resolved} in actors, ${extra.unresolved} unresolved\n`,
);
process.stdout.write('\nPronoun accuracy (third-person pronouns of persons) by form\n');
for (const [form, m] of pron) {
  process.stdout.write(`${form.padEnd(14)} ${[...m].map(([v, n]) => `${v} ${n}`).join(', ')}\n`);
}
if (exampleFilter && exampleFilter !== 'pronouns') {
  process.stdout.write(`\nExamples (${exampleFilter}) with loss\n`);
  const ex = rows.filter((r) => `${r.bucket} ${r.status}`.includes(exampleFilter) && r.pLoss + r.rLoss > 0);
  for (const r of ex.slice(0, limit))
    process.stdout.write(
      `${r.status.padEnd(10)} P-${r.pLoss.toFixed(2)} R-${r.rLoss.toFixed(2)}  ${r.line}\n`,
    );
}
