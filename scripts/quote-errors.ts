/**
 * Error analysis for the quotes stage on a PolNeAR-layout split (default: dev).
 * Prints the issue #6 metric, per-cue-form yields of predictions, and writes every
 * error (missed gold, wrong prediction, speaker error, 30 %-only match) as JSON lines
 * to /tmp/quote-errors.<split>.jsonl for reading.
 *
 *     npx tsx scripts/quote-errors.ts [dev|train] [--limit N]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldAttributions, readPolnear } from '../src/eval/quotes/gold-reader.js';
import {
  matchPairs,
  rangesOverlap,
  type ScoredAttribution,
  score,
  speakerRight,
} from '../src/eval/quotes/score.js';
import { quotesAnalyzer, statementsOf } from '../src/eval/quotes/task.js';
import type { Statement } from '../src/stages/quotes/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.VERBATIM_DATA ?? join(root, '..', 'shared', 'data');
const split = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dev';
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Number.POSITIVE_INFINITY;

const articles = readPolnear(join(dataDir, 'quotes', 'polnear', split)).slice(0, limit);
const analyzer = await quotesAnalyzer();
const lines: string[] = [];
const docs = [];
const yields = new Map<string, { predicted: number; matched: number }>();
const missCause = new Map<string, number>();
for (const a of articles) {
  const statements: readonly Statement[] = statementsOf(analyzer, a.text);
  const gold = goldAttributions(a);
  const predicted: ScoredAttribution[] = statements.map((s) => ({
    content: s.content,
    ...(s.source ? { source: { start: s.source.start, end: s.source.end } } : {}),
    ...(s.speaker ? { speaker: s.speaker.name } : {}),
  }));
  const doc = { gold, predicted };
  docs.push(doc);
  const m30 = matchPairs(doc, 0.3);
  const m80 = matchPairs(doc, 0.8);
  const matchedPred = new Set(m30.values());
  const t = (rs: readonly { start: number; end: number }[] | undefined) =>
    (rs ?? []).map((r) => a.text.slice(r.start, r.end)).join(' … ');
  statements.forEach((s, pi) => {
    const key = s.cue.text.toLowerCase();
    const y = yields.get(key) ?? { predicted: 0, matched: 0 };
    y.predicted++;
    if (matchedPred.has(pi)) y.matched++;
    yields.set(key, y);
    if (matchedPred.has(pi)) return;
    const overlapsGold = gold.some((g) => rangesOverlap(g.content, s.content) > 0);
    lines.push(
      JSON.stringify({
        type: overlapsGold ? 'fp-overlap' : 'fp',
        doc: a.stem,
        cue: s.cue.text,
        kind: s.kind,
        source: s.source?.text,
        content: t(s.content).slice(0, 300),
        sentence: s.sentence.text.slice(0, 400),
      }),
    );
  });
  gold.forEach((g, gi) => {
    const pi = m30.get(gi);
    const cue = t(g.cue);
    if (pi === undefined) {
      const overlapping = statements.filter((s) => rangesOverlap(g.content, s.content) > 0);
      const cause = overlapping.length ? 'low-coverage' : 'no-prediction';
      missCause.set(cause, (missCause.get(cause) ?? 0) + 1);
      lines.push(
        JSON.stringify({
          type: `miss-${cause}`,
          doc: a.stem,
          cue,
          source: g.sourceText,
          quoted: g.quoted,
          content: t(g.content).slice(0, 300),
          ours: overlapping.map((s) => `[${s.cue.text}] ${t(s.content).slice(0, 150)}`),
        }),
      );
      return;
    }
    const s = statements[pi] as Statement;
    if (g.source && !speakerRight(g, predicted[pi] as ScoredAttribution)) {
      lines.push(
        JSON.stringify({
          type: 'speaker',
          doc: a.stem,
          cue,
          gold: g.sourceText,
          ours: s.source?.text,
          speaker: s.speaker?.name,
          ourCue: s.cue.text,
          inherited: s.inherited,
          content: t(g.content).slice(0, 200),
        }),
      );
    }
    if (m80.get(gi) === undefined) {
      lines.push(
        JSON.stringify({
          type: 'miss80',
          doc: a.stem,
          cue,
          content: t(g.content).slice(0, 300),
          ours: `[${s.cue.text}] ${t(s.content).slice(0, 300)}`,
        }),
      );
    }
    if (m80.get(gi) === undefined && g.quoted) {
      lines.push(
        JSON.stringify({
          type: 'quoted-30only',
          doc: a.stem,
          cue,
          content: t(g.content).slice(0, 300),
          ours: `[${s.cue.text}] ${t(s.content).slice(0, 300)}`,
        }),
      );
    }
  });
}
for (const th of [0.3, 0.8]) {
  const s = score(docs, th);
  console.log(
    `${th}: P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)} (${s.matched}/${s.gold}, ${s.predicted} pred) speaker ${s.speakerAccuracy.toFixed(4)} (${s.speakerRight}/${s.speakerPairs}) quoted R ${s.quotedRecall.toFixed(4)} (${s.quotedMatched}/${s.quotedGold})`,
  );
}
const counts = new Map<string, number>();
for (const l of lines) {
  const type = (JSON.parse(l) as { type: string }).type;
  counts.set(type, (counts.get(type) ?? 0) + 1);
}
console.log([...counts].map(([k, v]) => `${k} ${v}`).join(', '));
const worst = [...yields]
  .filter(([, y]) => y.predicted - y.matched >= 3)
  .sort((x, y) => y[1].predicted - y[1].matched - (x[1].predicted - x[1].matched))
  .slice(0, 30);
console.log(
  'cue forms with most wrong predictions:',
  worst.map(([k, y]) => `${k} ${y.matched}/${y.predicted}`).join(', '),
);
const out = `/tmp/quote-errors.${split}.jsonl`;
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`details: ${out}`);
