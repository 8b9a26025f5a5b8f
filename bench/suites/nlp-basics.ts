/**
 * Tokens + sentences + POS against the wink-nlp peer, in the same run over the
 * same texts: tokens/second (our tokens for us, wink's for wink), words/second
 * and the ratio. Our figure times the three stages only (pipeline timings);
 * the `with ingest` row adds structure detection, as wink's readDoc has none.
 * CPU-time rows (process.cpuUsage) are steadier than wall time on a busy machine;
 * the stages-only CPU row runs the three stages on documents ingested beforehand.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { Analyzer } from '../../src/analyzer.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

const STAGES = ['tokens', 'sentences', 'pos'];
/** One untimed pass so the JIT has compiled both hot paths. */
const WARMUP_PASSES = 1;
const TIMED_PASSES = 3;

export const nlpBasicsSuite: BenchSuite = {
  name: 'nlp-basics',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const analyzer = await Analyzer.create({ stages: STAGES });
    const nlp = winkNLP(model);
    const its = nlp.its;
    for (let i = 0; i < WARMUP_PASSES; i++) {
      for (const t of corpus.texts) {
        analyzer.run({ text: t.text });
        nlp.readDoc(t.text).tokens().out(its.pos);
      }
    }
    let stageMs = 0;
    let totalMs = 0;
    let tokens = 0;
    let winkMs = 0;
    let winkTokens = 0;
    // CPU time too: on a shared machine wall time also counts the time other processes hold the core.
    let oursCpu = 0;
    let winkCpu = 0;
    for (let pass = 0; pass < TIMED_PASSES; pass++) {
      for (const t of corpus.texts) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const { document, timings } = analyzer.run({ text: t.text });
        totalMs += performance.now() - t0;
        oursCpu += process.cpuUsage(c0).user;
        for (const s of timings) if (STAGES.includes(s.stage)) stageMs += s.ms;
        tokens += document.layers.tokens?.length ?? 0;
        const c1 = process.cpuUsage();
        const t1 = performance.now();
        winkTokens += nlp.readDoc(t.text).tokens().out(its.pos).length;
        winkMs += performance.now() - t1;
        winkCpu += process.cpuUsage(c1).user;
      }
    }
    // Stages alone in CPU time: documents ingested apart, then each stage run and timed by itself.
    const ingestOnly = await Analyzer.create({ stages: [] });
    let stageCpu = 0;
    let stageTokens = 0;
    for (let pass = 0; pass < TIMED_PASSES; pass++) {
      for (const t of corpus.texts) {
        const doc = ingestOnly.run({ text: t.text }).document;
        const c0 = process.cpuUsage();
        for (const { stage } of analyzer.pipeline.stages) stage.run(doc, {});
        stageCpu += process.cpuUsage(c0).user;
        stageTokens += doc.layers.tokens?.length ?? 0;
      }
    }
    const words = corpus.words * TIMED_PASSES;
    const ours = tokens / (stageMs / 1000);
    const peer = winkTokens / (winkMs / 1000);
    const oursWords = words / (totalMs / 1000);
    const peerWords = words / (winkMs / 1000);
    return [
      { section: 'nlp-basics', name: 'verbatim tokens+sentences+pos', value: ours, unit: 'tokens/s' },
      {
        section: 'nlp-basics',
        name: 'verbatim tokens+sentences+pos',
        value: words / (stageMs / 1000),
        unit: 'words/s',
      },
      { section: 'nlp-basics', name: 'verbatim same, with ingest', value: oursWords, unit: 'words/s' },
      { section: 'nlp-basics', name: 'wink-nlp tokens+sentences+POS', value: peer, unit: 'tokens/s' },
      { section: 'nlp-basics', name: 'wink-nlp tokens+sentences+POS', value: peerWords, unit: 'words/s' },
      {
        section: 'nlp-basics',
        name: 'verbatim with ingest, CPU time',
        value: tokens / (oursCpu / 1e6),
        unit: 'tokens/s',
      },
      {
        section: 'nlp-basics',
        name: 'verbatim tokens+sentences+pos, stages only, CPU time',
        value: stageTokens / (stageCpu / 1e6),
        unit: 'tokens/s',
      },
      {
        section: 'nlp-basics',
        name: 'wink-nlp, CPU time',
        value: winkTokens / (winkCpu / 1e6),
        unit: 'tokens/s',
      },
      {
        section: 'nlp-basics',
        name: 'ratio verbatim / wink-nlp (CPU time)',
        value: tokens / (oursCpu / 1e6) / (winkTokens / (winkCpu / 1e6)),
        unit: '×',
        note: 'tokens/s, each counting its own tokens',
      },
      {
        section: 'nlp-basics',
        name: 'ratio verbatim stages only / wink-nlp (CPU time)',
        value: stageTokens / (stageCpu / 1e6) / (winkTokens / (winkCpu / 1e6)),
        unit: '×',
        note: 'tokens/s, each counting its own tokens; wink has no ingestion step either',
      },
      {
        section: 'nlp-basics',
        name: 'ratio verbatim / wink-nlp',
        value: oursWords / peerWords,
        unit: '×',
        note: 'words/s, ingest included on our side',
      },
    ];
  },
};
