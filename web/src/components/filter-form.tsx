/**
 * A view's filter form: on submit, every named field becomes a parameter of the view's route
 * (`#/actors?name=…&type=…`), so a filtered view is a link that can be shared and reloaded.
 */
import type { ComponentChildren, JSX } from 'preact';
import { href } from '../router.js';

export function FilterForm({
  route,
  children,
}: {
  readonly route: readonly string[];
  readonly children: ComponentChildren;
}): JSX.Element {
  return (
    <form
      class="inline filters"
      onSubmit={(e) => {
        e.preventDefault();
        const params: Record<string, string> = {};
        for (const [k, v] of new FormData(e.currentTarget)) if (typeof v === 'string') params[k] = v;
        location.hash = href(route, params);
      }}
    >
      {children}
      <button type="submit">Show</button>
    </form>
  );
}
