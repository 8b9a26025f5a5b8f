/** Runs the CLI from the TypeScript sources in a child process (the fault tests kill it). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
