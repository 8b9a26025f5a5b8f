/**
 * The entity tagger alone: model load time and tokens/second of `tagDocument`
 * on the corpus, pre-tokenised (a cheap regex split, sentences at . ! ?), so the
 * number excludes tokenisation and sentence splitting. A peer row times, in the
 * same process, the same model scored from full per-token feature lists (the
 * method before per-word score caching), so the ratio survives a busy machine.
 */

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { addEmission, viterbi } from '../../src/stages/entities/tagger/decode.js';
import { N_LABELS } from '../../src/stages/entities/tagger/labels.js';
import { NER_MODEL_URL } from '../../src/stages/entities/tagger/load.js';
import { decodeModel, taggerFromParts } from '../../src/stages/entities/tagger/model-io.js';
import { DocumentState, type EntityTagger } from '../../src/stages/entities/tagger/tagger.js';
import type { WordInfo } from '../../src/stages/entities/tagger/word-info.js';
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

/**
 * The previous tagging method: summed scores cached only for each word's own
 * features; every neighbour, gazetteer and document feature hashed and looked up per token.
 */
function tagUncached(
  tagger: EntityTagger,
  sentences: readonly (readonly string[])[],
  own: Map<WordInfo, Float32Array>,
): void {
  const { weights, extractor } = tagger;
  const doc = new DocumentState(extractor, sentences);
  const extra: number[] = [];
  for (const tokens of sentences) {
    const s = extractor.sentence(tokens, false);
    const n = tokens.length;
    const em = new Float32Array(n * N_LABELS);
    for (let i = 0; i < n; i++) {
      const x = s.infos[i] as WordInfo;
      let v = own.get(x);
      if (!v) {
        const f = extractor.localFeatures(x);
        v = new Float32Array(N_LABELS);
        addEmission(weights, f, 0, f.length, v, 0);
        own.set(x, v);
      }
      for (let l = 0; l < N_LABELS; l++) em[i * N_LABELS + l] = v[l] as number;
      addEmission(weights, s.feats, s.offs[i] as number, s.offs[i + 1] as number, em, i * N_LABELS);
      extra.length = 0;
      extractor.documentFeatures(s.infos, i, doc, extra);
      addEmission(weights, extra, 0, extra.length, em, i * N_LABELS);
    }
    const labels = new Uint8Array(n);
    viterbi(em, n, weights.trans, labels);
    doc.remember(s, labels);
  }
}

function cpuMsOf(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
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
    const own = new Map<WordInfo, Float32Array>();
    for (const d of docs) tagUncached(tagger, d, own);
    const peerCpuMs = cpuMsOf(() => {
      for (const d of docs) tagUncached(tagger, d, own);
    });
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
      {
        section: 'ner',
        name: 'tagger, previous method (peer, CPU time)',
        value: tokens / (peerCpuMs / 1000),
        unit: 'tokens/s',
        note: `same model, only own-word scores cached; new method is ${((tokens * TIMED_PASSES) / cpuMs / (tokens / peerCpuMs)).toFixed(2)}x`,
      },
    ];
  },
};
