/** The CLI as a process, from the sources (for tests that need real pipes and exit codes: `tsx test/helpers/run-cli.ts analyze …`). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
