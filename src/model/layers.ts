/**
 * Annotation layers: the typed map from layer name to the data a stage adds.
 *
 * Each stage module adds its own layer type by declaration merging, so the map
 * grows with the pipeline without one central file importing every stage:
 *
 *     declare module '../../model/layers.js' {
 *       interface LayerMap { tokens: readonly Token[] }
 *     }
 *
 * `blocks` is built in: ingestion provides it for every document.
 */
import type { Block } from './document.js';

export interface LayerMap {
  blocks: readonly Block[];
}

export type LayerName = keyof LayerMap;

/** The layers ingestion provides before any stage runs. */
export const INGEST_LAYERS: readonly LayerName[] = ['blocks'];
