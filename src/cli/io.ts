/** Output streams of a command, injectable so commands can be tested without a process. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** Exit codes: 0 all good, 1 some inputs failed (the rest was written), 2 the command could not run. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * A reader that stops early (`verbatim analyze … | head`) closes the pipe: the next write fails with
 * EPIPE. That is not an error of the run: exit quietly (with the code so far) instead of a stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  // First in line: another listener (a pipe's) may rethrow before this one runs.
  stream.prependListener('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE')
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK);
    // Any other error is not ours to hide: rethrow unless another listener handles it.
    if (stream.listenerCount('error') === 1) throw error;
  });
}

const guarded = new WeakSet<NodeJS.WriteStream>();
