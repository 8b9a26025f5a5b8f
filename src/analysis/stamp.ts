/** Provenance of an analysis: the producer stamp (version, stages, model hashes) and the document record. */
import type { Document } from '../model/document.js';
import { hash53 } from '../model/ids.js';
import { modelsRead } from '../model/provenance.js';
import type { DocumentRecord, Producer } from './document-schema.js';
import { VERBATIM_VERSION } from './version.js';

/** Who made an analysis: this Verbatim, these stages, the model files read so far in this process. */
export function producerStamp(stages: readonly string[]): Producer {
  return {
    name: 'verbatim',
    version: VERBATIM_VERSION,
    stages: [...stages],
    models: modelsRead().map((m) => ({ file: m.file, hash: m.hash, bytes: m.bytes })),
  };
}

/** One string that changes when the version, the stages or any model changes: when to re-analyse. */
export function pipelineVersion(producer: Producer): string {
  const models = producer.models.map((m) => `${m.file}=${m.hash}`);
  return `p_${hash53([producer.version, ...producer.stages, ...models].join('\n'))}`;
}

export function documentRecord(doc: Document, producer: Producer): DocumentRecord {
  const m = doc.meta;
  return {
    id: doc.id,
    version: doc.version,
    ...(m.source ? { source: m.source } : {}),
    ...(m.url ? { url: m.url } : {}),
    ...(m.title ? { title: m.title } : {}),
    ...(m.authors?.length ? { authors: [...m.authors] } : {}),
    ...(m.site ? { site: m.site } : {}),
    ...(m.language ? { language: m.language } : {}),
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    ...(m.publishedAtSource ? { publishedAtBasis: m.publishedAtSource } : {}),
    ...(m.encoding ? { encoding: m.encoding } : {}),
    extractor: m.extractor ?? 'text',
    pipeline: pipelineVersion(producer),
  };
}
