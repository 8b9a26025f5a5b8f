/**
 * A Stage is "just a glorified function" (CoreNLP's Annotator): it reads the
 * layers it `requires` and adds the layers it `provides`.
 *
 * Stages are registered as descriptors (name, requires, provides and a lazy
 * `load`), so a pipeline can be checked without importing any stage module, and
 * commands that don't need models start fast.
 */
import type { Document } from '../model/document.js';
import type { LayerName } from '../model/layers.js';

export interface StageContext {
  /** ISO date given by the caller (`--published`) for documents whose input carries none. */
  readonly published?: string;
}

/** Lines of the human report that one stage contributes. */
export interface ReportSection {
  readonly title: string;
  readonly lines: readonly string[];
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  /** Adds this stage's layers to `doc`. Must not change `doc.text`. */
  run(doc: Document, ctx: StageContext): void;
  /** The stage's section of the human report, when it has one. */
  report?(doc: Document): ReportSection | undefined;
}

export interface StageDescriptor {
  readonly name: string;
  readonly description: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  /** Imports the stage module and loads its model; called once per pipeline. */
  load(): Promise<Stage>;
}
