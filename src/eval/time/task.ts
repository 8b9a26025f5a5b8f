/**
 * `verbatim predict time IN OUT` and `verbatim eval time DIR` on TimeML (TempEval-3 task A).
 *
 * predict: each `.tml` of IN (DCT in `<DCT>`, plain `<TEXT>`) is written to OUT
 * with `<TIMEX3 tid type value>` inserted around each expression found, every
 * other character unchanged. eval: the gold `.tml` files' TIMEX3 are removed,
 * the text is annotated against the DCT, and `score.ts` compares the two.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readTimeml, type TimemlDocument, writeTimeml } from '../../formats/timeml.js';
import { createDocument, setLayer } from '../../model/document.js';
import { asVerbatimError, VerbatimError } from '../../model/errors.js';
import { defaultTagger } from '../../stages/pos/load-model.js';
import { tagDocument } from '../../stages/pos/stage.js';
import { sentencesOf } from '../../stages/sentences/stage.js';
import { sentenceLookup, tagLookup } from '../../stages/time/annotate.js';
import { parseIsoDate } from '../../stages/time/calendar.js';
import { RULES, recogniseTimexes } from '../../stages/time/recognise.js';
import type { SentenceAt, TagAt } from '../../stages/time/tense.js';
import { tokenizeDocument } from '../../stages/tokens/stage.js';
import type { EvalReport, Task } from '../task.js';
import {
  addCounts,
  countsByType,
  type DocumentScore,
  emptyCounts,
  metricsOf,
  type ScoredTimex,
  scoreDocument,
  type TimeCounts,
} from './score.js';

async function tmlFiles(path: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new VerbatimError('E_INPUT_NOT_FOUND', 'no such file or directory', { file: path });
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith('.tml')).sort();
  if (names.length === 0)
    throw new VerbatimError('E_TASK_INPUT', 'no .tml files in directory', { file: path });
  return names.map((n) => join(path, n));
}

/** Runs the tokens, sentences and pos stages on a plain text: the sentences and tags tense resolution reads. */
function tenseCues(text: string): { tagAt?: TagAt; sentenceAt?: SentenceAt } {
  const doc = createDocument(text, [{ id: 'tml_b0', kind: 'paragraph', start: 0, end: text.length, text }]);
  setLayer(doc, 'tokens', tokenizeDocument(doc));
  setLayer(doc, 'sentences', sentencesOf(doc));
  setLayer(doc, 'pos', tagDocument(doc, defaultTagger()));
  return { tagAt: tagLookup(doc), sentenceAt: sentenceLookup(doc) };
}

/** Annotates a TimeML document's text against its DCT: the shared core of predict and eval. */
export function annotateTimeml(doc: TimemlDocument): ScoredTimex[] {
  const { tagAt, sentenceAt } = tenseCues(doc.text);
  return recogniseTimexes(doc.text, parseIsoDate(doc.dct), RULES, tagAt, sentenceAt).map((t) => ({
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
    rule: t.rule,
  }));
}

export async function predictTime(input: string, output: string): Promise<void> {
  await mkdir(output, { recursive: true });
  const failed: string[] = [];
  for (const file of await tmlFiles(input)) {
    try {
      const raw = await readFile(file, 'utf8');
      const doc = readTimeml(raw, file);
      const timexes = annotateTimeml(doc).map((t, i) => ({ ...t, tid: `t${i + 1}` }));
      await writeFile(join(output, basename(file)), writeTimeml(raw, doc, timexes));
    } catch (error) {
      // One bad file must not stop the batch: the others are written, then the failures are reported.
      failed.push(`${file}: ${asVerbatimError(error).message}`);
    }
  }
  if (failed.length > 0) {
    throw new VerbatimError(
      'E_TASK_INPUT',
      `${failed.length} file(s) could not be read:\n${failed.join('\n')}`,
    );
  }
}

export interface TimeEvalDetail {
  readonly file: string;
  readonly text: string;
  readonly score: DocumentScore;
}

/** Scores every file; returns the totals, per-type counts and per-file details (for error analysis). */
export async function scoreTime(gold: string): Promise<{
  total: TimeCounts;
  byType: Map<string, TimeCounts>;
  details: TimeEvalDetail[];
  skipped: string[];
}> {
  const total = emptyCounts();
  const byType = new Map<string, TimeCounts>();
  const details: TimeEvalDetail[] = [];
  const skipped: string[] = [];
  for (const file of await tmlFiles(gold)) {
    let doc: TimemlDocument;
    try {
      doc = readTimeml(await readFile(file, 'utf8'), file);
    } catch (error) {
      skipped.push(`${file}: ${asVerbatimError(error).message}`);
      continue;
    }
    const score = scoreDocument(doc.timexes, annotateTimeml(doc));
    addCounts(total, score.counts);
    countsByType(score, byType);
    details.push({ file, text: doc.text, score });
  }
  return { total, byType, details, skipped };
}

export async function evaluateTime(gold: string): Promise<EvalReport> {
  const { total, byType, details, skipped } = await scoreTime(gold);
  const m = metricsOf(total);
  const lines = [
    `documents ${details.length}; gold ${total.gold}; predicted ${total.predicted}`,
    '',
    'type       gold  pred  strictF1 relaxedP relaxedR relaxedF1 valueAcc valueF1',
  ];
  for (const type of ['DATE', 'TIME', 'DURATION', 'SET']) {
    const c = byType.get(type) ?? emptyCounts();
    const t = metricsOf(c);
    lines.push(
      `${type.padEnd(10)} ${String(c.gold).padStart(4)}  ${String(c.predicted).padStart(4)}  ${[t.strictF1, t.relaxedP, t.relaxedR, t.relaxedF1, t.valueAccuracy, t.valueF1].map((v) => v.toFixed(3).padStart(8)).join(' ')}`,
    );
  }
  let missed = 0;
  let spurious = 0;
  let wrongValue = 0;
  let wrongExtent = 0;
  for (const d of details) {
    missed += d.score.missed.length;
    spurious += d.score.spurious.length;
    for (const p of d.score.pairs) {
      if (p.gold.value !== p.predicted.value) wrongValue++;
      if (p.gold.start !== p.predicted.start || p.gold.end !== p.predicted.end) wrongExtent++;
    }
  }
  lines.push(
    '',
    `errors: missed ${missed}, spurious ${spurious}, wrong value ${wrongValue}, partial extent ${wrongExtent}`,
  );
  if (skipped.length > 0) lines.push('', `skipped ${skipped.length} unreadable file(s):`, ...skipped);
  return {
    task: 'time',
    gold,
    metrics: {
      strictPrecision: m.strictP,
      strictRecall: m.strictR,
      strictF1: m.strictF1,
      relaxedPrecision: m.relaxedP,
      relaxedRecall: m.relaxedR,
      relaxedF1: m.relaxedF1,
      valueAccuracy: m.valueAccuracy,
      typeAccuracy: m.typeAccuracy,
      valueF1: m.valueF1,
      typeF1: m.typeF1,
    },
    lines,
  };
}

export const timeTask: Task = { predict: predictTime, evaluate: evaluateTime };
