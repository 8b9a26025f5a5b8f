/**
 * B³ over gold mentions (Bagga & Baldwin 1998), as issue #5 defines it: a predicted mention
 * matches a gold mention with the same span or, failing that, the same last token; a gold mention
 * without a match is a singleton; predicted mentions matching no gold mention are ignored.
 * Also pronoun accuracy: a gold pronoun counts as right when its nearest preceding predicted
 * cluster-mate (among matched gold mentions) is in its gold chain, or, when it has none, when its
 * gold chain has no earlier mention either.
 */

export interface GoldMention {
  readonly start: number;
  readonly end: number;
  /** Index of the mention's last token. */
  readonly lastToken: number;
  readonly chain: string;
  readonly pronoun: boolean;
}

export interface PredMention {
  readonly start: number;
  readonly end: number;
  readonly lastToken: number;
  /** Predicted cluster; undefined = unresolved (a singleton). */
  readonly cluster: string | undefined;
}

export interface B3Counts {
  precision: number;
  recall: number;
  mentions: number;
  pronouns: number;
  pronounsRight: number;
}

/** Gold index → predicted cluster key (unique per unmatched mention). */
export function alignClusters(gold: readonly GoldMention[], pred: readonly PredMention[]): string[] {
  const used = new Set<number>();
  const match = new Array<number>(gold.length).fill(-1);
  const bySpan = new Map<string, number>();
  pred.forEach((p, k) => {
    const key = `${p.start}:${p.end}`;
    if (!bySpan.has(key)) bySpan.set(key, k);
  });
  gold.forEach((g, i) => {
    const k = bySpan.get(`${g.start}:${g.end}`);
    if (k !== undefined && !used.has(k)) {
      used.add(k);
      match[i] = k;
    }
  });
  gold.forEach((g, i) => {
    if (match[i]! >= 0) return;
    const k = pred.findIndex((p, j) => !used.has(j) && p.lastToken === g.lastToken);
    if (k >= 0) {
      used.add(k);
      match[i] = k;
    }
  });
  return gold.map((_, i) => {
    const k = match[i]!;
    const c = k >= 0 ? pred[k]!.cluster : undefined;
    return c === undefined ? `single:${i}` : `pred:${c}`;
  });
}

export function b3(gold: readonly GoldMention[], pred: readonly PredMention[]): B3Counts {
  const cluster = alignClusters(gold, pred);
  const goldSets = new Map<string, number[]>();
  const predSets = new Map<string, number[]>();
  gold.forEach((g, i) => {
    goldSets.set(g.chain, [...(goldSets.get(g.chain) ?? []), i]);
    predSets.set(cluster[i]!, [...(predSets.get(cluster[i]!) ?? []), i]);
  });
  let precision = 0;
  let recall = 0;
  let pronouns = 0;
  let pronounsRight = 0;
  gold.forEach((g, i) => {
    const G = goldSets.get(g.chain)!;
    const P = predSets.get(cluster[i]!)!;
    const inter = P.filter((j) => gold[j]!.chain === g.chain).length;
    precision += inter / P.length;
    recall += inter / G.length;
    if (!g.pronoun) return;
    pronouns++;
    const before = (j: number): boolean => gold[j]!.start < g.start;
    const mate = P.filter(before).sort((a, b) => gold[b]!.start - gold[a]!.start)[0];
    if (mate !== undefined) pronounsRight += gold[mate]!.chain === g.chain ? 1 : 0;
    else pronounsRight += G.some(before) ? 0 : 1;
  });
  return { precision, recall, mentions: gold.length, pronouns, pronounsRight };
}
