/**
 * Checking and resolving stage contracts (requires / uses / provides) when a pipeline is built,
 * after CoreNLP's requirement check: a failure names the layer, the stage that wants it and the
 * stage that would provide it.
 */
import { VerbatimError } from '../model/errors.js';
import { INGEST_LAYERS, type LayerName } from '../model/layers.js';
import type { StageDescriptor } from './stage.js';

/** Why a stage ran without one of its optional inputs. */
export type MissingReason = 'skipped on request' | 'no stage in this pipeline provides it';

/** The warning an analysis carries when `stage` ran without its optional input `layer` (stable wording). */
export function optionalInputWarning(stage: string, layer: LayerName, reason: MissingReason): string {
  return `stage '${stage}' ran without its optional input '${String(layer)}' (${reason})`;
}

function providerOf(layer: LayerName, registry: readonly StageDescriptor[]): StageDescriptor | undefined {
  return registry.find((s) => s.provides.includes(layer));
}

/**
 * Checks the order of `stages` against their contracts; throws a typed error naming the first
 * problem: a required layer no earlier stage provides (E_PIPELINE_MISSING_LAYER), an optional
 * input no registered stage provides (E_PIPELINE_UNKNOWN_LAYER) or whose provider in the pipeline
 * comes after its user (E_PIPELINE_ORDER), two providers of one layer (E_PIPELINE_DUPLICATE_LAYER).
 */
export function checkStageOrder(
  stages: readonly StageDescriptor[],
  registry: readonly StageDescriptor[],
): void {
  const available = new Set<LayerName>(INGEST_LAYERS);
  const seen = new Map<LayerName, string>();
  stages.forEach((stage, at) => {
    for (const layer of stage.requires) {
      if (available.has(layer)) continue;
      const provider = providerOf(layer, registry);
      const fix = provider
        ? `add stage '${provider.name}' (it provides '${String(layer)}') before '${stage.name}'`
        : `no registered stage provides '${String(layer)}'`;
      throw new VerbatimError(
        'E_PIPELINE_MISSING_LAYER',
        `stage '${stage.name}' requires layer '${String(layer)}', which no earlier stage provides`,
        { hint: fix },
      );
    }
    for (const layer of stage.uses) {
      if (available.has(layer)) continue;
      if (!providerOf(layer, registry) && !providerOf(layer, stages)) {
        throw new VerbatimError(
          'E_PIPELINE_UNKNOWN_LAYER',
          `stage '${stage.name}' uses layer '${String(layer)}', which no registered stage provides`,
        );
      }
      const later = stages.slice(at + 1).find((s) => s.provides.includes(layer));
      if (later) {
        throw new VerbatimError(
          'E_PIPELINE_ORDER',
          `stage '${stage.name}' uses layer '${String(layer)}', which stage '${later.name}' provides only after it`,
          { hint: `put stage '${later.name}' before '${stage.name}'` },
        );
      }
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
  });
}

export interface ResolveOptions {
  /** Leave out the providers of optional inputs (`uses`); default false: they run too. */
  readonly skipOptional?: boolean;
}

/**
 * The stages needed for `targets` — with everything they require and, unless `skipOptional`,
 * everything they use — in registry order. Unknown names fail with E_PIPELINE_UNKNOWN_STAGE.
 */
export function resolveStages(
  targets: readonly string[],
  registry: readonly StageDescriptor[],
  options: ResolveOptions = {},
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
    const inputs = options.skipOptional ? stage.requires : [...stage.requires, ...stage.uses];
    for (const layer of inputs) {
      if (INGEST_LAYERS.includes(layer)) continue;
      const provider = providerOf(layer, registry);
      if (provider) visit(provider.name);
    }
  };
  for (const t of targets) visit(t);
  return registry.filter((s) => wanted.has(s.name));
}

/**
 * For each stage of a checked pipeline, its optional inputs that no earlier stage provides, with
 * the reason: left out on request (`skipOptional` and a registered provider exists) or absent.
 */
export function missingOptionalInputs(
  stages: readonly StageDescriptor[],
  registry: readonly StageDescriptor[],
  skipOptional: boolean,
): ReadonlyMap<string, readonly { layer: LayerName; reason: MissingReason }[]> {
  const available = new Set<LayerName>(INGEST_LAYERS);
  const out = new Map<string, { layer: LayerName; reason: MissingReason }[]>();
  for (const stage of stages) {
    const missing = stage.uses
      .filter((layer) => !available.has(layer))
      .map((layer) => ({
        layer,
        reason: (skipOptional && providerOf(layer, registry)
          ? 'skipped on request'
          : 'no stage in this pipeline provides it') as MissingReason,
      }));
    if (missing.length) out.set(stage.name, missing);
    for (const layer of stage.provides) available.add(layer);
  }
  return out;
}
