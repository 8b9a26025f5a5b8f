/** Runs the CLI from the TypeScript sources in a child process (the queue tests kill and signal it). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
