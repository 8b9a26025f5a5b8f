/**
 * `verbatim predict quotes IN_DIR OUT_DIR` and `verbatim eval quotes DIR` (PolNeAR layout).
 *
 * predict: for each `<stem>.txt` in IN_DIR (or IN_DIR/text), writes `<stem>.ann` in
 * PolNeAR's brat standoff. eval: runs the same extraction on DIR/text and scores it
 * against DIR/attributions with the metric in score.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../analyzer.js';
import type { BratAttribution } from '../../formats/brat.js';
import { writeBrat } from '../../formats/brat.js';
import { VerbatimError } from '../../model/errors.js';
import { parseQuoteProfile } from '../../stages/quotes/profile.js';
import type { Statement } from '../../stages/quotes/types.js';
import { STAGE_REGISTRY } from '../../stages/registry.js';
import type { EvalReport, Task } from '../task.js';
import { goldAttributions, readPolnear } from './gold-reader.js';
import { evaluateSpeech, predictProfile } from './profile-eval.js';
import {
  type DocumentPairs,
  type ScoredAttribution,
  score,
  type ThresholdScore,
  thresholdMetrics,
  thresholdRow,
} from './score.js';
import { bratRecord, scoredRecord } from './statement-records.js';

/** Optional layers the quotes stage uses when their stages are registered (tokens and sentences come with its requirements). */
const OPTIONAL_STAGES = ['actors'];

export async function quotesAnalyzer(): Promise<Analyzer> {
  const names = new Set(STAGE_REGISTRY.map((s) => s.name));
  return Analyzer.create({ stages: ['quotes', ...OPTIONAL_STAGES.filter((s) => names.has(s))] });
}

export function statementsOf(analyzer: Analyzer, text: string): readonly Statement[] {
  const { document } = analyzer.run({ text });
  return document.layers.quotes?.statements ?? [];
}

export function toBrat(statements: readonly Statement[]): BratAttribution[] {
  return statements.map((s) => bratRecord(s));
}

function toScored(statements: readonly Statement[]): ScoredAttribution[] {
  return statements.map((s) => scoredRecord(s));
}

async function predict(input: string, output: string): Promise<void> {
  const dir = existsSync(join(input, 'text')) ? join(input, 'text') : input;
  if (!existsSync(dir))
    throw new VerbatimError('E_INPUT_NOT_FOUND', `${input} does not exist`, { file: input });
  mkdirSync(output, { recursive: true });
  const analyzer = await quotesAnalyzer();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    const statements = statementsOf(analyzer, text);
    writeFileSync(join(output, `${f.slice(0, -4)}.ann`), writeBrat(toBrat(statements), text));
  }
}

/** Scores the extraction on a PolNeAR-layout directory; also returns per-document pairs for analysis. */
export async function scoreDirectory(
  gold: string,
): Promise<{ docs: DocumentPairs[]; at30: ThresholdScore; at80: ThresholdScore }> {
  const analyzer = await quotesAnalyzer();
  const docs: DocumentPairs[] = readPolnear(gold).map((a) => ({
    gold: goldAttributions(a),
    predicted: toScored(statementsOf(analyzer, a.text)),
  }));
  return { docs, at30: score(docs, 0.3), at80: score(docs, 0.8) };
}

async function evaluate(gold: string): Promise<EvalReport> {
  const { at30, at80 } = await scoreDirectory(gold);
  const row = (s: ThresholdScore): string =>
    `${thresholdRow(s)}; quote-mark subset R ${s.quotedRecall.toFixed(4)} (${s.quotedMatched}/${s.quotedGold}), speaker ${s.quotedSpeakerAccuracy.toFixed(4)}`;
  return {
    task: 'quotes',
    gold,
    metrics: {
      ...thresholdMetrics(at30, at80),
      'quoted_recall@30': at30.quotedRecall,
      'quoted_recall@80': at80.quotedRecall,
      'quoted_speaker_accuracy@80': at80.quotedSpeakerAccuracy,
    },
    lines: [row(at30), row(at80)],
  };
}

/** `--profile attributions` (and no profile) is the PolNeAR task above; `--profile speech` is profile-eval.ts. */
export const quotesTask: Task = {
  predict: (input, output, options) =>
    options?.profile && parseQuoteProfile(options.profile) === 'speech'
      ? predictProfile(input, output, 'speech')
      : predict(input, output),
  evaluate: (gold, _second, options) =>
    options?.profile && parseQuoteProfile(options.profile) === 'speech'
      ? evaluateSpeech(gold)
      : evaluate(gold),
};
