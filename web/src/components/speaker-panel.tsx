/** Statements grouped by speaker; choosing one moves focus to its words in the text. */
import type { JSX } from 'preact';
import { type Statement, statementsBySpeaker } from '../analysis.js';

export interface SpeakerPanelProps {
  readonly statements: readonly Statement[];
  readonly onPick: (statement: Statement) => void;
  /** A link for a speaker's page, when the article is stored. */
  readonly speakerHref?: ((name: string) => string | undefined) | undefined;
}

export function SpeakerPanel({ statements, onPick, speakerHref }: SpeakerPanelProps): JSX.Element {
  const groups = statementsBySpeaker(statements);
  return (
    <section class="speakers" aria-label="Statements by speaker">
      <h2>Statements by speaker ({statements.length})</h2>
      {groups.length === 0 ? <p class="muted">No statements found in this article.</p> : null}
      {groups.map(([name, list]) => {
        const link = speakerHref?.(name);
        return (
          <details key={name} open>
            <summary>
              {link ? <a href={link}>{name}</a> : name} <span class="count">({list.length})</span>
            </summary>
            <ul>
              {list.map((s) => (
                <li key={s.id}>
                  <button type="button" class="statement" onClick={() => onPick(s)}>
                    <span class={`badge kind-${s.kind}`}>{s.kind}</span>{' '}
                    {s.content.map((c) => c.text).join(' … ')}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
