/**
 * What every model says about itself, in its file header (the model container) and in its `models/*.meta.json`:
 * one zod schema for both, so a model file and its meta can't describe a model differently.
 */
import { z } from 'zod';
import { CHECKSUM_PATTERN, checksum } from './checksum.js';

export const MODEL_META_SCHEMA = 'verbatim.model-meta/1';

const Record = z.record(z.string(), z.unknown());

/** Name, version and provenance of a model: what trained it, on what, with which settings, scoring what. */
export const ModelInfoSchema = z.object({
  /** The model's name: its file name under models/ without extensions (`ner`, `pos-ewt`). */
  name: z.string().min(1),
  /** The model's version: bumped when it is retrained (`2026-12-06.1`). */
  version: z.string().min(1),
  /** What the model does, in one line. */
  task: z.string().min(1),
  /** The command that rebuilds it (`npx tsx scripts/train-ner.ts --with-valid`). */
  builtBy: z.string().min(1),
  /** Training data: files under ../shared/data, packages, counts. */
  data: Record,
  /** Training settings (epochs, seeds, thresholds…). */
  settings: Record,
  /** Scores measured on data the model was not trained on (dev, held-out checks), with where they come from. */
  scores: Record,
  /** Wall-clock seconds the build took (absent for models converted from an older file). */
  trainSeconds: z.number().nonnegative().optional(),
});
export type ModelInfo = z.infer<typeof ModelInfoSchema>;

/** A `models/<name>.meta.json`: the model's info plus the file it describes, its size and checksum. */
export const ModelMetaSchema = ModelInfoSchema.extend({
  schema: z.literal('verbatim.model-meta/1'),
  /** The model file, relative to models/. */
  file: z.string().min(1),
  /** Size of the file as stored. */
  bytes: z.number().int().positive(),
  /** Checksum of the file as stored (src/learn/checksum.ts). */
  checksum: z.string().regex(CHECKSUM_PATTERN),
}).strict();
export type ModelMeta = z.infer<typeof ModelMetaSchema>;

/** The meta of model file `file` (relative to models/) with contents `bytes` as stored, checked against the schema. */
export function modelMeta(info: ModelInfo, file: string, bytes: Uint8Array): ModelMeta {
  return ModelMetaSchema.parse({
    schema: MODEL_META_SCHEMA,
    ...info,
    file,
    bytes: bytes.byteLength,
    checksum: checksum(bytes),
  });
}

/** The meta as written to `models/<name>.meta.json`. */
export function modelMetaJson(meta: ModelMeta): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}
