/**
 * The analysis as the app reads it: the records it shows (actors, statements, time expressions, acts, claims
 * and responses) and the marks drawn on the text. Reads schema verbatim.analysis/2 (`document`, `actors`, `statements` with their
 * `time`, `timexes`, `blocks`) and tolerates missing records, so an article analysed with fewer stages still renders.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Mention extends Span {
  /** Only in the `mentions` records: inside an actor, a mention has no id of its own. */
  readonly id?: string;
  readonly kind?: string;
  readonly actorId?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type?: string;
  readonly country?: string;
  readonly aliases?: readonly string[];
  readonly roles?: readonly { readonly title?: string; readonly text?: string }[];
  readonly mentions: readonly Mention[];
}

export interface Statement {
  readonly id: string;
  readonly kind: string;
  readonly content: readonly Span[];
  readonly cue?: Span | null;
  readonly source?: Span | null;
  readonly sourceType?: string;
  readonly speaker?: { readonly actorId?: string; readonly name?: string } | null;
  readonly sentence?: Span;
  /** When it was said: `stated` (a timex of its sentence), `reported-on` (the publication date) or `unknown`. */
  readonly time?: StatementTime;
}

export interface StatementTime {
  readonly basis: string;
  readonly value?: string;
  readonly timexId?: string;
}

export interface Timex extends Span {
  readonly id: string;
  readonly type: string;
  readonly value?: string;
  readonly rule?: string;
}

export interface Act {
  readonly id: string;
  readonly span: Span;
  readonly label: string;
  readonly record: Readonly<Record<string, unknown>>;
}

export interface ArticleMeta {
  readonly id: string;
  readonly source?: string;
  readonly url?: string;
  readonly title?: string;
  readonly site?: string;
  readonly authors?: readonly string[];
  readonly publishedAt?: string;
  readonly publishedAtBasis?: string;
}

export interface Block {
  readonly id: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/** An analysis (schema verbatim.analysis/2); records a stage did not make are absent. */
export interface Analysis {
  readonly schema: string;
  readonly document: ArticleMeta;
  readonly text: string;
  readonly blocks?: readonly Block[];
  readonly actors?: readonly Actor[];
  readonly statements?: readonly Statement[];
  readonly timexes?: readonly Timex[];
  readonly warnings?: readonly string[];
}

/** A claim (what is asserted, e.g. a statement's content) and a response that denies, confirms… claims. */
export interface Claim {
  readonly id: string;
  readonly content: Span;
  readonly claimant?: string;
  readonly origin?: string;
  readonly statementId?: string;
}

export interface Response {
  readonly id: string;
  readonly relation: string;
  readonly cue: Span;
  readonly responderName?: string;
  readonly responderActorId?: string;
  readonly links?: readonly { readonly claimId: string; readonly basis: string }[];
}

export type MarkKind = 'actor' | 'content' | 'cue' | 'source' | 'timex' | 'act' | 'claim' | 'response';

/** A mark on the text: one span of one record. */
export interface Mark {
  readonly key: string;
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** Id of the record the mark belongs to (actor, statement, timex, act). */
  readonly recordId: string;
}

export interface ArticleRecords {
  readonly actors: readonly Actor[];
  readonly statements: readonly Statement[];
  readonly timexes: readonly Timex[];
  readonly acts: readonly Act[];
  readonly claims: readonly Claim[];
  readonly responses: readonly Response[];
}

function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function isSpan(value: unknown): value is Span {
  const v = value as Span | null;
  return !!v && typeof v.start === 'number' && typeof v.end === 'number' && v.end > v.start;
}

/** The records of an analysis (acts are read when an analysis carries them). */
export function recordsOf(analysis: Analysis): ArticleRecords {
  const actors = asArray<Actor>(analysis.actors).map((a) => ({
    ...a,
    mentions: asArray<Mention>(a.mentions),
  }));
  // A speaker resolved to an actor carries no name of its own when it is the actor's (docs/records.md).
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const statements = asArray<Statement>(analysis.statements).map((s) => {
    const name = s.speaker?.name ?? (s.speaker?.actorId ? actorNames.get(s.speaker.actorId) : undefined);
    return {
      ...s,
      content: asArray<Span>(s.content),
      ...(s.speaker ? { speaker: { ...s.speaker, ...(name ? { name } : {}) } } : {}),
    };
  });
  const timexes = asArray<Timex>(analysis.timexes).filter(isSpan);
  const acts = asArray<Record<string, unknown>>((analysis as { acts?: unknown }).acts)
    .map((a, i): Act | undefined => {
      const span = [a['trigger'], a['span'], a['cue'], a].find(isSpan);
      if (!span) return undefined;
      const label = String(a['code'] ?? a['label'] ?? a['type'] ?? 'act');
      return { id: String(a['id'] ?? `act-${i}`), span, label, record: a };
    })
    .filter((a): a is Act => a !== undefined);
  // A claim leaves out its content and claimant when they are its statement's (docs/records.md).
  const statementsById = new Map(statements.map((s) => [s.id, s]));
  const claims = asArray<Partial<Claim> & { id: string }>((analysis as { claims?: unknown }).claims)
    .map((c): Partial<Claim> & { id: string } => {
      const s = c.statementId ? statementsById.get(c.statementId) : undefined;
      const content = c.content ?? s?.content[0];
      const claimant = c.claimant ?? s?.speaker?.name;
      return { ...c, ...(content ? { content } : {}), ...(claimant ? { claimant } : {}) };
    })
    .filter((c): c is Claim => isSpan(c.content));
  const responses = asArray<Response>((analysis as { responses?: unknown }).responses)
    .filter((r) => isSpan(r.cue))
    .map((r) => {
      const name = r.responderName ?? (r.responderActorId ? actorNames.get(r.responderActorId) : undefined);
      return name ? { ...r, responderName: name } : r;
    });
  return { actors, statements, timexes, acts, claims, responses };
}

/** Every mark of an article, for the kinds switched on. */
export function marksOf(records: ArticleRecords, shown: ReadonlySet<MarkKind>): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: MarkKind, span: Span | null | undefined, recordId: string, n: number): void => {
    if (!shown.has(kind) || !isSpan(span)) return;
    marks.push({ key: `${kind}:${recordId}:${n}`, kind, start: span.start, end: span.end, recordId });
  };
  for (const a of records.actors) {
    for (const [i, m] of a.mentions.entries()) add('actor', m, a.id, i);
  }
  for (const s of records.statements) {
    for (const [i, c] of s.content.entries()) add('content', c, s.id, i);
    add('cue', s.cue, s.id, 0);
    add('source', s.source, s.id, 0);
  }
  for (const t of records.timexes) add('timex', t, t.id, 0);
  for (const a of records.acts) add('act', a.span, a.id, 0);
  for (const c of records.claims) add('claim', c.content, c.id, 0);
  for (const r of records.responses) add('response', r.cue, r.id, 0);
  return marks;
}

/** Statements grouped by speaker name (unresolved speakers by their source text), most statements first. */
export function statementsBySpeaker(statements: readonly Statement[]): [string, Statement[]][] {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const name = s.speaker?.name ?? s.source?.text ?? 'unattributed';
    const list = groups.get(name) ?? [];
    list.push(s);
    groups.set(name, list);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
