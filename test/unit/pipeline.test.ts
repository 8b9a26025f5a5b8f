import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyzer.js';
import { main } from '../../src/cli/main.js';
import { createDocument, type Document, getLayer } from '../../src/model/document.js';
import { VerbatimError } from '../../src/model/errors.js';
import type { LayerName } from '../../src/model/layers.js';
import {
  checkStageOrder,
  optionalInputWarning,
  Pipeline,
  resolveStages,
} from '../../src/pipeline/pipeline.js';
import type { StageDescriptor } from '../../src/pipeline/stage.js';
import { STAGE_REGISTRY } from '../../src/stages/registry.js';

// Test-only layers: the pipeline is generic over layer names.
declare module '../../src/model/layers.js' {
  interface LayerMap {
    testA: number;
    testB: number;
    testC: number;
    testUnprovided: number;
  }
}

function stage(
  name: string,
  requires: LayerName[],
  provides: LayerName[],
  uses: LayerName[] = [],
): StageDescriptor {
  const loaded = {
    run: (doc: Document) => {
      for (const p of provides) (doc.layers as Record<string, unknown>)[p] = name.length;
    },
  };
  return { name, description: name, requires, uses, provides, load: async () => loaded };
}

const a = stage('a', ['blocks'], ['testA']);
const b = stage('b', ['testA'], ['testB']);
const c = stage('c', ['testA'], ['testC']);
/** Uses `testC` when present. */
const user = stage('user', ['testA'], ['testB'], ['testC']);
const registry = [a, c, user];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VerbatimError);
    return (error as VerbatimError).code;
  }
  return undefined;
}

describe('pipeline build-time checks: requires', () => {
  it('accepts stages in dependency order', () => {
    expect(() => checkStageOrder([a, b], [a, b])).not.toThrow();
  });

  it('names the missing layer and the stage that provides it', () => {
    try {
      checkStageOrder([b, a], [a, b]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VerbatimError);
      const e = error as VerbatimError;
      expect(e.code).toBe('E_PIPELINE_MISSING_LAYER');
      expect(e.message).toContain("'testA'");
      expect(e.hint).toContain("add stage 'a'");
    }
  });

  it('rejects two stages providing one layer', () => {
    expect(() => checkStageOrder([a, stage('a2', [], ['testA'])], [a])).toThrow(/both provide/);
  });

  it('resolves requirements of a target stage in registry order', () => {
    expect(resolveStages(['b'], [a, b]).map((s) => s.name)).toEqual(['a', 'b']);
    expect(() => resolveStages(['zzz'], [a, b])).toThrow(/unknown stage 'zzz'/);
  });
});

describe('pipeline build-time checks: uses (optional inputs)', () => {
  it('accepts a pipeline with or without the provider of an optional input', () => {
    expect(() => checkStageOrder([a, c, user], registry)).not.toThrow();
    expect(() => checkStageOrder([a, user], registry)).not.toThrow();
  });

  it('rejects a provider placed after the stage that uses its layer', () => {
    expect(codeOf(() => checkStageOrder([a, user, c], registry))).toBe('E_PIPELINE_ORDER');
    try {
      checkStageOrder([a, user, c], registry);
    } catch (error) {
      expect((error as VerbatimError).hint).toBe("put stage 'c' before 'user'");
    }
  });

  it('rejects an optional input that no registered stage provides', () => {
    const dangling = stage('dangling', ['testA'], ['testB'], ['testUnprovided']);
    expect(codeOf(() => checkStageOrder([a, dangling], [a, dangling]))).toBe('E_PIPELINE_UNKNOWN_LAYER');
  });

  it('adds the providers of optional inputs when resolving, unless asked not to', () => {
    expect(resolveStages(['user'], registry).map((s) => s.name)).toEqual(['a', 'c', 'user']);
    expect(resolveStages(['user'], registry, { skipOptional: true }).map((s) => s.name)).toEqual([
      'a',
      'user',
    ]);
  });
});

