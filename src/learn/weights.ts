/** Storing trained weights: every model file keeps its weights as Int16 steps of one scale per table. */

/** Largest Int16 step: weights map to `round(w / scale)` with `scale = max |w| / QUANT_MAX`. */
const QUANT_MAX = 32767;

/** Rounds weights to Int16 steps of `max |w| / 32767` (argmax needs no scale back). */
export function quantise(w: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k] as number));
  const scale = max > 0 ? max / QUANT_MAX : 1;
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round((w[k] as number) / scale);
  return { q, scale };
}

/** Weights back from Int16 steps. */
export function dequantise(q: Int16Array, scale: number): Float32Array {
  const w = new Float32Array(q.length);
  for (let i = 0; i < w.length; i++) w[i] = (q[i] as number) * scale;
  return w;
}
