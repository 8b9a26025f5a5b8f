/** Peer: wink-nlp with its English lite model, tokenising and POS-tagging the same texts. */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

export const winkPeerSuite: BenchSuite = {
  name: 'wink-nlp peer',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const nlp = winkNLP(model);
    const its = nlp.its;
    let tokens = 0;
    for (const t of corpus.texts.slice(0, 50)) nlp.readDoc(t.text).tokens().out(its.pos);
    const t0 = performance.now();
    for (const t of corpus.texts) tokens += nlp.readDoc(t.text).tokens().out(its.pos).length;
    const s = (performance.now() - t0) / 1000;
    return [
      { section: 'peer', name: 'wink-nlp tokens+sentences+POS', value: corpus.words / s, unit: 'words/s' },
      { section: 'peer', name: 'wink-nlp tokens+sentences+POS', value: tokens / s, unit: 'tokens/s' },
    ];
  },
};
