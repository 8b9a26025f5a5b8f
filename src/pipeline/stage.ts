/**
 * A Stage is "just a glorified function" (CoreNLP's Annotator): it reads layers and adds the
 * layers it provides.
 *
 * What a stage reads and writes is its contract, declared once, on its descriptor: the layers it
 * `requires` (it cannot run without them), the layers it `uses` when present (optional inputs:
 * it runs without them, less well, and the analysis says so in its warnings) and the layers it
 * `provides`. Descriptors carry a lazy `load`, so a pipeline is checked without importing any
 * stage module and commands that don't need models start fast. The loaded Stage is behaviour
 * only: it repeats none of the contract.
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

/** What a stage reads and writes, declared in one place: its descriptor. */
export interface StageContract {
  /** Layers the stage cannot run without; their providers run first. */
  readonly requires: readonly LayerName[];
  /** Layers the stage reads when present (optional inputs); their providers run first when registered. */
  readonly uses: readonly LayerName[];
  /** Layers the stage adds. */
  readonly provides: readonly LayerName[];
}

/** A loaded stage: behaviour only; its name and contract are on its descriptor. */
export interface Stage {
  /** Adds the descriptor's `provides` layers to `doc`. Must not change `doc.text`. */
  run(doc: Document, ctx: StageContext): void;
  /** The stage's section of the human report, when it has one. */
  report?(doc: Document): ReportSection | undefined;
}

export interface StageDescriptor extends StageContract {
  readonly name: string;
  readonly description: string;
  /** Imports the stage module and loads its model; called once per pipeline. */
  load(): Promise<Stage>;
}
