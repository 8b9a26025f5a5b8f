/** Worker logs: one JSON object per line (time, level, event, job id and queue when there is one). */
export interface LogFields {
  readonly job?: string;
  readonly queue?: string;
  readonly [key: string]: unknown;
}

export type Log = (level: 'info' | 'warn' | 'error', event: string, fields?: LogFields) => void;

export function jsonLog(out: { write(chunk: string): unknown }): Log {
  return (level, event, fields = {}) => {
    out.write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };
}

/** A log that keeps nothing (library use without a stream). */
export const silentLog: Log = () => undefined;
