#!/usr/bin/env node
// Entry point of the `verbatim` command. The TypeScript sources are compiled to
// dist/ by `npm ci` (the `prepare` script); this file only starts them.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'error: Verbatim is not built yet; fix: run `npm ci` (or `npm run build`) in the repository\n',
  );
  process.exit(2);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv);