describe('running a pipeline', () => {
  it('runs stages in order and times each', async () => {
    const p = await Pipeline.build([a, b], [a, b]);
    const doc = createDocument('Hello.', []);
    const timings = p.run(doc);
    expect(timings.map((t) => t.stage)).toEqual(['a', 'b']);
    expect(getLayer(doc, 'testB')).toBe(1);
    expect(doc.warnings).toEqual([]);
  });

  it('warns when a stage runs without an optional input, saying why', async () => {
    const absent = await Pipeline.build([a, user], registry);
    const doc = createDocument('Hello.', []);
    absent.run(doc);
    expect(doc.warnings).toEqual([
      "stage 'user' ran without its optional input 'testC' (no stage in this pipeline provides it)",
    ]);
    const skipped = await Pipeline.build([a, user], registry, { skipOptional: true });
    const doc2 = createDocument('Hello.', []);
    skipped.run(doc2);
    expect(doc2.warnings).toEqual([optionalInputWarning('user', 'testC', 'skipped on request')]);
    expect(doc2.warnings[0]).toBe("stage 'user' ran without its optional input 'testC' (skipped on request)");
  });

  it('gives no warning when the optional input is present', async () => {
    const full = await Pipeline.build([a, c, user], registry);
    const doc = createDocument('Hello.', []);
    full.run(doc);
    expect(doc.warnings).toEqual([]);
  });

  it('fails with a typed error when reading an absent layer', () => {
    const doc = createDocument('Hello.', []);
    expect(() => getLayer(doc, 'testA')).toThrow(VerbatimError);
  });
});

describe("Verbatim's own stages", () => {
  it('declare contracts that check in registry order', () => {
    expect(() => checkStageOrder(STAGE_REGISTRY, STAGE_REGISTRY)).not.toThrow();
    const quotes = STAGE_REGISTRY.find((s) => s.name === 'quotes');
    expect(quotes?.uses).toEqual(['actors']);
  });

  it('`quotes` alone runs what it uses: speakers resolve to actors', async () => {
    const text =
      'Kremlin spokesperson Dmitry Peskov spoke on Monday.\n\n“We are ready,” Peskov said. He left.';
    const withActors = await Analyzer.create({ stages: ['quotes'] });
    expect(withActors.pipeline.stages.map((s) => s.descriptor.name)).toEqual([
      'tokens',
      'sentences',
      'pos',
      'entities',
      'actors',
      'quotes',
    ]);
    const { document } = withActors.run({ text });
    const statements = getLayer(document, 'quotes').statements;
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.speaker?.actorId !== undefined)).toBe(true);
    expect(document.warnings).toEqual([]);
  });

  it('`quotes` with optional inputs skipped runs without actors and says so', async () => {
    const bare = await Analyzer.create({ stages: ['quotes'], skipOptional: true });
    expect(bare.pipeline.stages.map((s) => s.descriptor.name)).toEqual(['tokens', 'sentences', 'quotes']);
    const { document } = bare.run({ text: '“We are ready,” Peskov said.' });
    expect(document.warnings).toEqual([
      "stage 'quotes' ran without its optional input 'actors' (skipped on request)",
    ]);
    expect(getLayer(document, 'quotes').statements.every((s) => s.speaker?.actorId === undefined)).toBe(true);
  });
});

/** Runs the CLI in-process; resolves to its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = { write: (s: string) => (out += s) };
  const code = await main(['node', 'verbatim', ...args], { stdout: sink, stderr: sink });
  return { code, out };
}

const SAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'putin-trump-ukraine.txt');

describe('the stage contract on the command line', () => {
  it('`verbatim stages` shows what each stage requires, uses and provides', async () => {
    const { code, out } = await cli('stages');
    expect(code).toBe(0);
    expect(out).toContain('requires: tokens, sentences; uses: actors; provides: quotes');
    expect(out).toContain('requires: tokens, sentences; uses: pos; provides: timexes');
    expect(out).toContain('requires: blocks; uses: -; provides: tokens');
  });

  it('`--stages quotes` resolves speakers on the sample; `--no-optional` skips actors and warns', async () => {
    const full = JSON.parse((await cli('analyze', SAMPLE, '--stages', 'quotes', '--format', 'json')).out);
    const statements = full.statements as { speaker?: { actorId?: string } }[];
    expect(statements.length).toBeGreaterThan(20);
    expect(statements.filter((s) => s.speaker?.actorId).length).toBeGreaterThan(statements.length / 2);
    expect(full.warnings).toEqual([]);
    const bare = JSON.parse(
      (await cli('analyze', SAMPLE, '--stages', 'quotes', '--no-optional', '--format', 'json')).out,
    );
    expect(bare.statements.some((s: { speaker?: { actorId?: string } }) => s.speaker?.actorId)).toBe(false);
    expect(bare.warnings).toEqual([optionalInputWarning('quotes', 'actors', 'skipped on request')]);
  });
});
