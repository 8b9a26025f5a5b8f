/** What crosses between the analysis pool and its worker threads: plain, structured-clone-able data. */
import type { AnalyzeInput } from '../../analyzer.js';
import type { ErrorCode } from '../../model/errors.js';
import type { PreparedArticle, SourceRef } from '../core/types.js';
import type { ThreadBusy } from './thread-clock.js';

export type WorkerTask =
  | { readonly kind: 'analyze'; readonly input: AnalyzeInput; readonly include?: readonly string[] }
  | { readonly kind: 'prepare'; readonly input: AnalyzeInput; readonly source: SourceRef };

export interface TaskError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string;
  readonly file?: string;
}

export type TaskOutcome = (
  | { readonly ok: true; readonly value: string | PreparedArticle }
  | { readonly ok: false; readonly error: TaskError }
) & { readonly busy: ThreadBusy };
