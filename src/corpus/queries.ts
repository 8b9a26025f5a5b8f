/**
 * Read queries over corpus actors and stories: the list, one actor with its names, codes, roles
 * over time and links (with their evidence), and timelines of an actor or a story.
 */
import type { Span } from '../model/span.js';
import { encodeCursor, offsetOf, pageSize } from '../store/core/cursor.js';
import type { Executor } from '../store/core/driver.js';
import { likeEscape } from '../store/core/sql.js';
import type { Page } from '../store/core/types.js';
import type { RoleDate } from './role-dates.js';
import type {
  CorpusActorDetail,
  CorpusActorQuery,
  CorpusActorSummary,
  RoleOverTime,
  StoryQuery,
  StorySummary,
  TimelineEntry,
} from './types.js';

export async function listCorpusActors(db: Executor, q: CorpusActorQuery): Promise<Page<CorpusActorSummary>> {
  const limit = pageSize(q.limit);
  const offset = offsetOf(q.cursor);
  const where = ['c.merged_into IS NULL'];
  const params: (string | number)[] = [];
  if (q.type) {
    where.push('c.type = ?');
    params.push(q.type);
  }
  if (q.country) {
    where.push('c.country = ?');
    params.push(q.country.toUpperCase());
  }
  if (q.name) {
    where.push("lower(c.name) LIKE ? ESCAPE '\\'");
    params.push(`%${likeEscape(q.name.toLowerCase())}%`);
  }
  const rows = await db.all<{
    id: number;
    name: string;
    type: string;
    country: string | null;
    sector: string | null;
    articles: number;
    mentions: number;
    statements: number;
  }>(
    `SELECT c.id, c.name, c.type, c.country, c.sector, count(DISTINCT ac.article_id) AS articles,
       sum(ac.mention_count) AS mentions, sum(ac.statement_count) AS statements
     FROM corpus_actors c JOIN actors ac ON ac.corpus_actor_id = c.id
     WHERE ${where.join(' AND ')}
     GROUP BY c.id, c.name, c.type, c.country, c.sector
     ORDER BY mentions DESC, c.id LIMIT ? OFFSET ?`,
    [...params, limit + 1, offset],
  );
  const items = rows.slice(0, limit).map((r) => ({
    id: Number(r.id),
    name: r.name,
    type: r.type,
    ...(r.country ? { country: r.country } : {}),
    ...(r.sector ? { sector: r.sector } : {}),
    articles: Number(r.articles),
    mentions: Number(r.mentions),
    statements: Number(r.statements),
  }));
  return { items, ...(rows.length > limit ? { nextCursor: encodeCursor([offset + limit]) } : {}) };
}

/** The corpus actor `id` (following merges), or undefined. */
export async function getCorpusActor(db: Executor, id: number): Promise<CorpusActorDetail | undefined> {
  let c = await db.get<{
    id: number;
    name: string;
    type: string;
    country: string | null;
    sector: string | null;
    kb_name: string | null;
    merged_into: number | null;
  }>('SELECT id, name, type, country, sector, kb_name, merged_into FROM corpus_actors WHERE id = ?', [id]);
  for (let hops = 0; c?.merged_into && hops < 10; hops++) {
    c = await db.get(
      'SELECT id, name, type, country, sector, kb_name, merged_into FROM corpus_actors WHERE id = ?',
      [c.merged_into],
    );
  }
  if (!c) return undefined;
  const links = await db.all<{
    article_id: number;
    record_id: string;
    name: string;
    roles: string;
    link_score: number | null;
    link_evidence: string | null;
    code_country: string | null;
    code_sector: string | null;
    published_day: string | null;
    title: string | null;
    mention_count: number;
    statement_count: number;
  }>(
    `SELECT ac.article_id, ac.record_id, n.name, ac.roles, ac.link_score, ac.link_evidence, ac.code_country, ac.code_sector,
       a.published_day, a.title, ac.mention_count, ac.statement_count
     FROM actors ac JOIN names n ON n.id = ac.name_id JOIN articles a ON a.id = ac.article_id
     WHERE ac.corpus_actor_id = ? ORDER BY a.published_day, ac.article_id`,
    [c.id],
  );
  const names = new Map<string, number>();
  const roles: RoleOverTime[] = [];
  for (const l of links) {
    names.set(l.name, (names.get(l.name) ?? 0) + 1);
    const evidence = l.link_evidence ? (JSON.parse(l.link_evidence) as { roleDates?: RoleDate[] }) : {};
    for (const r of JSON.parse(l.roles) as (Span & { role: string; title?: string })[]) {
      const stated = evidence.roleDates?.find((d) => d.start === r.start && d.end === r.end);
      roles.push({
        role: r.role,
        ...(r.title ? { title: r.title } : {}),
        ...(stated
          ? { date: stated.date, basis: 'stated' as const, statedBy: stated.timex }
          : {
              ...(l.published_day ? { date: l.published_day } : {}),
              basis: l.published_day ? ('reported-on' as const) : ('unknown' as const),
            }),
        ...(l.published_day ? { reportedOn: l.published_day } : {}),
        articleId: Number(l.article_id),
        ...(l.title ? { articleTitle: l.title } : {}),
        span: { start: r.start, end: r.end, text: r.text },
      });
    }
  }
  return {
    id: Number(c.id),
    name: c.name,
    type: c.type,
    ...(c.country ? { country: c.country } : {}),
    ...(c.sector ? { sector: c.sector } : {}),
    ...(c.kb_name ? { kbName: c.kb_name } : {}),
    names: [...names].sort((a, b) => b[1] - a[1]).map(([name, articles]) => ({ name, articles })),
    roles,
    links: links.map((l) => ({
      articleId: Number(l.article_id),
      actorId: l.record_id,
      name: l.name,
      ...(l.published_day ? { date: l.published_day } : {}),
      score: Number(l.link_score ?? 0),
      evidence: l.link_evidence ? (JSON.parse(l.link_evidence) as Record<string, unknown>) : {},
      ...(l.code_country ? { country: l.code_country } : {}),
      ...(l.code_sector ? { sector: l.code_sector } : {}),
      mentions: Number(l.mention_count),
      statements: Number(l.statement_count),
    })),
  };
}

