/**
 * Pipelines: an ordered list of stages, checked against their contracts when built (see
 * `contract.ts`). Running records each stage's time per document and, when a stage runs without
 * one of its optional inputs, says so in the document's warnings.
 */
import type { Document } from '../model/document.js';
import type { LayerName } from '../model/layers.js';
import { checkStageOrder, missingOptionalInputs, optionalInputWarning } from './contract.js';
import type { Stage, StageContext, StageDescriptor } from './stage.js';

export { checkStageOrder, optionalInputWarning, resolveStages } from './contract.js';

export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

export interface PipelineOptions {
  /**
   * The stages were resolved with optional inputs skipped on request: the warnings say so, instead
   * of saying that no stage provides them.
   */
  readonly skipOptional?: boolean;
}

/** A loaded stage with its descriptor (name and contract) and the warnings it may need to give. */
export interface PipelineStage {
  readonly descriptor: StageDescriptor;
  readonly stage: Stage;
  /** Optional inputs no earlier stage provides, each with the warning to give when it is absent. */
  readonly missing: readonly { readonly layer: LayerName; readonly warning: string }[];
}

export class Pipeline {
  readonly stages: readonly PipelineStage[];

  private constructor(stages: readonly PipelineStage[]) {
    this.stages = stages;
  }

  /** Checks the order, then loads every stage (models included) once. */
  static async build(
    stages: readonly StageDescriptor[],
    registry: readonly StageDescriptor[],
    options: PipelineOptions = {},
  ): Promise<Pipeline> {
    checkStageOrder(stages, registry);
    const missing = missingOptionalInputs(stages, registry, options.skipOptional ?? false);
    const loaded: PipelineStage[] = [];
    for (const descriptor of stages) {
      loaded.push({
        descriptor,
        stage: await descriptor.load(),
        missing: (missing.get(descriptor.name) ?? []).map(({ layer, reason }) => ({
          layer,
          warning: optionalInputWarning(descriptor.name, layer, reason),
        })),
      });
    }
    return new Pipeline(loaded);
  }

  /** Runs every stage over `doc` in order; returns per-stage wall time in milliseconds. */
  run(doc: Document, ctx: StageContext = {}): StageTiming[] {
    const timings: StageTiming[] = [];
    for (const { descriptor, stage, missing } of this.stages) {
      for (const m of missing) if (doc.layers[m.layer] === undefined) doc.warnings.push(m.warning);
      const t0 = performance.now();
      stage.run(doc, ctx);
      timings.push({ stage: descriptor.name, ms: performance.now() - t0 });
    }
    return timings;
  }
}
