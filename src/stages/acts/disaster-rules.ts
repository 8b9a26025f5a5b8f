/**
 * Natural disasters in the coder: a hazard that strikes or kills (`a typhoon struck`, `areas hit by
 * floods`) is no actor of an act (manual ASSAULT: "deliberate actions which can potentially result
 * in substantial physical harm").
 */
import type { SentenceView } from './sentence-view.js';
import type { Trigger } from './triggers.js';

/** Nouns of natural hazards and disasters (`a typhoon struck`, `areas hit by floods`, `Tropical Storm Erika`). */
const HAZARDS: ReadonlySet<string> = new Set([
  'earthquake',
  'earthquakes',
  'quake',
  'quakes',
  'tremor',
  'tremors',
  'flood',
  'floods',
  'flooding',
  'storm',
  'storms',
  'hurricane',
  'hurricanes',
  'typhoon',
  'typhoons',
  'cyclone',
  'cyclones',
  'tornado',
  'tornadoes',
  'tsunami',
  'drought',
  'droughts',
  'landslide',
  'landslides',
  'mudslide',
  'mudslides',
  'avalanche',
  'avalanches',
  'wildfire',
  'wildfires',
  'eruption',
  'disaster',
  'disasters',
  'epidemic',
]);
/** Words between a subject and its verb (`has struck`, `that has killed`, `also hit`). */
const SKIPPED_BEFORE: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which']);
/** Tags of a noun phrase scanned for the hazard (`a devastating typhoon`, `Super Typhoon Yolanda`). */
const NP_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Longest noun phrase scanned (`the massive 7.8-magnitude earthquake`). */
const MAX_NP = 5;

/**
 * The noun phrase ending at `end` (its head) names a hazard: the head itself (`a devastating typhoon`;
 * not `earthquake victims`), or a word of the proper name it ends (`Tropical Storm Erika`).
 */
function hazardHead(view: SentenceView, end: number): boolean {
  if (HAZARDS.has(view.words[end] ?? '')) return true;
  for (let i = end; i >= 0 && end - i < MAX_NP && view.upos[i] === 'PROPN'; i--)
    if (HAZARDS.has(view.words[i] ?? '')) return true;
  return false;
}

/** The last token of the noun phrase starting at `from` (`by a severe drought that …` → drought). */
function phraseEnd(view: SentenceView, from: number): number {
  let i = from;
  while (i + 1 < view.words.length && i + 1 - from < MAX_NP && NP_TAGS.has(view.upos[i + 1] ?? '')) i++;
  return NP_TAGS.has(view.upos[from] ?? '') ? i : -1;
}

/**
 * The trigger's subject or passive agent is a natural hazard (`a typhoon has struck China`, `the
 * earthquake that killed 19`, `areas hit by a drought`): no deliberate act. A participle after a
 * comma (`…, killing 400 people`) shares the subject of a hazard-caused verb before it (`hazardVerbs`: their first tokens).
 */
export function hazardCaused(view: SentenceView, t: Trigger, hazardVerbs: ReadonlySet<number>): boolean {
  let i = t.first - 1;
  while (i >= 0 && (SKIPPED_BEFORE.has(view.upos[i] ?? '') || RELATIVE_WORDS.has(view.words[i] ?? ''))) i--;
  if (i >= 0 && hazardHead(view, i)) return true;
  if (view.words[t.head + 1] === 'by' && hazardHead(view, phraseEnd(view, t.head + 2))) return true;
  if (view.words[t.first - 1] !== ',') return false;
  for (const v of hazardVerbs) if (v < t.first) return true;
  return false;
}
