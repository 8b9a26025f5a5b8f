#!/usr/bin/env node
// Entry point of the `verbatim` command. The TypeScript sources are compiled to
// dist/ by `npm ci` (the `prepare` step); this file only starts them.
import { existsSync } from 'node:fs';

// A batch allocates a few MB of short-lived layers per article; V8's default heap growth lets dead
// articles pile up to ~2× the live heap before a full collection (peak RSS ~370 MB over 840 PolNeAR
// articles). Growing the heap by at most 30 % at a time collects them sooner: ~260 MB, same speed
// (docs/architecture.md). A soft setting: the heap still grows as far as a large input needs.
const HEAP_GROWING_PERCENT = 30;
// The young generation otherwise doubles up to 2 × 16 MB semi-spaces, kept for the whole batch. A
// growth factor of 1 keeps it at its first size (V8 reads this flag when it grows new space, so it
// acts when set here; `--max-semi-space-size` is read only at start and would need a re-exec):
// peak RSS over 200 PolNeAR articles 272 → 251 MB, as `node --max-semi-space-size=2` (253 MB), with
// no measurable CPU cost (docs/architecture.md). Starting a worker thread resets this flag for the
// whole process: the analysis threads set these flags again (src/runtime/v8-flags.ts).
const SEMI_SPACE_GROWTH_FACTOR = 1;

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'error: Verbatim is not built yet; fix: run `npm ci` (or `npm run build`) in the repository\n',
  );
  process.exit(2);
}
const { applyV8Flags } = await import(new URL('../dist/runtime/v8-flags.js', import.meta.url).href);
applyV8Flags([
  `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
  `--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`,
]);
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv);
