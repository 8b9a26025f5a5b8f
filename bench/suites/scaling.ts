/**
 * `npm run bench -- --suite scaling`: CPU time per stage and for ingestion, and peak RSS, on
 * generated inputs of 1, 2, 4 and 8 MB of several shapes (scaling-inputs.ts), with the growth
 * factor per doubling. Asserts nothing: it prints one table per shape (the issue's scaling table).
 *
 * Each size runs in its own process (scaling-child.ts) under a time budget; a run over budget is
 * shown as `>budget` and the larger sizes of that shape are skipped. Options:
 * `--sizes 1,2,4,8` (MB), `--shapes news,long-line`, `--budget 180` (seconds per run), `--repeat 3`
 * (runs per size, in rounds over all sizes, ascending and descending in turn (scaling-rounds.ts), so
 * that drift in the machine's speed hits every size alike; each step's CPU time is the median of its
 * runs, the peak RSS the highest).
 * CPU time, not wall time: the benchmark machine is shared, and CPU time is what a stage costs. A step's
 * row is its main thread's CPU; V8's helper threads (concurrent marking and sweeping, background compiles),
 * whose work falls in whichever step runs when they do, are the row `helpers` (scaling-thread-cpu.ts);
 * `--all-threads` charges each step its process CPU instead (the table before session 19); `--raw-out FILE`
 * appends every child's JSON lines to FILE.
 *
 * Every step is timed the same way at every size (scaling-timer.ts): run once per run, its CPU time
 * summed over the windows (each size from 1 MB up runs in windows of the same length), after an
 * untimed warm-up on windows of that length, of another draw of the shape (so the table is of steady state:
 * code compiled and caches filled on windows like the measured ones but not on them, scaling-timer.ts
 * WARMUP_CHARS); a full garbage collection before each window is its own
 * row `gc`, and the young generation is emptied before each timed step. Nothing is repeated inside
 * a run (a repeat finds warm caches): so a step's growth factor compares like with like, and a step
 * of a few milliseconds per window is noisy rather than biased (use `--repeat`).
 *
 * A growth factor over the target (2.3× per doubling) is printed in bold; a step under MIN_FACTOR_MS
 * (20 ms) at the larger size of a doubling gets no factor (`<20 ms`): too small to time
 * (scaling-format.ts). Under each table, each factor over the target is listed with its step's CPU time
 * in every run of both sizes (the table shows medians) and the factor of each round's pair of runs,
 * to tell one slow run from a real growth.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLNEAR_TRAIN_TEXT } from '../corpus.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';
import { fmtS, fmtX, MIN_FACTOR_MS, TARGET_GROWTH } from './scaling-format.js';
import { SHAPES, type Shape } from './scaling-inputs.js';
import { roundFactors, roundOrder } from './scaling-rounds.js';

const MB = 1024 * 1024;
/** Seconds one measured run may take before it is stopped (a quadratic stage takes hours at 8 MB). */
const DEFAULT_BUDGET_S = 180;

