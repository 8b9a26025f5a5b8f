import { describe, expect, it } from 'vitest';
import { createDocument, getLayer } from '../../src/model/document.js';
import { VerbatimError } from '../../src/model/errors.js';
import type { LayerName } from '../../src/model/layers.js';
import { checkStageOrder, Pipeline, resolveStages } from '../../src/pipeline/pipeline.js';
import type { Stage, StageDescriptor } from '../../src/pipeline/stage.js';

// Test-only layers: the pipeline is generic over layer names.
declare module '../../src/model/layers.js' {
  interface LayerMap {
    testA: number;
    testB: number;
  }
}

function stage(name: string, requires: LayerName[], provides: LayerName[]): Stage & StageDescriptor {
  const s: Stage & StageDescriptor = {
    name,
    description: name,
    requires,
    provides,
    run: (doc) => {
      for (const p of provides) (doc.layers as Record<string, unknown>)[p] = name.length;
    },
    load: async () => s,
  };
  return s;
}

const a = stage('a', ['blocks'], ['testA']);
const b = stage('b', ['testA'], ['testB']);

describe('pipeline build-time checks', () => {
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

  it('runs stages in order and times each', async () => {
    const p = await Pipeline.build([a, b], [a, b]);
    const doc = createDocument('Hello.', []);
    const timings = p.run(doc);
    expect(timings.map((t) => t.stage)).toEqual(['a', 'b']);
    expect(getLayer(doc, 'testB')).toBe(1);
  });

  it('fails with a typed error when reading an absent layer', () => {
    const doc = createDocument('Hello.', []);
    expect(() => getLayer(doc, 'testA')).toThrow(VerbatimError);
  });
});
