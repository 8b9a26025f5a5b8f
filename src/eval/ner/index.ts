export { formatNerScore, type NerScore, NerScorer, type Prf, type PrfCounts, prf } from './score.js';
