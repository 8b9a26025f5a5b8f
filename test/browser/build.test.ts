import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { nodeOnlyImports } from '../../scripts/build-browser.js';

/** A metafile with one input and one output, importing the given paths. */
function meta(inputImports: string[], outputImports: { path: string; external: boolean }[]): Metafile {
  return {
    inputs: {
      'src/x.ts': {
        bytes: 1,
        imports: inputImports.map((path) => ({ path, kind: 'import-statement' as const })),
      },
    },
    outputs: {
      'dist/x.js': {
        bytes: 1,
        inputs: {},
        imports: outputImports.map((i) => ({ ...i, kind: 'import-statement' as const })),
        exports: [],
      },
    },
  } as unknown as Metafile;
}

describe('browser build check', () => {
  it.each([
    ['a bundled file importing node:zlib', meta(['node:zlib'], []), ['node:zlib']],
    ['a bare built-in (fs)', meta(['fs'], []), ['fs']],
    ['an import left external', meta([], [{ path: 'undici', external: true }]), ['undici']],
    ['only bundled packages', meta(['chrono-node', './a.js'], []), []],
  ])('%s', (_name, m, expected) => {
    expect(nodeOnlyImports(m)).toEqual(expected);
  });
});
