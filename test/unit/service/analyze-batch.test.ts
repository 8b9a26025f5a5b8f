import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/analyzer.js';
import { analyzeBatch } from '../../../src/service/analyze-batch.js';
import type { BatchInput, BatchProgress, BatchResult } from '../../../src/service/types.js';

const analyzer = await Analyzer.create({ stages: ['quotes'] });

async function collect(inputs: BatchInput[], options: Partial<Parameters<typeof analyzeBatch>[1]> = {}) {
  const events: BatchProgress[] = [];
  const results: BatchResult[] = [];
  for await (const r of analyzeBatch(inputs, { analyzer, onProgress: (e) => events.push(e), ...options })) {
    results.push(r);
  }
  return { results, events };
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-service-'));
  writeFileSync(join(dir, 'a.txt'), 'Port strike\nThe strike will go on, the union said on Monday.\n');
  writeFileSync(join(dir, 'b.txt'), '');
  writeFileSync(join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'd.txt'), '"We are ready," the minister said.\n');
  return dir;
}

describe('analyzeBatch', () => {
  it('yields one result per document in input order, a typed error for each bad input, and goes on', async () => {
    const dir = corpus();
    const { results } = await collect([
      { kind: 'source', source: dir },
      { kind: 'source', source: join(dir, 'missing.txt') },
      { kind: 'text', source: 'api:1', input: { text: 'Talks resumed, officials said.' } },
    ]);
    expect(results.map((r) => [r.source.split('/').pop(), r.ok])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
      ['c.txt', false],
      ['d.txt', true],
      ['missing.txt', false],
      ['api:1', true],
    ]);
    const codes = results.flatMap((r) => (r.ok ? [] : [r.error.code]));
    expect(codes).toEqual(['E_INPUT_EMPTY', 'E_INPUT_BINARY', 'E_INPUT_NOT_FOUND']);
    const d = results[3];
    expect(d?.ok && d.document.layers.quotes?.statements.length).toBe(1);
  });

  it('reports the total, then each input with what it gave', async () => {
    const dir = corpus();
    const { events } = await collect([{ kind: 'source', source: dir }]);
    expect(events[0]).toEqual({ type: 'start', total: 4 });
    expect(events.slice(1).map((e) => (e.type === 'input' ? [e.done, e.analysed, e.failed] : []))).toEqual([
      [1, 1, 0],
      [2, 0, 1],
      [3, 0, 1],
      [4, 1, 0],
    ]);
  });

  it('gives the same results whatever the concurrency', async () => {
    const dir = corpus();
    const ids = async (concurrency: number) =>
      (await collect([{ kind: 'source', source: dir }], { concurrency })).results.map((r) =>
        r.ok ? r.document.id : r.error.code,
      );
    expect(await ids(1)).toEqual(await ids(8));
  });

  it('stops reading new inputs once aborted', async () => {
    const dir = corpus();
    const controller = new AbortController();
    const seen: BatchResult[] = [];
    for await (const r of analyzeBatch([{ kind: 'source', source: dir }], {
      analyzer,
      concurrency: 1,
      signal: controller.signal,
    })) {
      seen.push(r);
      controller.abort();
    }
    expect(seen).toHaveLength(1);
  });

  it('applies the publication date to documents without one', async () => {
    const { results } = await collect(
      [{ kind: 'text', source: 'x', input: { text: 'On Monday, the minister said the port would reopen.' } }],
      { published: '2024-11-08' },
    );
    const r = results[0];
    expect(r?.ok && r.document.meta).toMatchObject({
      publishedAt: '2024-11-08',
      publishedAtSource: 'option',
    });
  });
});
