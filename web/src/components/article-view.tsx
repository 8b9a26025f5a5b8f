/**
 * The Article view: the original text with its marks and a legend, a card for the hovered or focused mark
 * (its record and provenance), statements grouped by speaker, and the article's metadata.
 */
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { type Analysis, type Mark, type MarkKind, marksOf, recordsOf, type Statement } from '../analysis.js';
import { AnnotatedText } from './annotated-text.js';
import { ArticleMetaList } from './article-meta.js';
import { ALL_KINDS, Legend } from './legend.js';
import { indexRecords, RecordCard } from './record-card.js';
import { SpeakerPanel } from './speaker-panel.js';

export interface ArticleViewProps {
  readonly analysis: Analysis;
  readonly speakerHref?: (name: string) => string | undefined;
}

interface Active {
  readonly mark: Mark;
  readonly top: number;
  readonly left: number;
}

/** Pixels between a mark and its card. */
const CARD_GAP = 6;

export function ArticleView({ analysis, speakerHref }: ArticleViewProps): JSX.Element {
  const records = useMemo(() => recordsOf(analysis), [analysis]);
  const index = useMemo(() => indexRecords(analysis, records), [analysis, records]);
  const [shown, setShown] = useState<ReadonlySet<MarkKind>>(() => new Set(ALL_KINDS));
  const allMarks = useMemo(() => marksOf(records, new Set(ALL_KINDS)), [records]);
  const marks = useMemo(() => allMarks.filter((m) => shown.has(m.kind)), [allMarks, shown]);
  const counts = useMemo(() => {
    const c = Object.fromEntries(ALL_KINDS.map((k) => [k, 0])) as Record<MarkKind, number>;
    for (const m of allMarks) c[m.kind]++;
    return c;
  }, [allMarks]);
  const [active, setActive] = useState<Active | undefined>(undefined);

  const onActive = (mark: Mark | undefined, el: HTMLElement | undefined): void => {
    if (!mark || !el) {
      setActive(undefined);
      return;
    }
    const box = el.getBoundingClientRect();
    setActive({ mark, top: box.bottom + window.scrollY + CARD_GAP, left: box.left + window.scrollX });
  };
  const toggle = (kind: MarkKind): void => {
    const next = new Set(shown);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setShown(next);
  };
  const pick = (s: Statement): void => {
    const el = document.querySelector<HTMLElement>(`mark[data-key="content:${CSS.escape(s.id)}:0"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  const title = analysis.document.title ?? analysis.text.slice(0, 80);

  return (
    <div class="article-view">
      <header class="article-head">
        <h1 dir="auto">{title}</h1>
        <ArticleMetaList meta={analysis.document} id={analysis.document.id} />
        <Legend counts={counts} shown={shown} onToggle={toggle} />
      </header>
      <div class="article-columns">
        <article aria-label="Article text with marks" onMouseLeave={() => setActive(undefined)}>
          <AnnotatedText
            text={analysis.text}
            marks={marks}
            selectedRecord={active?.mark.recordId}
            onActive={onActive}
          />
        </article>
        <aside>
          <SpeakerPanel statements={records.statements} onPick={pick} speakerHref={speakerHref} />
        </aside>
      </div>
      {active ? (
        <div class="card-float" role="tooltip" style={{ top: `${active.top}px`, left: `${active.left}px` }}>
          <RecordCard mark={active.mark} analysis={analysis} index={index} />
        </div>
      ) : null}
      <p class="sr-only" aria-live="polite">
        {active ? `${active.mark.kind}: ${analysis.text.slice(active.mark.start, active.mark.end)}` : ''}
      </p>
    </div>
  );
}
