/**
 * Pipelines: an ordered list of stages, checked when built.
 *
 * Building fails with E_PIPELINE_MISSING_LAYER when a stage requires a layer no
 * earlier stage provides, naming the stage that would provide it (CoreNLP's
 * requirement check). Running records each stage's time per document.
 */
import type { Document } from '../model/document.js';
import { VerbatimError } from '../model/errors.js';
import { INGEST_LAYERS, type LayerName } from '../model/layers.js';
import type { Stage, StageContext, StageDescriptor } from './stage.js';

export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** Checks the order of `stages`; throws a typed error naming the first unmet requirement. */
export function checkStageOrder(
  stages: readonly StageDescriptor[],
  registry: readonly StageDescriptor[],
): void {
  const available = new Set<LayerName>(INGEST_LAYERS);
  const seen = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (available.has(layer)) continue;
      const provider = registry.find((s) => s.provides.includes(layer));
      const fix = provider
        ? `add stage '${provider.name}' (it provides '${String(layer)}') before '${stage.name}'`
        : `no registered stage provides '${String(layer)}'`;
      throw new VerbatimError(
        'E_PIPELINE_MISSING_LAYER',
        `stage '${stage.name}' requires layer '${String(layer)}', which no earlier stage provides`,
        { hint: fix },
      );
    }
    for (const layer of stage.provides) {
      const other = seen.get(layer);
      if (other) {
        throw new VerbatimError(
          'E_PIPELINE_DUPLICATE_LAYER',
          `stages '${other}' and '${stage.name}' both provide layer '${String(layer)}'`,
        );
      }
      seen.set(layer, stage.name);
      available.add(layer);
    }
  }
}

/**
 * The stages needed for `targets`, with everything they require, in registry order.
 * Unknown names fail with E_PIPELINE_UNKNOWN_STAGE.
 */
export function resolveStages(
  targets: readonly string[],
  registry: readonly StageDescriptor[],
): StageDescriptor[] {
  const wanted = new Set<string>();
  const visit = (name: string): void => {
    if (wanted.has(name)) return;
    const stage = registry.find((s) => s.name === name);
    if (!stage) {
      throw new VerbatimError('E_PIPELINE_UNKNOWN_STAGE', `unknown stage '${name}'`, {
        hint: `known stages: ${registry.map((s) => s.name).join(', ') || '(none)'}`,
      });
    }
    wanted.add(name);
    for (const layer of stage.requires) {
      if (INGEST_LAYERS.includes(layer)) continue;
      const provider = registry.find((s) => s.provides.includes(layer));
      if (provider) visit(provider.name);
    }
  };
  for (const t of targets) visit(t);
  return registry.filter((s) => wanted.has(s.name));
}

export class Pipeline {
  readonly stages: readonly Stage[];

  private constructor(stages: readonly Stage[]) {
    this.stages = stages;
  }

  /** Checks the order, then loads every stage (models included) once. */
  static async build(
    stages: readonly StageDescriptor[],
    registry: readonly StageDescriptor[],
  ): Promise<Pipeline> {
    checkStageOrder(stages, registry);
    const loaded: Stage[] = [];
    for (const d of stages) loaded.push(await d.load());
    return new Pipeline(loaded);
  }

  /** Builds a pipeline from already loaded stages (tests, custom embeddings). */
  static fromStages(stages: readonly Stage[]): Pipeline {
    const descriptors = stages.map((s) => ({ ...s, description: '', load: async () => s }));
    checkStageOrder(descriptors, descriptors);
    return new Pipeline(stages);
  }

  /** Runs every stage over `doc` in order; returns per-stage wall time in milliseconds. */
  run(doc: Document, ctx: StageContext = {}): StageTiming[] {
    const timings: StageTiming[] = [];
    for (const stage of this.stages) {
      const t0 = performance.now();
      stage.run(doc, ctx);
      timings.push({ stage: stage.name, ms: performance.now() - t0 });
    }
    return timings;
  }
}
