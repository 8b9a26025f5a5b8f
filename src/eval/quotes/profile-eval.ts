/**
 * `verbatim predict quotes --profile speech|attributions` and `verbatim eval quotes --profile …`
 * (issue 21). The attributions profile is the PolNeAR task as before (task.ts). The speech profile:
 *
 * - predict writes only speech statements, one brat attribution per quoted sentence or piece;
 * - eval scores them against PolNeAR's speech-cue subset: the gold attributions whose Cue is a
 *   speech cue by the same test (cue-class.ts), each cut at our sentence boundaries into one record
 *   per sentence or piece, so both sides count quotes the way news quote datasets do. The metric is
 *   score.ts's (≥ 30 % / ≥ 80 % of a gold record's characters, one to one).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../analyzer.js';
import { writeBrat } from '../../formats/brat.js';
import { VerbatimError } from '../../model/errors.js';
import { CUE_CLASSES, type CueClass, cueClassOfText } from '../../stages/quotes/cue-class.js';
import {
  type ProfileContext,
  profileStatements,
  type QuoteProfile,
  sentencePieces,
} from '../../stages/quotes/profile.js';
import type { Statement } from '../../stages/quotes/types.js';
import type { EvalReport } from '../task.js';
import { type GoldAttribution, goldAttributions, type PolnearArticle, readPolnear } from './gold-reader.js';
import {
  type DocumentPairs,
  type ScoredAttribution,
  score,
  type ThresholdScore,
  thresholdMetrics,
  thresholdRow,
} from './score.js';
import { bratRecord, scoredRecord } from './statement-records.js';
import { quotesAnalyzer } from './task.js';

/** One analysed text: its statements and what the speech profile reads. */
export function analyse(
  analyzer: Analyzer,
  text: string,
): { statements: readonly Statement[]; ctx: ProfileContext } {
  const { document } = analyzer.run({ text });
  const tokens = document.layers.tokens;
  const upos = document.layers.pos?.upos;
  return {
    statements: document.layers.quotes?.statements ?? [],
    ctx: { text, sentences: document.layers.sentences ?? [], ...(tokens && upos ? { tokens, upos } : {}) },
  };
}

export async function predictProfile(input: string, output: string, profile: QuoteProfile): Promise<void> {
  const dir = existsSync(join(input, 'text')) ? join(input, 'text') : input;
  if (!existsSync(dir))
    throw new VerbatimError('E_INPUT_NOT_FOUND', `${input} does not exist`, { file: input });
  mkdirSync(output, { recursive: true });
  const analyzer = await quotesAnalyzer();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const { statements, ctx } = analyse(analyzer, text);
    const records = profileStatements(statements, profile, ctx).map((p) =>
      bratRecord(p.statement, p.content),
    );
    writeFileSync(join(output, `${f.slice(0, -4)}.ann`), writeBrat(records, text));
  }
}

/** The class of a gold attribution's Cue (no Cue: `other`). */
export function goldCueClass(article: PolnearArticle, g: GoldAttribution): CueClass {
  if (!g.cue?.length) return 'other';
  return cueClassOfText(g.cue.map((r) => article.text.slice(r.start, r.end)).join(' '));
}

/** PolNeAR's speech-cue subset of one article, one record per sentence or piece of each Content. */
export function speechGold(article: PolnearArticle, ctx: ProfileContext): ScoredAttribution[] {
  const out: ScoredAttribution[] = [];
  for (const g of goldAttributions(article)) {
    if (goldCueClass(article, g) !== 'speech') continue;
    const spans = g.content.map((r) => ({ ...r, text: article.text.slice(r.start, r.end) }));
    for (const piece of sentencePieces(spans, ctx))
      out.push({ ...g, content: [{ start: piece.start, end: piece.end }] });
  }
  return out;
}

export interface SpeechScore {
  readonly at30: ThresholdScore;
  readonly at80: ThresholdScore;
  /** Gold attributions per cue class, and our statements per cue class. */
  readonly goldClasses: Readonly<Record<CueClass, number>>;
  readonly predictedClasses: Readonly<Record<CueClass, number>>;
}

/** Scores the speech profile on the PolNeAR-layout directory `gold` (optionally only some articles). */
export async function scoreSpeech(
  gold: string,
  keep: (stem: string) => boolean = () => true,
  keepAllComplements = false,
): Promise<SpeechScore> {
  const analyzer = await quotesAnalyzer();
  const goldClasses = Object.fromEntries(CUE_CLASSES.map((c) => [c, 0])) as Record<CueClass, number>;
  const predictedClasses = { ...goldClasses };
  const docs: DocumentPairs[] = [];
  for (const a of readPolnear(gold).filter((x) => keep(x.stem))) {
    const { statements, ctx } = analyse(analyzer, a.text);
    for (const g of goldAttributions(a)) goldClasses[goldCueClass(a, g)]++;
    for (const p of profileStatements(statements, 'attributions', ctx)) predictedClasses[p.cueClass]++;
    docs.push({
      gold: speechGold(a, ctx),
      predicted: profileStatements(statements, 'speech', ctx, keepAllComplements).map((p) =>
        scoredRecord(p.statement, p.content),
      ),
    });
  }
  return { at30: score(docs, 0.3), at80: score(docs, 0.8), goldClasses, predictedClasses };
}

export async function evaluateSpeech(gold: string): Promise<EvalReport> {
  const { at30, at80, goldClasses, predictedClasses } = await scoreSpeech(gold);
  const classes = (c: Record<CueClass, number>): string => CUE_CLASSES.map((k) => `${k} ${c[k]}`).join(', ');
  return {
    task: 'quotes',
    gold,
    metrics: thresholdMetrics(at30, at80),
    lines: [
      'profile: speech (speech cues only, one record per sentence or piece; gold: the speech-cue subset, cut likewise)',
      thresholdRow(at30),
      thresholdRow(at80),
      `gold attributions by cue class: ${classes(goldClasses)}`,
      `our statements by cue class:    ${classes(predictedClasses)}`,
    ],
  };
}
