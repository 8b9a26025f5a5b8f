/**
 * The browser entry's model loading, run in Node (which has fetch and DecompressionStream too): models fetched
 * over HTTP give the same analysis as models read from disk, and MODEL_FILES lists exactly the files the
 * default pipeline reads. The real browser run is chromium.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze as nodeAnalyze } from '../../src/analyzer.js';
import { loadModels, MODEL_FILES } from '../../src/browser.js';
import { VerbatimError } from '../../src/model/errors.js';
import { FILE_MODEL_SOURCE, modelFileName, setModelSource } from '../../src/runtime/model-file.js';
import { type StaticServer, startStaticServer } from './static-server.js';

const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');

/** The analysis as plain JSON (timings are left out by default, so two runs compare whole). */
function comparable(a: unknown): unknown {
  return JSON.parse(JSON.stringify(a));
}

let server: StaticServer;
/** The sample analysed with models read from files (first test), before any stage has cached a model. */
let fromFiles: unknown;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  setModelSource(FILE_MODEL_SOURCE);
  await server.close();
});

describe('browser entry: models over HTTP', () => {
  it('MODEL_FILES is exactly what the default pipeline reads', async () => {
    const read = new Set<string>();
    setModelSource({
      readSync(url, what) {
        read.add(modelFileName(url));
        return FILE_MODEL_SOURCE.readSync(url, what);
      },
      read(url, what) {
        read.add(modelFileName(url));
        return FILE_MODEL_SOURCE.read(url, what);
      },
    });
    try {
      fromFiles = comparable(await nodeAnalyze(SAMPLE));
    } finally {
      setModelSource(FILE_MODEL_SOURCE);
    }
    expect([...read].sort()).toEqual([...MODEL_FILES].sort());
  });

  it('a missing model folder is E_MODEL_MISSING naming the URL', async () => {
    const error = await loadModels({ baseUrl: `${server.url}nowhere` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerbatimError);
    expect((error as VerbatimError).code).toBe('E_MODEL_MISSING');
    expect((error as VerbatimError).file).toMatch(/\/nowhere\/[a-z-]+\./);
  });

  it('analyses the sample the same with fetched models as with files', async () => {
    expect(fromFiles).toBeDefined();
    // Fresh module instances: no stage has a model cached, so every model comes from the fetched source.
    vi.resetModules();
    const web = await import('../../src/browser.js');
    const fetched: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    await web.loadModels({ baseUrl: `${server.url}models`, fetch: countingFetch });
    expect(fetched.map((u) => u.slice(u.lastIndexOf('/') + 1)).sort()).toEqual([...MODEL_FILES].sort());
    const fromFetch = comparable(await web.analyze(SAMPLE));
    expect(fromFetch).toEqual(fromFiles);
  });

  it('in Node, the default (file:) models folder is read from disk', async () => {
    vi.resetModules();
    const web = await import('../../src/browser.js');
    expect(comparable(await web.analyze(SAMPLE))).toEqual(fromFiles);
  });
});
