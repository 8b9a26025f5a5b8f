/**
 * The cue filter of statement lists. What was said (speech cues: said, told, according to) is the default,
 * as in the CLI's speech profile; "any attribution" adds beliefs, evidence and stances (PolNeAR's wider
 * sense: "Muslims are required to…", "the report has prompted calls for…").
 */
import type { JSX } from 'preact';

/** The select's value for "no filter" (the API's `cue` parameter left out). */
export const ANY_CUE = 'any';
export const DEFAULT_CUE = 'speech';

const OPTIONS: readonly (readonly [string, string])[] = [
  ['speech', 'what was said'],
  [ANY_CUE, 'any attribution'],
  ['belief', 'beliefs (thinks, hopes)'],
  ['evidence', 'evidence (found, showed)'],
  ['other', 'other (praised, called for)'],
];

/** The API parameter for a select value: nothing for "any". */
export function cueParam(value: string): string {
  return value === ANY_CUE ? '' : value;
}

export function CueSelect({
  value,
  name,
  onChange,
}: {
  readonly value: string;
  readonly name?: string;
  readonly onChange?: (value: string) => void;
}): JSX.Element {
  return (
    <label>
      Showing{' '}
      {/* Controlled with onChange; else a form field whose first value is `value` (read on submit). */}
      <select
        name={name}
        value={onChange ? value : undefined}
        onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}
      >
        {OPTIONS.map(([v, label]) => (
          <option key={v} value={v} selected={onChange ? undefined : v === value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
