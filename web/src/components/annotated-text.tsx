/**
 * The article's original text with its marks as nested `<mark>` elements. Text goes into the DOM as text
 * nodes only (never as HTML), so an article's markup, scripts or control characters show as characters.
 * Each mark's first piece is focusable; hovering or focusing a mark reports it to `onActive`.
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Mark } from '../analysis.js';
import { buildMarkTree, type MarkNode } from '../mark-tree.js';

export interface AnnotatedTextProps {
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly selectedRecord?: string | undefined;
  readonly onActive: (mark: Mark | undefined, element: HTMLElement | undefined) => void;
}

function renderNode(text: string, node: MarkNode, selected: string | undefined): (JSX.Element | string)[] {
  const out: (JSX.Element | string)[] = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    const m = child.mark!;
    const cls = `m m-${m.kind}${selected === m.recordId ? ' m-selected' : ''}`;
    out.push(
      <mark
        key={`${m.key}@${child.start}`}
        class={cls}
        data-key={m.key}
        data-kind={m.kind}
        tabIndex={child.continued ? -1 : 0}
      >
        {renderNode(text, child, selected)}
      </mark>,
    );
    at = child.end;
  }
  if (node.end > at) out.push(text.slice(at, node.end));
  return out;
}

export function AnnotatedText({ text, marks, selectedRecord, onActive }: AnnotatedTextProps): JSX.Element {
  const byKey = useMemo(() => new Map(marks.map((m) => [m.key, m])), [marks]);
  const tree = useMemo(() => buildMarkTree(text.length, marks), [text, marks]);
  const report = (target: EventTarget | null): void => {
    const el = (target as HTMLElement | null)?.closest?.('mark[data-key]') as HTMLElement | null;
    onActive(el ? byKey.get(el.dataset['key'] ?? '') : undefined, el ?? undefined);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation for the focusable marks inside
    // biome-ignore lint/a11y/useKeyWithMouseEvents: focus is handled by onFocusIn, which bubbles
    <div
      class="article-text"
      dir="auto"
      onMouseOver={(e) => report(e.target)}
      onFocusIn={(e) => report(e.target)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onActive(undefined, undefined);
      }}
    >
      {renderNode(text, tree, selectedRecord)}
    </div>
  );
}
