/**
 * `verbatim predict actor-codes IN.jsonl OUT.jsonl` and `verbatim eval actor-codes FILE…`
 * (FILE: gsr-dev.json and/or JSONL cases; several files with a comma). Metrics: country accuracy,
 * sector accuracy (an empty sector is a value: a country alone has none) and both-right accuracy,
 * over all cases and per split.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { codeActor } from '../../kb/actor-coder.js';
import { actorCodeBooks } from '../../kb/extra.js';
import { VerbatimError } from '../../model/errors.js';
import type { EvalReport, Task } from '../task.js';
import { type CodeCase, gsrCases, jsonlCases } from './cases.js';

export interface CodeQuery {
  readonly id: string;
  readonly actor: string;
  readonly context?: string;
  readonly date?: string;
}

export function predictCodes(q: CodeQuery): { id: string; country: string; sector: string; name: string } {
  const r = codeActor(actorCodeBooks(), {
    text: q.actor,
    roles: [q.actor],
    ...(q.context ? { context: q.context } : {}),
    ...(q.date ? { date: q.date } : {}),
  });
  return { id: q.id, country: r.country ?? '', sector: r.sector ?? '', name: r.name ?? '' };
}

async function predict(input: string, output: string): Promise<void> {
  const text = await readFile(input, 'utf8').catch((cause: unknown) => {
    throw new VerbatimError('E_INPUT_READ', `cannot read ${input}`, { file: input, cause });
  });
  const lines: string[] = [];
  text.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    let q: Partial<CodeQuery>;
    try {
      q = JSON.parse(l) as Partial<CodeQuery>;
    } catch (cause) {
      throw new VerbatimError('E_TASK_INPUT', `line ${i + 1} is not JSON`, { file: input, cause });
    }
    if (typeof q.id !== 'string' || typeof q.actor !== 'string') {
      throw new VerbatimError('E_TASK_INPUT', `line ${i + 1} needs string "id" and "actor"`, { file: input });
    }
    lines.push(JSON.stringify(predictCodes(q as CodeQuery)));
  });
  await writeFile(output, lines.length ? `${lines.join('\n')}\n` : '');
}

async function loadCases(gold: string): Promise<CodeCase[]> {
  const out: CodeCase[] = [];
  for (const file of gold.split(',').filter(Boolean)) {
    const text = await readFile(file, 'utf8').catch((cause: unknown) => {
      throw new VerbatimError('E_INPUT_READ', `cannot read ${file}`, { file, cause });
    });
    out.push(...(text.trimStart().startsWith('[') ? gsrCases(text, file) : jsonlCases(text, file)));
  }
  if (out.length === 0) throw new VerbatimError('E_TASK_INPUT', 'no actor-code cases found', { file: gold });
  return out;
}

interface Tally {
  n: number;
  country: number;
  sector: number;
  both: number;
}

async function evaluate(gold: string): Promise<EvalReport> {
  const cases = await loadCases(gold);
  const tallies = new Map<string, Tally>();
  const lines: string[] = [];
  // Held-out errors are counted, not listed: reading them would turn that half into a tuning set.
  let heldOutErrors = 0;
  const add = (key: string, c: boolean, s: boolean): void => {
    const t = tallies.get(key) ?? { n: 0, country: 0, sector: 0, both: 0 };
    t.n++;
    t.country += Number(c);
    t.sector += Number(s);
    t.both += Number(c && s);
    tallies.set(key, t);
  };
  for (const k of cases) {
    const p = predictCodes(k);
    const c = p.country === k.country;
    const s = p.sector === k.sector;
    add('all', c, s);
    add(k.split, c, s);
    if ((!c || !s) && k.split === 'held-out') heldOutErrors++;
    else if (!c || !s) {
      lines.push(
        `${k.split.padEnd(8)} ${k.id.padEnd(34)} ${JSON.stringify(k.actor).slice(0, 50).padEnd(50)} gold ${k.country || '-'}/${k.sector || '-'}  got ${p.country || '-'}/${p.sector || '-'}`,
      );
    }
  }
  const metrics: Record<string, number> = {};
  const summary: string[] = [];
  for (const [key, t] of tallies) {
    const prefix = key === 'all' ? '' : `${key}_`;
    metrics[`${prefix}country_accuracy`] = t.country / t.n;
    metrics[`${prefix}sector_accuracy`] = t.sector / t.n;
    metrics[`${prefix}both_accuracy`] = t.both / t.n;
    metrics[`${prefix}cases`] = t.n;
    summary.push(
      `${key.padEnd(9)} cases ${String(t.n).padStart(4)}  country ${(t.country / t.n).toFixed(3)}  sector ${(t.sector / t.n).toFixed(3)}  both ${(t.both / t.n).toFixed(3)}`,
    );
  }
  const hidden = heldOutErrors
    ? [`(${heldOutErrors} held-out errors not listed: that half is kept for measuring)`]
    : [];
  return { task: 'actor-codes', gold, metrics, lines: [...summary, '', 'errors:', ...lines, ...hidden] };
}

export const actorCodesTask: Task = { predict, evaluate };
