/** The app shell: navigation and the view of the current hash route. */
import type { JSX } from 'preact';
import { useRoute } from './router.js';
import { ActorPage } from './views/actor-page.js';
import { ActorsView } from './views/actors-view.js';
import { AddView } from './views/add-view.js';
import { AnalyzeView } from './views/analyze-view.js';
import { ArticlePage } from './views/article-page.js';
import { ClaimsView } from './views/claims-view.js';
import { OverviewView } from './views/overview-view.js';
import { SearchView } from './views/search-view.js';
import { StoriesView } from './views/stories-view.js';
import { StoryPage } from './views/story-page.js';
import { TimelineView } from './views/timeline-view.js';

const NAV: readonly [string, string][] = [
  ['', 'Corpus'],
  ['search', 'Search'],
  ['actors', 'Actors'],
  ['stories', 'Stories'],
  ['claims', 'Claims'],
  ['timeline', 'Timeline'],
  ['add', 'Add articles'],
  ['analyze', 'Analyse'],
];

function View(): JSX.Element {
  const { parts, params } = useRoute();
  const [first = '', second = ''] = parts;
  switch (first) {
    case 'analyze':
      return <AnalyzeView />;
    case 'add':
      return <AddView />;
    case 'search':
      return <SearchView q={params.get('q') ?? ''} scope={params.get('in') ?? ''} />;
    case 'actors':
      return <ActorsView params={params} />;
    case 'stories':
      return <StoriesView params={params} />;
    case 'story':
      return <StoryPage key={second} id={second} />;
    case 'claims':
      return <ClaimsView params={params} />;
    case 'timeline':
      return <TimelineView params={params} />;
    case 'article':
      return <ArticlePage key={second} id={second} statement={params.get('s')} />;
    case 'actor':
      return <ActorPage key={second} id={second} />;
    default:
      return <OverviewView />;
  }
}

export function App(): JSX.Element {
  const route = useRoute();
  const current = route.parts[0] ?? '';
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
          {NAV.map(([path, label]) => (
            <a key={path} href={`#/${path}`} aria-current={current === path ? 'page' : undefined}>
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
