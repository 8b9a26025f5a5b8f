/** Looks up and runs tasks for the CLI, with typed errors for unknown tasks and missing modes. */
import { VerbatimError } from '../model/errors.js';
import type { EvalReport, TaskDescriptor } from './task.js';

export function findTask(
  name: string,
  mode: 'predict' | 'eval',
  registry: readonly TaskDescriptor[],
): TaskDescriptor {
  const usable = registry.filter((t) => (mode === 'predict' ? t.predictFormat : t.evalFormat));
  const task = usable.find((t) => t.name === name);
  if (!task) {
    throw new VerbatimError('E_TASK_UNKNOWN', `no ${mode} task named '${name}'`, {
      hint: usable.length
        ? `known ${mode} tasks: ${usable.map((t) => t.name).join(', ')}`
        : `no ${mode} task is registered yet`,
    });
  }
  return task;
}

export async function runPredict(
  name: string,
  input: string,
  output: string,
  registry: readonly TaskDescriptor[],
): Promise<void> {
  const task = await findTask(name, 'predict', registry).load();
  if (!task.predict) throw new VerbatimError('E_INTERNAL', `task '${name}' declares predict but has none`);
  await task.predict(input, output);
}

export async function runEval(
  name: string,
  gold: string,
  registry: readonly TaskDescriptor[],
  second?: string,
): Promise<EvalReport> {
  const task = await findTask(name, 'eval', registry).load();
  if (!task.evaluate) throw new VerbatimError('E_INTERNAL', `task '${name}' declares eval but has none`);
  return task.evaluate(gold, second);
}

export function formatEvalReport(report: EvalReport): string {
  const lines = [`task: ${report.task}`, `gold: ${report.gold}`];
  for (const [k, v] of Object.entries(report.metrics)) lines.push(`${k.padEnd(28)} ${formatNumber(v)}`);
  if (report.lines.length) lines.push('', ...report.lines);
  return `${lines.join('\n')}\n`;
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}