interface StepLine {
  readonly step: string;
  readonly ms: number;
  /** The CPU milliseconds the table shows (chargedSteps). */
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

/** One step as the child reports it (scaling-child.ts). */
interface ChildLine extends StepLine {
  /** The main thread's CPU (absent from a child older than session 19). */
  readonly mainMs?: number;
}

/** The row of V8's helper threads' CPU (chargedSteps). */
const HELPERS = 'helpers';

interface RunResult {
  readonly steps: Map<string, StepLine>;
  readonly complete: boolean;
  /** Not run: a smaller input of the shape went over the budget. */
  readonly skipped?: boolean;
  /** Ended with an error (not over budget): shown as `error`. */
  readonly failed?: boolean;
  /** The steps the run was to report, in order. */
  readonly plan?: readonly string[];
  readonly warnings?: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * The child's steps as the table shows them: each step's main-thread CPU as its time and one more step,
 * `helpers`, the rest of the process's CPU over all steps (scaling-thread-cpu.ts says why); with
 * `allThreads`, each step's process CPU as before session 19. The total is the process's CPU either way.
 */
function chargedSteps(lines: readonly ChildLine[], allThreads: boolean): Map<string, StepLine> {
  const steps = new Map<string, StepLine>();
  let helpers = 0;
  let maxRssMb = 0;
  for (const o of lines) {
    const mainMs = allThreads ? o.cpuMs : (o.mainMs ?? o.cpuMs);
    helpers += o.cpuMs - mainMs;
    maxRssMb = Math.max(maxRssMb, o.maxRssMb);
    steps.set(o.step, { step: o.step, ms: o.ms, cpuMs: mainMs, maxRssMb });
  }
  if (!allThreads) steps.set(HELPERS, { step: HELPERS, ms: 0, cpuMs: helpers, maxRssMb });
  return steps;
}

/** `--raw-out FILE`: every child's lines appended there (both CPU clocks of every step of every run). */
const rawOut = arg('--raw-out');

function runChild(shape: Shape, bytes: number, budgetS: number, allThreads: boolean): RunResult {
  const child = join(import.meta.dirname, 'scaling-child.ts');
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', child, shape, String(bytes), POLNEAR_TRAIN_TEXT],
    { encoding: 'utf8', timeout: budgetS * 1000, maxBuffer: 16 * MB },
  );
  if (rawOut) appendFileSync(rawOut, `${JSON.stringify({ shape, bytes })}\n${r.stdout ?? ''}`);
  const lines: ChildLine[] = [];
  let complete = false;
  let warnings: number | undefined;
  let plan: string[] | undefined;
  for (const line of (r.stdout ?? '').split('\n')) {
    if (!line.startsWith('{')) continue;
    const o = JSON.parse(line) as ChildLine & { warnings?: number; steps?: string[] };
    if (o.step === 'plan') plan = allThreads ? o.steps : [...(o.steps ?? []), HELPERS];
    else if (o.step === 'done') {
      complete = true;
      warnings = o.warnings;
    } else lines.push(o);
  }
  const steps = chargedSteps(lines, allThreads);
  const failed = !complete && r.status !== null && r.status !== 0;
  if (failed)
    process.stderr.write(`scaling: ${shape} ${bytes} B failed:\n${(r.stderr ?? '').slice(-2000)}\n`);
  return {
    steps,
    complete,
    failed,
    ...(warnings !== undefined ? { warnings } : {}),
    ...(plan ? { plan } : {}),
  };
}

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/**
 * One result from the repeated runs of a size: each step's median CPU (and wall) time and the
 * highest peak RSS; a size with an incomplete run stands as that run (over budget, or failed).
 */
function combineRuns(repeats: readonly RunResult[]): RunResult {
  const incomplete = repeats.find((r) => !r.complete);
  if (incomplete || repeats.length === 1) return incomplete ?? (repeats[0] as RunResult);
  const first = repeats[0] as RunResult;
  const steps = new Map<string, StepLine>();
  for (const name of first.steps.keys()) {
    const lines = repeats.map((r) => r.steps.get(name)).filter((l): l is StepLine => l !== undefined);
    steps.set(name, {
      step: name,
      ms: median(lines.map((l) => l.ms)),
      cpuMs: median(lines.map((l) => l.cpuMs)),
      maxRssMb: Math.max(...lines.map((l) => l.maxRssMb)),
    });
  }
  return { ...first, steps };
}

function printShape(
  shape: Shape,
  sizesMb: readonly number[],
  runs: readonly RunResult[],
  repeats: readonly (readonly RunResult[])[],
  budgetS: number,
): void {
  const names = new Set<string>();
  for (const r of runs) for (const k of [...(r.plan ?? []), ...r.steps.keys()]) names.add(k);
  const head = sizesMb.map((s) => `${s} MB`);
  const growth = sizesMb.slice(1).map((s, i) => `×(${s}/${sizesMb[i]})`);
  console.log(`\n### scaling: ${shape} (CPU seconds; growth per doubling)\n`);
  console.log(`| step | ${[...head, ...growth].join(' | ')} |`);
  console.log(`|---|${[...head, ...growth].map(() => '---:').join('|')}|`);
  // A run over budget shows `>budget` at the step it was stopped in (the first step it did not report).
  const order = [...names];
  const cell = (r: RunResult | undefined, name: string): string => {
    const s = r?.steps.get(name);
    if (s) return fmtS(s.cpuMs);
    if (!r || r.complete) return '–';
    if (r.skipped) return 'skip';
    const stopped = order.find((n) => !r.steps.has(n));
    if (name !== stopped && name !== '') return '–';
    return r.failed ? 'error' : `>${budgetS}s wall`;
  };
  const rows = [...names, 'total'];
  for (const name of rows) {
    const values = runs.map((r) =>
      name === 'total'
        ? r.complete
          ? [...r.steps.values()].reduce((n, s) => n + s.cpuMs, 0)
          : undefined
        : r.steps.get(name)?.cpuMs,
    );
    const cells = runs.map((r, i) =>
      name === 'total' ? (values[i] === undefined ? cell(r, '') : fmtS(values[i])) : cell(r, name),
    );
    const factors = values.slice(1).map((v, i) => fmtX(values[i], v));
    console.log(`| ${name} | ${[...cells, ...factors].join(' | ')} |`);
  }
  const rss = runs.map((r) => {
    const peak = Math.max(0, ...[...r.steps.values()].map((s) => s.maxRssMb));
    return peak > 0 ? `${Math.round(peak)}` : '–';
  });
  console.log(`| peak RSS (MiB) | ${rss.join(' | ')} |${growth.map(() => ' |').join('')}`);
  const warn = runs.map((r) => (r.warnings === undefined ? '–' : String(r.warnings)));
  console.log(`| warnings | ${warn.join(' | ')} |${growth.map(() => ' |').join('')}`);
  printRepeatsOverTarget(sizesMb, runs, repeats);
}

/**
 * Under a table, every run of both sizes of each factor over the target (the table shows medians):
 * whether one slow run, or every run, made it.
 */
function printRepeatsOverTarget(
  sizesMb: readonly number[],
  runs: readonly RunResult[],
  repeats: readonly (readonly RunResult[])[],
): void {
  const times = (i: number, name: string): (number | undefined)[] =>
    (repeats[i] ?? []).map((r) => r.steps.get(name)?.cpuMs);
  const cpu = (i: number, name: string): string =>
    times(i, name)
      .map((ms) => ((ms ?? Number.NaN) / 1000).toFixed(3))
      .join(', ');
  for (let i = 1; i < runs.length; i++) {
    for (const [name, b] of runs[i]?.steps ?? []) {
      const a = runs[i - 1]?.steps.get(name);
      if (!a || a.cpuMs <= 0 || b.cpuMs < MIN_FACTOR_MS || b.cpuMs / a.cpuMs <= TARGET_GROWTH) continue;
      const perRound = roundFactors(times(i - 1, name), times(i, name)).map((x) => `${x.toFixed(2)}×`);
      console.log(
        `- ${name} ${sizesMb[i - 1]}→${sizesMb[i]} MB, each run: ${cpu(i - 1, name)} → ${cpu(i, name)} s; ` +
          `per round: ${perRound.join(', ')}`,
      );
    }
  }
}

export const scalingSuite: BenchSuite = {
  name: 'scaling',
  onlyWhenNamed: true,
  async run(_corpus: BenchCorpus): Promise<BenchRow[]> {
    const sizesMb = (arg('--sizes') ?? '1,2,4,8').split(',').map(Number);
    const shapes = (arg('--shapes')?.split(',') as Shape[] | undefined) ?? SHAPES;
    const budgetS = Number(arg('--budget') ?? DEFAULT_BUDGET_S);
    const repeat = Math.max(1, Number(arg('--repeat') ?? 1));
    const allThreads = process.argv.includes('--all-threads');
    const rows: BenchRow[] = [];
    for (const shape of shapes) {
      // Rounds over all sizes, ascending then descending (scaling-rounds.ts); once a size went over budget
      // (or was skipped), every larger size is skipped from then on.
      const repeats: RunResult[][] = sizesMb.map(() => []);
      for (let round = 0; round < repeat; round++) {
        for (const i of roundOrder(round, sizesMb.length)) {
          const sizeRuns = repeats[i] as RunResult[];
          if (i > 0 && (repeats[i - 1] ?? []).some((r) => !r.complete)) {
            sizeRuns.push({ steps: new Map(), complete: false, skipped: true });
            continue;
          }
          sizeRuns.push(runChild(shape, Math.round((sizesMb[i] as number) * MB), budgetS, allThreads));
        }
      }
      const runs = repeats.map(combineRuns);
      runs.forEach((r, i) => {
        const total = [...r.steps.values()].reduce((n, s) => n + s.cpuMs, 0);
        if (r.complete) {
          rows.push({
            section: 'scaling',
            name: `${shape} ${sizesMb[i]} MB end to end`,
            value: total / 1000,
            unit: 'CPU s',
            ...(repeat > 1 ? { note: `median of ${repeat} runs per step` } : {}),
          });
        }
      });
      printShape(shape, sizesMb, runs, repeats, budgetS);
    }
    return rows;
  },
};
