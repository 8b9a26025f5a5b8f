/**
 * One side of an in-process A/B: `name=DIR[:stage,stage]` loads DIR's Analyzer (its TypeScript sources, through
 * tsx) with the listed stages left out, as `BENCH_SKIP_STAGES` does in bench/suites/pipeline.ts. Leaving out the
 * stages an older checkout lacks (`:acts,claims`) compares every stage in the same pipeline on both sides: a
 * stage's time depends on what the stages after it leave on the heap for the next document.
 */
import { join, resolve } from 'node:path';

export interface LoadedSide<R> {
  readonly name: string;
  readonly analyzer: R;
}

export async function loadSide<R>(spec: string): Promise<LoadedSide<R>> {
  const [name, rest] = spec.split('=') as [string, string];
  const [dir, skipList] = rest.split(':') as [string, string | undefined];
  const root = resolve(dir);
  const skip = skipList ? skipList.split(',') : [];
  const { Analyzer } = (await import(join(root, 'src', 'analyzer.ts'))) as {
    Analyzer: { create(options: object): Promise<R> };
  };
  let options = {};
  if (skip.length) {
    const { STAGE_REGISTRY } = await import(join(root, 'src', 'stages', 'registry.ts'));
    const stages = (STAGE_REGISTRY as { name: string }[]).map((d) => d.name).filter((n) => !skip.includes(n));
    options = { stages, skipOptional: true };
  }
  return { name, analyzer: await Analyzer.create(options) };
}
