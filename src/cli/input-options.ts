/** The input options `analyze` and `ingest` share (reading, decoding, fetching): declared once for both. */
import type { Command } from 'commander';

/** Adds the options that say how inputs are read: publication date, size cap, encoding, fetching. */
export function inputOptions(command: Command): Command {
  return command
    .option('--published <date>', 'publication date (ISO 8601) for inputs that carry none')
    .option('--max-bytes <size>', 'largest input accepted, e.g. 250MB (default 32MiB)')
    .option('--encoding <label>', 'decode inputs with this encoding instead of detecting it')
    .option(
      '--fetch-timeout <seconds>',
      'total time for one URL: connect, headers and whole body (default 60)',
    )
    .option('--allow-private', 'allow fetching loopback and private addresses (off: SSRF protection)')
    .option(
      '--allow-link-local',
      'allow fetching link-local addresses and cloud metadata endpoints (169.254.169.254, fd00:ec2::254); never implied by --allow-private',
    );
}
