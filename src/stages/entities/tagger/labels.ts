/**
 * BILOU labels over the four CoNLL types, the transitions they allow, and
 * conversion to entities. BILOU (Ratinov & Roth 2009) beats BIO for this task.
 */
import type { TokenEntity } from '../../../formats/conll.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** `O` then `B-PER I-PER L-PER U-PER B-ORG …`. */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => PREFIXES.map((p) => `${p}-${t}`))];
export const N_LABELS = LABELS.length;
/** Index of the entity type of a label (0-3), or -1 for `O`. */
export const LABEL_TYPE: Int8Array = Int8Array.from(LABELS, (_, i) => (i === 0 ? -1 : (i - 1) >> 2));
/** Position code of a label: 0 B, 1 I, 2 L, 3 U, -1 O. */
const LABEL_POS: Int8Array = Int8Array.from(LABELS, (_, i) => (i === 0 ? -1 : (i - 1) & 3));

/** `ALLOWED[prev * N_LABELS + next]` is 1 when the BILOU grammar allows the transition. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(N_LABELS * N_LABELS);
  for (let p = 0; p < N_LABELS; p++) {
    for (let n = 0; n < N_LABELS; n++) {
      const pInside = LABEL_POS[p] === 0 || LABEL_POS[p] === 1;
      const nInside = LABEL_POS[n] === 1 || LABEL_POS[n] === 2;
      a[p * N_LABELS + n] = pInside ? (nInside && LABEL_TYPE[p] === LABEL_TYPE[n] ? 1 : 0) : nInside ? 0 : 1;
    }
  }
  return a;
})();

/** Labels a sentence may start with (not I, L) and end with (not B, I). */
export const CAN_START: Uint8Array = Uint8Array.from(LABELS, (_, i) =>
  LABEL_POS[i] === 1 || LABEL_POS[i] === 2 ? 0 : 1,
);
export const CAN_END: Uint8Array = Uint8Array.from(LABELS, (_, i) =>
  LABEL_POS[i] === 0 || LABEL_POS[i] === 1 ? 0 : 1,
);

export function labelIndex(prefix: 'B' | 'I' | 'L' | 'U', type: number): number {
  return 1 + type * 4 + PREFIXES.indexOf(prefix);
}

/** BILOU label indices for entities over `length` tokens (unknown types are dropped). */
export function entitiesToLabels(entities: readonly TokenEntity[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const e of entities) {
    const t = (NER_TYPES as readonly string[]).indexOf(e.type);
    if (t < 0) continue;
    if (e.end - e.start === 1) out[e.start] = labelIndex('U', t);
    else {
      for (let i = e.start; i < e.end; i++) {
        out[i] = labelIndex(i === e.start ? 'B' : i === e.end - 1 ? 'L' : 'I', t);
      }
    }
  }
  return out;
}

/** Entities of a BILOU label sequence (assumed well-formed, as Viterbi guarantees). */
export function labelsToEntities(labels: ArrayLike<number>): TokenEntity[] {
  const out: TokenEntity[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? 0;
    const pos = LABEL_POS[l] ?? -1;
    const type = NER_TYPES[LABEL_TYPE[l] ?? 0] ?? 'MISC';
    if (pos === 3) {
      out.push({ start: i, end: i + 1, type });
      start = -1;
    } else if (pos === 0) start = i;
    else if (pos === 2 && start >= 0) {
      out.push({ start, end: i + 1, type });
      start = -1;
    } else if (pos === -1) start = -1;
  }
  return out;
}
