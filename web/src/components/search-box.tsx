/** The search form: goes to the search view with the words in the address, so results can be bookmarked. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { href } from '../router.js';

export function SearchBox({ initial = '' }: { initial?: string }): JSX.Element {
  const [q, setQ] = useState(initial);
  return (
    <search>
      <form
        class="inline search"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim()) location.hash = href(['search'], { q: q.trim() });
        }}
      >
        <label>
          <span class="sr-only">Search articles and statements</span>
          <input
            type="search"
            name="q"
            placeholder="Search articles and statements"
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
