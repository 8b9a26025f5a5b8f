/**
 * The entity tagger alone: model load time and tokens/second of `tagDocument`
 * on the corpus, pre-tokenised (a cheap regex split, sentences at . ! ?), so the
 * number excludes tokenisation and sentence splitting.
 */

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { NER_MODEL_URL } from '../../src/stages/entities/tagger/load.js';
import { decodeModel, taggerFromParts } from '../../src/stages/entities/tagger/model-io.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

/** One untimed pass so the JIT has compiled the hot paths before we measure. */
const WARMUP_PASSES = 1;
const TIMED_PASSES = 3;

function sentencesOf(text: string): string[][] {
  const tokens = text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokens) {
    cur.push(t);
    if (t === '.' || t === '!' || t === '?') {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

export const nerTaggerSuite: BenchSuite = {
  name: 'ner-tagger',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const t0 = performance.now();
    const load0 = process.cpuUsage();
    const bytes = readFileSync(fileURLToPath(NER_MODEL_URL));
    const tagger = taggerFromParts(decodeModel(bytes));
    const loadMs = performance.now() - t0;
    const loadCpu = process.cpuUsage(load0);
    const loadCpuMs = (loadCpu.user + loadCpu.system) / 1000;
    const docs = corpus.texts.map((t) => sentencesOf(t.text));
    const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
    for (let i = 0; i < WARMUP_PASSES; i++) for (const d of docs) tagger.tagDocument(d);
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < TIMED_PASSES; i++) for (const d of docs) tagger.tagDocument(d);
    const ms = performance.now() - t1;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return [
      {
        section: 'ner',
        name: 'tagger model load',
        value: loadMs,
        unit: 'ms',
        note: `${(bytes.length / 1e6).toFixed(1)} MB gzip; ${loadCpuMs.toFixed(0)} ms CPU`,
      },
      {
        section: 'ner',
        name: 'tagger alone',
        value: (tokens * TIMED_PASSES) / (ms / 1000),
        unit: 'tokens/s',
        note: `${tokens} tokens, one core`,
      },
      {
        section: 'ner',
        name: 'tagger alone (CPU time)',
        value: (tokens * TIMED_PASSES) / (cpuMs / 1000),
        unit: 'tokens/s',
        note: 'per second of process CPU time: robust to a busy machine',
      },
    ];
  },
};
