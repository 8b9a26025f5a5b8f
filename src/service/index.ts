export { analyzeBatch, DEFAULT_CONCURRENCY } from './analyze-batch.js';
export type {
  BatchFailure,
  BatchInput,
  BatchOptions,
  BatchProgress,
  BatchReadOptions,
  BatchResult,
  BatchSuccess,
} from './types.js';
