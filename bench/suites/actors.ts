/**
 * The actors stage alone: words/second and its share of the pipeline up to it. Runs the
 * registered stages before `actors`, then times the actor rules (on the `entities` layer when a
 * tagger is registered, otherwise on capitalised-name chunks, which the note says).
 */
import { Analyzer } from '../../src/analyzer.js';
import { hasLayer } from '../../src/model/document.js';
import { findActors } from '../../src/stages/actors/actors.js';
import { loadDictionary } from '../../src/stages/actors/dictionary.js';
import { capitalisedNames, entityNames } from '../../src/stages/actors/name-finder.js';
import { STAGE_REGISTRY } from '../../src/stages/registry.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

/** One untimed pass first, so the JIT has compiled the hot paths before we measure. */
const WARMUP_PASSES = 1;
const TIMED_PASSES = 3;

export const actorsSuite: BenchSuite = {
  name: 'actors',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const upstream = STAGE_REGISTRY.filter(
      (s) => s.name !== 'actors' && !['time', 'quotes'].includes(s.name),
    );
    const analyzer = await Analyzer.create({ stages: upstream.map((s) => s.name), registry: STAGE_REGISTRY });
    const dict = await loadDictionary();
    let upstreamMs = 0;
    const docs = corpus.texts.map((t) => {
      const { document, timings } = analyzer.run({ text: t.text });
      upstreamMs += timings.reduce((n, s) => n + s.ms, 0);
      return document;
    });
    const tagged = docs.every((d) => hasLayer(d, 'entities'));
    const names = tagged ? entityNames : capitalisedNames;
    for (let i = 0; i < WARMUP_PASSES; i++) for (const d of docs) findActors(d, dict, names);
    const t0 = performance.now();
    for (let i = 0; i < TIMED_PASSES; i++) for (const d of docs) findActors(d, dict, names);
    const ms = (performance.now() - t0) / TIMED_PASSES;
    return [
      {
        section: 'actors',
        name: 'actor rules',
        value: corpus.words / (ms / 1000),
        unit: 'words/s',
        note: `${((100 * ms) / (ms + upstreamMs)).toFixed(1)} % of the pipeline up to actors (${upstream.map((s) => s.name).join(', ')}${tagged ? '' : '; names from capitalised chunks'})`,
      },
    ];
  },
};
