/**
 * JSON-LD in a page (`<script type="application/ld+json">`): the schema.org
 * article object (`NewsArticle`, `Article`, `BlogPosting`, …) found anywhere in
 * the blocks, through `@graph` arrays and nested values. Read from the raw HTML
 * string so scripts can be dropped before DOM parsing.
 */

export interface LdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly dateCreated?: string;
  readonly dateModified?: string;
  readonly authors: readonly string[];
  /** Authors typed `Organization` (or a subtype): the publisher standing in for a writer. */
  readonly authorOrganisations?: readonly string[];
  readonly publisher?: string;
  readonly language?: string;
  readonly url?: string;
}

const LD_SCRIPT_RE = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
/** Types taken as the page's article, best first. */
const ARTICLE_TYPES = [
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'article',
  'blogposting',
  'techarticle',
  'scholarlyarticle',
  'report',
  'liveblogposting',
  'socialmediaposting',
  'medicalwebpage',
  'howto',
  'recipe',
  'webpage',
];
/** JSON-LD blocks larger than this are skipped (some sites embed whole catalogues). */
const MAX_LD_CHARS = 1_000_000;
/** Nodes visited per page: bounds the walk over deeply nested or huge graphs. */
const MAX_LD_NODES = 5000;

type Json = unknown;

export function readJsonLd(html: string): LdArticle | undefined {
  const nodes: Record<string, Json>[] = [];
  for (const m of html.matchAll(LD_SCRIPT_RE)) {
    const raw = m[1]!.trim();
    if (!raw || raw.length > MAX_LD_CHARS) continue;
    try {
      collect(JSON.parse(raw.replace(/^<!\[CDATA\[|\]\]>$/g, '')), nodes, 0);
    } catch {
      // Invalid JSON-LD is common; the other metadata sources still apply.
    }
  }
  let best: Record<string, Json> | undefined;
  let bestRank = ARTICLE_TYPES.length;
  for (const n of nodes) {
    const rank = Math.min(
      ...typesOf(n)
        .map((t) => ARTICLE_TYPES.indexOf(t))
        .filter((i) => i >= 0),
      1e9,
    );
    if (rank < bestRank) {
      best = n;
      bestRank = rank;
    }
  }
  if (!best) return undefined;
  const headline =
    str(best['headline']) ?? (bestRank < ARTICLE_TYPES.length - 1 ? str(best['name']) : undefined);
  const out: LdArticle = {
    authors: names(best['author'], nodes),
    authorOrganisations: organisations(best['author'], nodes),
    ...opt('headline', headline),
    ...opt('datePublished', str(best['datePublished'])),
    ...opt('dateCreated', str(best['dateCreated']) ?? str(best['uploadDate'])),
    ...opt('dateModified', str(best['dateModified'])),
    ...opt('publisher', names(best['publisher'], nodes)[0]),
    ...opt('language', str(best['inLanguage'])),
    ...opt('url', str(best['url'])),
  };
  return out;
}

function collect(value: Json, into: Record<string, Json>[], depth: number): void {
  if (into.length >= MAX_LD_NODES || depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  const obj = value as Record<string, Json>;
  if (obj['@type']) into.push(obj);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart']) {
    if (obj[key] && typeof obj[key] === 'object') collect(obj[key], into, depth + 1);
  }
}

function typesOf(n: Record<string, Json>): string[] {
  const t = n['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function str(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** Names of a person/organisation value: a string, an object with `name`, a `@id` reference, or a list. */
function names(v: Json, nodes: readonly Record<string, Json>[]): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => names(x, nodes));
  if (typeof v === 'object') {
    const o = v as Record<string, Json>;
    const name = str(o['name']);
    if (name) return [name];
    const id = str(o['@id']);
    const ref = id ? nodes.find((n) => n['@id'] === id && n !== o) : undefined;
    return ref && str(ref['name']) ? [str(ref['name'])!] : [];
  }
  return [];
}

/** Names of the values typed as an organisation (`Organization`, `NewsMediaOrganization`, `Corporation`, …). */
function organisations(v: Json, nodes: readonly Record<string, Json>[]): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.flatMap((x) => {
    if (!x || typeof x !== 'object') return [];
    const o = x as Record<string, Json>;
    const id = str(o['@id']);
    const node = o['@type'] ? o : (nodes.find((n) => id && n['@id'] === id) ?? o);
    const org = typesOf(node).some((t) => /organization|corporation/.test(t));
    return org ? names(node, nodes) : [];
  });
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
