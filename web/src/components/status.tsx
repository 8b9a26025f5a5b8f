/** Loading and error notes shared by the views. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, setToken } from '../api.js';

function TokenForm(): JSX.Element {
  const [value, setValue] = useState('');
  return (
    <form
      class="inline"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(value);
        location.reload();
      }}
    >
      <label>
        Access token <input type="password" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </label>
      <button type="submit">Use token</button>
    </form>
  );
}

export function ErrorNote({ error }: { error: unknown }): JSX.Element | null {
  if (!error) return null;
  const api = error instanceof ApiError ? error : undefined;
  return (
    <div class="error" role="alert">
      <p>
        <strong>{api ? api.code : 'Error'}</strong>: {api ? api.message : String(error)}
      </p>
      {api?.hint ? <p class="muted">Fix: {api.hint}</p> : null}
      {api?.status === 401 ? <TokenForm /> : null}
    </div>
  );
}

export function Loading({ what }: { what: string }): JSX.Element {
  return (
    <p class="muted" role="status">
      Loading {what}…
    </p>
  );
}
