/** The `statementTimes` layer: when each statement was made, aligned with the quotes layer by statement ID. */

export interface StatementTime {
  readonly statementId: string;
  /** TimeML value (`2024-11-07`); the publication date for 'reported-on'; absent when neither is known. */
  readonly value?: string;
  /** 'stated': a time expression of the statement's sentence; 'reported-on': the publication date; 'unknown'. */
  readonly basis: 'stated' | 'reported-on' | 'unknown';
  /** The timex that dates it, for 'stated'. */
  readonly timexId?: string;
}

declare module '../../model/layers.js' {
  interface LayerMap {
    statementTimes: readonly StatementTime[];
  }
}
