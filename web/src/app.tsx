/** The app shell: navigation and the view of the current hash route. */
import type { JSX } from 'preact';
import { useRoute } from './router.js';
import { AnalyzeView } from './views/analyze-view.js';

const NAV: readonly [string, string][] = [['#/analyze', 'Analyse']];

function View(): JSX.Element {
  const route = useRoute();
  const [first] = route.parts;
  switch (first) {
    default:
      return <AnalyzeView />;
  }
}

export function App(): JSX.Element {
  const route = useRoute();
  const current = `#/${route.parts[0] ?? 'analyze'}`;
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href="#/">
          Verbatim
        </a>
        <nav aria-label="Main">
          {NAV.map(([link, label]) => (
            <a key={link} href={link} aria-current={current === link ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <View />
      </main>
    </>
  );
}
