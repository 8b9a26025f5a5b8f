/**
 * Builds the browser bundle dist/verbatim.browser.js (ES module, minified, with a source map) from
 * src/browser.ts with esbuild, and fails if anything in it would need Node: a `node:` import, a bare built-in
 * (`fs`, `zlib`…), or any import left unbundled. The bundle sits in dist/ beside dist/browser.js, so both find
 * the models at `../models/` by default. Run: `npm run build:browser` (tests build it themselves).
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BROWSER_BUNDLE = fileURLToPath(new URL('../dist/verbatim.browser.js', import.meta.url));

/** Every Node built-in by both of its names (`zlib`, `node:zlib`). */
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Imports the bundle would still make at run time, or that pulled a Node built-in in. */
export function nodeOnlyImports(meta: Metafile): string[] {
  const found = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const i of output.imports) if (i.external || NODE_BUILTINS.has(i.path)) found.add(i.path);
  }
  for (const input of Object.values(meta.inputs)) {
    for (const i of input.imports) if (NODE_BUILTINS.has(i.path)) found.add(i.path);
  }
  return [...found].sort();
}

/** Builds the bundle; throws naming the offending imports if it would need Node. */
export async function buildBrowserBundle(outfile = BROWSER_BUNDLE): Promise<{ bytes: number }> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/browser.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Class names stay readable in errors and stack traces.
    keepNames: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
  });
  const bad = nodeOnlyImports(result.metafile);
  if (bad.length > 0) throw new Error(`the browser bundle must not import Node built-ins: ${bad.join(', ')}`);
  const out = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('.js'));
  return { bytes: out?.[1].bytes ?? 0 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bytes } = await buildBrowserBundle();
  console.log(`dist/verbatim.browser.js: ${(bytes / 1024).toFixed(0)} KiB`);
}
