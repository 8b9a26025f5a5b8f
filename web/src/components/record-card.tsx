/**
 * What a mark stands for: its record (actor, statement, time expression, act) and its provenance (the
 * document, the character offsets, the sentence, the rule or stage that made it).
 */
import type { JSX } from 'preact';
import type {
  Actor,
  Analysis,
  ArticleRecords,
  Claim,
  Mark,
  Response,
  Statement,
  Timex,
} from '../analysis.js';
import { KIND_LABELS } from './legend.js';

export interface RecordIndex {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly statements: ReadonlyMap<string, Statement>;
  readonly timexes: ReadonlyMap<string, Timex>;
  readonly acts: ReadonlyMap<string, ArticleRecords['acts'][number]>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly responses: ReadonlyMap<string, Response>;
  /** statement id → when it was said and how that was found (the statement's `time`). */
  readonly statementTimes: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
}

export function indexRecords(_analysis: Analysis, records: ArticleRecords): RecordIndex {
  return {
    actors: new Map(records.actors.map((a) => [a.id, a])),
    statements: new Map(records.statements.map((s) => [s.id, s])),
    timexes: new Map(records.timexes.map((t) => [t.id, t])),
    acts: new Map(records.acts.map((a) => [a.id, a])),
    claims: new Map(records.claims.map((c) => [c.id, c])),
    responses: new Map(records.responses.map((r) => [r.id, r])),
    statementTimes: new Map(
      records.statements.flatMap((s) =>
        s.time ? [[s.id, s.time as unknown as Readonly<Record<string, unknown>>] as const] : [],
      ),
    ),
  };
}

function Row({ label, value }: { label: string; value: string | undefined }): JSX.Element | null {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function timeOf(t: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!t) return undefined;
  const value = t['value'] ?? t['date'];
  return [value ? String(value) : '', t['basis'] ? `(${String(t['basis'])})` : ''].filter(Boolean).join(' ');
}

function StatementRows({ s, index }: { s: Statement; index: RecordIndex }): JSX.Element {
  return (
    <>
      <Row label="Speaker" value={s.speaker?.name ?? s.source?.text ?? 'unattributed'} />
      <Row label="Kind" value={s.kind} />
      <Row
        label="Source"
        value={s.source ? `${s.source.text}${s.sourceType ? ` (${s.sourceType})` : ''}` : ''}
      />
      <Row label="Cue" value={s.cue?.text} />
      <Row label="Content" value={s.content.map((c) => c.text).join(' … ')} />
      <Row label="When" value={timeOf(index.statementTimes.get(s.id))} />
    </>
  );
}

export interface RecordCardProps {
  readonly mark: Mark;
  readonly analysis: Analysis;
  readonly index: RecordIndex;
}

export function RecordCard({ mark, analysis, index }: RecordCardProps): JSX.Element {
  const span = analysis.text.slice(mark.start, mark.end);
  let body: JSX.Element | null = null;
  let rule: string | undefined;
  if (mark.kind === 'actor') {
    const a = index.actors.get(mark.recordId);
    if (a) {
      const mention = a.mentions.find((m) => m.start === mark.start);
      body = (
        <>
          <Row label="Actor" value={a.name} />
          <Row label="Type" value={[a.type, a.country].filter(Boolean).join(', ')} />
          <Row label="Aliases" value={a.aliases?.join(', ')} />
          <Row label="Roles" value={a.roles?.map((r) => r.title ?? r.text ?? '').join(', ')} />
          <Row label="Mentions" value={String(a.mentions.length)} />
          <Row label="This mention" value={mention?.kind} />
        </>
      );
    }
  } else if (mark.kind === 'timex') {
    const t = index.timexes.get(mark.recordId);
    if (t) {
      rule = t.rule;
      body = (
        <>
          <Row label="Type" value={t.type} />
          <Row label="Value" value={t.value} />
        </>
      );
    }
  } else if (mark.kind === 'act') {
    const act = index.acts.get(mark.recordId);
    if (act) body = <Row label="Act" value={act.label} />;
  } else if (mark.kind === 'claim') {
    const c = index.claims.get(mark.recordId);
    if (c) body = <Row label="Claimed by" value={c.claimant ?? 'unattributed'} />;
  } else if (mark.kind === 'response') {
    const r = index.responses.get(mark.recordId);
    if (r) {
      const claims = (r.links ?? []).map((l) => index.claims.get(l.claimId)?.content.text ?? l.claimId);
      body = (
        <>
          <Row label="Response" value={r.relation} />
          <Row label="By" value={r.responderName} />
          <Row label="Answers" value={claims.join(' · ')} />
        </>
      );
    }
  } else {
    const s = index.statements.get(mark.recordId);
    if (s) body = <StatementRows s={s} index={index} />;
  }
  return (
    <div class="record-card">
      <p class="record-kind">
        <span class={`swatch m m-${mark.kind}`} aria-hidden="true">
          Ab
        </span>{' '}
        {KIND_LABELS[mark.kind]}: <q>{span}</q>
      </p>
      <dl>{body}</dl>
      <p class="provenance">
        Evidence: characters {mark.start}–{mark.end} of document <code>{analysis.document.id}</code>
        {rule ? `, rule ${rule}` : ''}; record <code>{mark.recordId}</code>
        {analysis.document.url || analysis.document.source
          ? `; from ${analysis.document.url ?? analysis.document.source}`
          : ''}
      </p>
    </div>
  );
}
