/**
 * The writes of linking one article, gathered while its actors are decided and made at the end in a few
 * statements: the new corpus actors in one INSERT (on PostgreSQL, with ids drawn from the sequence in one
 * more statement), the new keys in one INSERT, the linked corpus actors read in one SELECT and updated in one
 * UPDATE (on PostgreSQL each one statement whatever the number of rows, the rows as one JSON parameter; on
 * SQLite, with no round trips, chunks and one UPDATE per row). Written one article actor at a time they took
 * up to five round trips each, all inside the corpus-wide link lock (src/corpus/link.ts), which every
 * concurrent ingest waits for. The article's own actor rows are not written here: flush answers each actor's
 * link columns, and the store inserts the rows with them (one write per row, where an insert and then an
 * update of each row cost 29 UPDATEs per PolNeAR article). The rows come out the same: a new corpus actor
 * goes by a provisional (negative) id until flush, gets its id in the order it was made, and each corpus
 * actor's update folds in the article's actors in the order they were decided, as the one-by-one writes did.
 */
import type { Executor, SqlValue } from '../store/core/driver.js';
import type { ActorLink } from '../store/core/rows.js';
import { flatRows, inChunks, insertMany, placeholders } from '../store/core/sql.js';
import type { Dialect } from '../store/core/types.js';
import type { Decision } from './decide.js';
import { nameWords } from './names.js';
import type { RoleDate } from './role-dates.js';

/** One linked article actor, as its writes need it. */
export interface LinkedActor {
  readonly recordId: string;
  readonly name: string;
  readonly titles: readonly string[];
  readonly keys: readonly string[];
  /** The article's day (codes of a later day replace an actor's sector). */
  readonly day: string | null;
  readonly country?: string;
  readonly sector?: string;
  readonly codeEvidence: readonly string[];
  /** Dates the article states for the actor's roles (kept in the link's evidence). */
  readonly roleDates?: readonly RoleDate[];
}

interface CorpusActorState {
  name: string;
  titles: string[];
  name_locked: number;
  country: string | null;
  sector: string | null;
  sector_day: string | null;
}

/** The columns growCorpusActors writes, in its UPDATE's order (titles as stored: JSON text). */
function grownValues(c: CorpusActorState): SqlValue[] {
  return [c.name, JSON.stringify(c.titles), c.country, c.sector, c.sector_day];
}

/** `CASE id WHEN ? THEN ? … END` over `rows` (id, value): text values (PostgreSQL types bare parameters so). */
function caseById(rows: readonly (readonly [number, SqlValue])[]): [string, SqlValue[]] {
  return [`CASE id ${rows.map(() => 'WHEN ? THEN ?').join(' ')} END`, flatRows(rows)];
}

/** A lone UTF-16 surrogate: PostgreSQL cannot turn its JSON escape into text, so such rows take the other way. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/;

/** `rows` as one JSON parameter for PostgreSQL (objects of `columns`), or undefined where JSON cannot carry them. */
function jsonRows(
  dialect: Dialect,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): string | undefined {
  if (dialect !== 'postgres') return undefined;
  const objects: Record<string, SqlValue>[] = [];
  for (const row of rows) {
    const o: Record<string, SqlValue> = {};
    for (const [i, c] of columns.entries()) {
      const v = row[i] ?? null;
      if (typeof v === 'string' && LONE_SURROGATE.test(v)) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number' && v !== null) return undefined;
      o[c] = v;
    }
    objects.push(o);
  }
  return JSON.stringify(objects);
}

/**
 * `UPDATE table SET col = … WHERE id = …` for many rows. PostgreSQL: one statement whatever their number, the
 * rows as one JSON parameter, the table reached by its primary key (the `= ANY` of the ids, so the plan is
 * index lookups however the table grows). Else `UPDATE … SET col = CASE id … END, … WHERE id IN (…)` in chunks
 * on PostgreSQL (a value JSON cannot carry), and on SQLite, which runs in-process with no round trip, one
 * cached `… WHERE id = ?` per row, cheaper than a CASE whose every row compares against every id of its chunk.
 */