type StatementDb = {
  article_id: number;
  record_id: string;
  kind: string;
  content: string;
  content_spans: string;
  date_value: string | null;
  date_basis: string;
  date_day: string | null;
  published_day: string | null;
  speaker: string | null;
};

function statementEntry(s: StatementDb): TimelineEntry {
  const spans = JSON.parse(s.content_spans) as Span[];
  return {
    kind: 'statement',
    ...(s.date_day ? { date: s.date_day } : {}),
    ...(s.date_value ? { value: s.date_value } : {}),
    basis: s.date_basis,
    ...(s.published_day ? { reportedOn: s.published_day } : {}),
    articleId: Number(s.article_id),
    recordId: s.record_id,
    ...(s.speaker ? { actor: s.speaker } : {}),
    text: s.content,
    ...(spans[0] ? { span: spans[0] } : {}),
    detail: s.kind,
  };
}

const STATEMENT_COLUMNS = `s.article_id, s.record_id, s.kind, s.content, s.content_spans, s.date_value, s.date_basis,
  s.date_day, a.published_day, n.name AS speaker`;

function byDate(a: TimelineEntry, b: TimelineEntry): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.articleId - b.articleId;
}

/** Statements, stated roles and acts of a corpus actor across the corpus, oldest first. */
export async function actorTimeline(db: Executor, id: number): Promise<TimelineEntry[]> {
  const actor = await getCorpusActor(db, id);
  if (!actor) return [];
  const statements = await db.all<StatementDb>(
    `SELECT ${STATEMENT_COLUMNS} FROM actors ac
     JOIN statements s ON s.article_id = ac.article_id AND s.speaker_actor_id = ac.record_id
     JOIN articles a ON a.id = s.article_id LEFT JOIN names n ON n.id = s.speaker_name_id
     WHERE ac.corpus_actor_id = ?`,
    [actor.id],
  );
  const acts = await db.all<{
    article_id: number;
    record_id: string;
    code: string | null;
    date_day: string | null;
    record: string;
    published_day: string | null;
  }>(
    `SELECT t.article_id, t.record_id, t.code, t.date_day, t.record, a.published_day FROM actors ac
     JOIN acts t ON t.article_id = ac.article_id AND (t.actor_record_id = ac.record_id OR t.target_record_id = ac.record_id)
     JOIN articles a ON a.id = t.article_id WHERE ac.corpus_actor_id = ?`,
    [actor.id],
  );
  const entries: TimelineEntry[] = [
    ...statements.map(statementEntry),
    ...actor.roles.map(
      (r): TimelineEntry => ({
        kind: 'role',
        ...(r.date ? { date: r.date } : {}),
        ...(r.reportedOn ? { reportedOn: r.reportedOn } : {}),
        basis: r.basis,
        articleId: r.articleId,
        actor: actor.name,
        text: r.role,
        span: r.span,
      }),
    ),
    ...acts.map((t): TimelineEntry => {
      const rec = JSON.parse(t.record) as { trigger?: Span; text?: string };
      return {
        kind: 'act',
        ...((t.date_day ?? t.published_day) ? { date: (t.date_day ?? t.published_day)! } : {}),
        basis: t.date_day ? 'stated' : 'reported-on',
        ...(t.published_day ? { reportedOn: t.published_day } : {}),
        articleId: Number(t.article_id),
        recordId: t.record_id,
        actor: actor.name,
        text: t.code ?? 'act',
        ...(rec.trigger ? { span: rec.trigger } : {}),
      };
    }),
  ];
  return entries.sort(byDate);
}

/** The statements of a story's articles, oldest first. */
export async function storyTimeline(db: Executor, storyId: number): Promise<TimelineEntry[]> {
  const rows = await db.all<StatementDb>(
    `SELECT ${STATEMENT_COLUMNS} FROM articles a JOIN statements s ON s.article_id = a.id
     LEFT JOIN names n ON n.id = s.speaker_name_id WHERE a.story_id = ?`,
    [storyId],
  );
  return rows.map(statementEntry).sort(byDate);
}

export async function listStories(db: Executor, q: StoryQuery): Promise<Page<StorySummary>> {
  const limit = pageSize(q.limit);
  const offset = offsetOf(q.cursor);
  const rows = await db.all<{
    id: number;
    label: string;
    first_day: string | null;
    last_day: string | null;
    article_count: number;
  }>(
    `SELECT id, label, first_day, last_day, article_count FROM stories
     WHERE article_count >= ? ORDER BY article_count DESC, id LIMIT ? OFFSET ?`,
    [q.minArticles ?? 1, limit + 1, offset],
  );
  const items = rows.slice(0, limit).map((r) => ({
    id: Number(r.id),
    label: r.label,
    ...(r.first_day ? { firstDay: r.first_day } : {}),
    ...(r.last_day ? { lastDay: r.last_day } : {}),
    articles: Number(r.article_count),
  }));
  return { items, ...(rows.length > limit ? { nextCursor: encodeCursor([offset + limit]) } : {}) };
}
