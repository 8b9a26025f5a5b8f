/**
 * Probe stages for the scaling guard's own test (guard.test.ts, run by measure.ts when asked): one
 * whose work is linear in the tokens and one that compares every token with every earlier one, as
 * the quotes stage once compared every statement with every other (issue #15). The guard must fail
 * the second and pass the first.
 */
import { type Document, getLayer } from '../../src/model/document.js';

/** Work per token of the linear probe: enough that its time is well above the guard's floor. */
const LINEAR_WORK_PER_TOKEN = 4000;

/**
 * The quadratic probe compares each token with every QUADRATIC_STRIDE-th earlier one: still n²
 * (16× on a 4× input), at a cost the test can afford (64 K: ~16 ms, 256 K: ~360 ms, loaded).
 */
const QUADRATIC_STRIDE = 16;

/** Kept so that the probes' loops are not optimised away. */
export let probeChecksum = 0;

export interface ProbeStage {
  readonly name: string;
  run(doc: Document): void;
}

export const PROBE_STAGES: readonly ProbeStage[] = [
  {
    name: 'linear-probe',
    run(doc) {
      const tokens = getLayer(doc, 'tokens');
      let sum = 0;
      for (const t of tokens) for (let k = 0; k < LINEAR_WORK_PER_TOKEN; k++) sum = (sum + t.end * k) | 0;
      probeChecksum ^= sum;
    },
  },
  {
    name: 'quadratic-probe',
    run(doc) {
      const tokens = getLayer(doc, 'tokens');
      let same = 0;
      for (let i = 0; i < tokens.length; i++) {
        const len = tokens[i]?.text.length;
        for (let j = 0; j < i; j += QUADRATIC_STRIDE) if (tokens[j]?.text.length === len) same++;
      }
      probeChecksum ^= same;
    },
  },
];
