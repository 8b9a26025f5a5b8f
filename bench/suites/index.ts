/** Every benchmark suite `npm run bench` runs, in table order. A new suite adds one line. */
import type { BenchSuite } from '../types.js';
import { actorsSuite } from './actors.js';
import { claimsSuite } from './claims.js';
import { corpusLinkSuite } from './corpus-link.js';
import { extractSuite } from './extract.js';
import { nerTaggerSuite } from './ner-tagger.js';
import { nlpBasicsSuite } from './nlp-basics.js';
import { pipelineSuite } from './pipeline.js';
import { scalingSuite } from './scaling.js';
import { storeCpuSuite } from './store-cpu.js';
import { storeGroupSuite } from './store-group.js';
import { storeGrowthSuite } from './store-growth.js';
import { storeIngestSuite } from './store-ingest.js';
import { storeQuerySuite } from './store-query.js';
import { storeRssSuite } from './store-rss.js';
import { winkPeerSuite } from './wink-peer.js';
import { workersSuite } from './workers.js';

export const SUITES: readonly BenchSuite[] = [
  pipelineSuite,
  winkPeerSuite,
  nlpBasicsSuite,
  nerTaggerSuite,
  actorsSuite,
  claimsSuite,
  extractSuite,
  scalingSuite,
  storeIngestSuite,
  storeQuerySuite,
  storeRssSuite,
  storeGrowthSuite,
  storeCpuSuite,
  storeGroupSuite,
  corpusLinkSuite,
  workersSuite,
];
