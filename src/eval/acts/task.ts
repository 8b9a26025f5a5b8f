/**
 * `verbatim predict acts IN.jsonl OUT.jsonl` and `verbatim eval acts FILE.json` (issue #19).
 * Eval prints the metric on the whole file and per type (score.ts has the definitions).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { VerbatimError } from '../../model/errors.js';
import type { EvalReport, Task } from '../task.js';
import { readGsr } from './gsr.js';
import { actJson, createActsRunner } from './run-acts.js';
import { type ActsScore, type PredictedFirst, scoreActs } from './score.js';

interface InputLine {
  id: unknown;
  text: unknown;
  date?: unknown;
}

async function predict(input: string, output: string): Promise<void> {
  let raw: string;
  try {
    raw = await readFile(input, 'utf8');
  } catch (cause) {
    throw new VerbatimError('E_INPUT_NOT_FOUND', `cannot read ${input}`, { file: input, cause });
  }
  const runner = await createActsRunner();
  const lines: string[] = [];
  raw.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let rec: InputLine;
    try {
      rec = JSON.parse(line) as InputLine;
    } catch (cause) {
      throw new VerbatimError('E_TASK_INPUT', `line ${n + 1} is not JSON`, { file: input, cause });
    }
    if (typeof rec.text !== 'string') {
      throw new VerbatimError('E_TASK_INPUT', `line ${n + 1} has no "text" string`, { file: input });
    }
    const date = typeof rec.date === 'string' ? rec.date : undefined;
    const acts = runner.acts(rec.text, date).map(actJson);
    lines.push(JSON.stringify({ id: rec.id ?? n + 1, acts }));
  });
  await writeFile(output, lines.length ? `${lines.join('\n')}\n` : '');
}

export function scoreLines(s: ActsScore): string[] {
  const lines = ['type        gold  pred  right  F1'];
  for (const t of s.perType) {
    lines.push(
      `${t.type.padEnd(11)} ${String(t.gold).padStart(4)}  ${String(t.predicted).padStart(4)}  ${String(t.correct).padStart(5)}  ${t.f1.toFixed(3)}`,
    );
  }
  return lines;
}

async function evaluate(gold: string): Promise<EvalReport> {
  const records = readGsr(gold);
  const runner = await createActsRunner();
  const predicted: PredictedFirst[] = records.map((r) => {
    const first = runner.acts(r.text, r.date)[0];
    return first
      ? { type: first.type, actors: first.actors, recipients: first.recipients }
      : { actors: [], recipients: [] };
  });
  const s = scoreActs(records, predicted);
  return {
    task: 'acts',
    gold,
    metrics: {
      records: s.records,
      'type accuracy': s.typeAccuracy,
      'macro-F1 (16 types)': s.macroF1,
      'actor accuracy': s.actorAccuracy,
      'recipient accuracy': s.recipientAccuracy,
    },
    lines: scoreLines(s),
  };
}

export const actsTask: Task = { predict, evaluate };
