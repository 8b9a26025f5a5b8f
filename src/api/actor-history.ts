/**
 * Roles and codes over time for the actor page: the dated links (codes at each article's date) and the dated
 * stated roles of a corpus actor, folded into runs of equal values in date order, e.g. Trump's sector
 * GOV 2017-07-21…2019-06-29 → ELI 2024-11-12 → GOV 2025-02-17. Undated articles have no place in a run.
 */
import type { CorpusLink, RoleOverTime } from '../corpus/types.js';

export interface Period {
  /** The value of the run: `USA GOV` for codes, the role for roles. */
  readonly value: string;
  readonly from: string;
  readonly to: string;
  /** Articles behind the run, in date order. */
  readonly articleIds: readonly number[];
  /** Words as the articles wrote them (role titles), most frequent first. */
  readonly titles?: readonly string[];
}

interface Dated {
  readonly value: string;
  readonly date: string;
  readonly articleId: number;
  readonly title?: string;
}

function runs(items: readonly Dated[]): Period[] {
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date) || a.articleId - b.articleId);
  const out: { value: string; from: string; to: string; ids: number[]; titles: Map<string, number> }[] = [];
  for (const d of sorted) {
    let last = out.at(-1);
    if (!last || last.value !== d.value) {
      last = { value: d.value, from: d.date, to: d.date, ids: [], titles: new Map() };
      out.push(last);
    }
    last.to = d.date;
    if (!last.ids.includes(d.articleId)) last.ids.push(d.articleId);
    if (d.title) last.titles.set(d.title, (last.titles.get(d.title) ?? 0) + 1);
  }
  return out.map((r) => ({
    value: r.value,
    from: r.from,
    to: r.to,
    articleIds: r.ids,
    ...(r.titles.size
      ? { titles: [...r.titles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t) }
      : {}),
  }));
}

/** Runs of the actor's codes (country and sector at each dated article). */
export function codePeriods(links: readonly CorpusLink[]): Period[] {
  return runs(
    links.flatMap((l) => {
      const value = [l.country, l.sector].filter(Boolean).join(' ');
      return l.date && value ? [{ value, date: l.date, articleId: l.articleId }] : [];
    }),
  );
}

/**
 * Runs of the actor's stated roles by their articles' dates: the role's normalised title (`president`,
 * `president-elect`) when it has one, else the words; the words as written (`U.S. President`) are kept.
 */
export function rolePeriods(roles: readonly RoleOverTime[]): Period[] {
  return runs(
    roles.flatMap((r) =>
      r.date
        ? [
            {
              value: (r.title ?? r.role).toLowerCase(),
              date: r.date,
              articleId: r.articleId,
              title: r.span.text,
            },
          ]
        : [],
    ),
  );
}
