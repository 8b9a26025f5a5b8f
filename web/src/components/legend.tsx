/** The colour legend, doubling as switches to show or hide each kind of mark. */
import type { JSX } from 'preact';
import type { MarkKind } from '../analysis.js';

export const KIND_LABELS: Readonly<Record<MarkKind, string>> = {
  actor: 'Actor mention',
  content: 'Statement content',
  cue: 'Speech cue',
  source: 'Statement source',
  timex: 'Time expression',
  act: 'Act',
  claim: 'Claim',
  response: 'Response to a claim',
};

export const ALL_KINDS: readonly MarkKind[] = [
  'actor',
  'content',
  'cue',
  'source',
  'timex',
  'act',
  'claim',
  'response',
];

export interface LegendProps {
  readonly counts: Readonly<Record<MarkKind, number>>;
  readonly shown: ReadonlySet<MarkKind>;
  readonly onToggle: (kind: MarkKind) => void;
}

export function Legend({ counts, shown, onToggle }: LegendProps): JSX.Element {
  return (
    <fieldset class="legend">
      <legend>Marks</legend>
      {ALL_KINDS.map((kind) => (
        <label key={kind} class="legend-item">
          <input type="checkbox" checked={shown.has(kind)} onChange={() => onToggle(kind)} />
          <span class={`swatch m m-${kind}`} aria-hidden="true">
            Ab
          </span>
          {KIND_LABELS[kind]} <span class="count">({counts[kind]})</span>
        </label>
      ))}
    </fieldset>
  );
}