async function updateById(
  tx: Executor,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  rows: readonly { readonly id: number; readonly values: readonly SqlValue[] }[],
): Promise<void> {
  if (dialect !== 'postgres') {
    const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;
    for (const r of rows) await tx.run(sql, [...columns.map((_, i) => r.values[i] ?? null), r.id]);
    return;
  }
  const json = jsonRows(
    dialect,
    ['id', ...columns],
    rows.map((r) => [r.id, ...columns.map((_, i) => r.values[i] ?? null)]),
  );
  if (json !== undefined) {
    await tx.run(
      `UPDATE ${table} t SET ${columns.map((c) => `${c} = v.${c}`).join(', ')}
       FROM json_populate_recordset(NULL::${table}, ?::json) v
       WHERE t.id = v.id AND t.id = ANY(ARRAY(SELECT (json_array_elements(?::json) ->> 'id')::integer))`,
      [json, json],
    );
    return;
  }
  await inChunks(rows, (chunk) => {
    const sets: string[] = [];
    const params: SqlValue[] = [];
    columns.forEach((c, i) => {
      const [sql, p] = caseById(chunk.map((r) => [r.id, r.values[i] ?? null] as const));
      sets.push(`${c} = ${sql}`);
      params.push(...p);
    });
    return tx.run(`UPDATE ${table} SET ${sets.join(', ')} WHERE id IN (${placeholders(chunk.length)})`, [
      ...params,
      ...chunk.map((r) => r.id),
    ]);
  });
}

/** A new corpus actor's columns, in NEW_ACTOR_COLUMNS order. */
export type NewCorpusActor = readonly [
  name: string,
  type: string,
  country: string | null,
  sector: string | null,
  sectorDay: string | null,
  kbName: string | null,
  titles: string,
];
const NEW_ACTOR_COLUMNS = ['name', 'type', 'country', 'sector', 'sector_day', 'kb_name', 'titles'];

/** A key a corpus actor holds, as `storedKey` writes it: the pairs linking read need not be inserted again. */
export function storedKey(corpusActorId: number, key: string): string {
  return `${corpusActorId}\u0000${key}`;
}

export class LinkWrites {
  private readonly links: { id: number; readonly actor: LinkedActor; readonly d: Decision }[] = [];
  private readonly created: NewCorpusActor[] = [];

  /** `stored`: the (corpus actor, key) pairs the store holds already (storedKey), read by linking. */
  constructor(
    private readonly dialect: Dialect,
    private readonly stored: ReadonlySet<string> = new Set(),
  ) {}

  /** A new corpus actor, inserted by flush: its provisional id (negative) until then. */
  create(row: NewCorpusActor): number {
    this.created.push(row);
    return -this.created.length;
  }

  /** Records that `actor` links to corpus actor `id` (a provisional one too) by decision `d` (written by flush). */
  add(id: number, actor: LinkedActor, d: Decision): void {
    this.links.push({ id, actor, d });
  }

  /** Writes the corpus actors and keys; answers each linked article actor's link columns, by record id. */
  async flush(tx: Executor): Promise<Map<string, ActorLink>> {
    const ids = await this.insertCreated(tx);
    for (const l of this.links) if (l.id < 0) l.id = ids[-l.id - 1]!;
    await this.addKeys(tx);
    await this.growCorpusActors(tx);
    return this.actorLinks();
  }

