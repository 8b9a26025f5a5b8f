/** Runs the CLI from the TypeScript sources in a child process (the workers bench starts worker processes). */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv);