  /** Inserts the new corpus actors; their ids in the order they were made. */
  private async insertCreated(tx: Executor): Promise<number[]> {
    if (this.created.length === 0) return [];
    if (this.dialect !== 'postgres') {
      // SQLite: multi-row INSERTs returning the ids, which SQLite hands out increasing in insertion order
      // (sorted anyway, as on PostgreSQL). The statements' texts are few (inChunks' chunk sizes).
      const ids: number[] = [];
      const tuple = `(${placeholders(NEW_ACTOR_COLUMNS.length)})`;
      await inChunks(this.created, async (chunk) => {
        const rows = await tx.all<{ id: number }>(
          `INSERT INTO corpus_actors (${NEW_ACTOR_COLUMNS.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} RETURNING id`,
          flatRows(chunk),
        );
        ids.push(...rows.map((r) => Number(r.id)).sort((a, b) => a - b));
      });
      return ids;
    }
    // The sequence hands out increasing values within one statement; sorted anyway, so ids follow creation.
    const drawn = await tx.all<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('corpus_actors', 'id')) AS id FROM generate_series(1, CAST(? AS INTEGER))`,
      [this.created.length],
    );
    const ids = drawn.map((r) => Number(r.id)).sort((a, b) => a - b);
    await insertMany(
      tx,
      'corpus_actors',
      ['id', ...NEW_ACTOR_COLUMNS],
      this.created.map((row, i) => [ids[i]!, ...row]),
    );
    return ids;
  }

  /**
   * Each linked actor's keys on its corpus actor, but those it holds already (most of them: a name linked again),
   * which the insert would skip anyway (ON CONFLICT DO NOTHING) after probing the key index for each.
   */
  private async addKeys(tx: Executor): Promise<void> {
    const pairs = new Map<string, readonly [string, number]>();
    for (const { id, actor } of this.links) {
      for (const k of actor.keys) {
        const pair = storedKey(id, k);
        if (!this.stored.has(pair)) pairs.set(pair, [k, id]);
      }
    }
    if (pairs.size === 0) return;
    const json = jsonRows(this.dialect, ['key', 'corpus_actor_id'], [...pairs.values()]);
    if (json !== undefined) {
      await tx.run(
        `INSERT INTO corpus_actor_keys (key, corpus_actor_id)
         SELECT key, corpus_actor_id FROM json_populate_recordset(NULL::corpus_actor_keys, ?::json) ON CONFLICT DO NOTHING`,
        [json],
      );
      return;
    }
    await inChunks([...pairs.values()], (chunk) =>
      tx.run(
        `INSERT INTO corpus_actor_keys (key, corpus_actor_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        flatRows(chunk),
      ),
    );
  }

  /** A corpus actor linked to (not just made) takes the article actor's titles, fuller name and newer codes. */
  private async growCorpusActors(tx: Executor): Promise<void> {
    const ids = [...new Set(this.links.flatMap((l) => (l.d.corpusActorId !== undefined ? [l.id] : [])))];
    if (ids.length === 0) return;
    const state = new Map<number, CorpusActorState>();
    /** Each row's values as read, in grownValues order: a row the article leaves as it was is not written. */
    const before = new Map<number, SqlValue[]>();
    const read = async (where: string, params: SqlValue[]): Promise<void> => {
      const rows = await tx.all<CorpusActorState & { id: number }>(
        `SELECT id, name, titles, name_locked, country, sector, sector_day FROM corpus_actors WHERE ${where}`,
        params,
      );
      for (const { id, ...r } of rows) {
        const titles = r.titles as unknown as string;
        before.set(Number(id), [r.name, titles, r.country, r.sector, r.sector_day]);
        state.set(Number(id), { ...r, titles: JSON.parse(titles) as string[] });
      }
    };
    // PostgreSQL: the ids as one JSON parameter (one round trip inside the link lock), by primary key.
    if (this.dialect === 'postgres')
      await read('id = ANY(ARRAY(SELECT json_array_elements_text(?::json)::integer))', [JSON.stringify(ids)]);
    else await inChunks(ids, (chunk) => read(`id IN (${placeholders(chunk.length)})`, [...chunk]));
    for (const { id, actor, d } of this.links) {
      const c = d.corpusActorId !== undefined ? state.get(id) : undefined;
      if (!c) continue;
      c.titles = [...new Set([...c.titles, ...actor.titles])];
      // A full name replaces a bare one (`Trump` → `Donald Trump`) unless a user renamed the actor.
      if (!c.name_locked && nameWords(c.name).length === 1 && nameWords(actor.name).length > 1)
        c.name = actor.name;
      c.country = c.country ?? actor.country ?? null;
      // The codes of the latest article stand for the actor now.
      if (
        actor.sector !== undefined &&
        (!c.sector_day || (actor.day !== null && actor.day >= c.sector_day))
      ) {
        c.sector = actor.sector;
        c.sector_day = actor.day;
      }
    }
    // Only the rows whose values change (an UPDATE writing the values a row holds changes nothing stored).
    const changed = [...state].flatMap(([id, c]) => {
      const values = grownValues(c);
      const was = before.get(id);
      return was && values.every((v, i) => v === was[i]) ? [] : [{ id, values }];
    });
    if (changed.length === 0) return;
    await updateById(
      tx,
      this.dialect,
      'corpus_actors',
      ['name', 'titles', 'country', 'sector', 'sector_day'],
      changed,
    );
  }

  /** Each article actor's corpus actor, the link's score and evidence, and its codes. */
  private actorLinks(): Map<string, ActorLink> {
    return new Map(
      this.links.map(({ id, actor, d }) => [
        actor.recordId,
        {
          corpusActorId: id,
          score: d.score,
          evidence: JSON.stringify({
            method: d.method,
            why: d.evidence,
            codes: actor.codeEvidence,
            ...(actor.roleDates ? { roleDates: actor.roleDates } : {}),
          }),
          codeCountry: actor.country ?? null,
          codeSector: actor.sector ?? null,
        },
      ]),
    );
  }
}
