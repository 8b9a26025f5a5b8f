/** The store's corpus API (`store.corpus`): corpus actors, corrections, stories and timelines. */
import type { Driver } from '../store/core/driver.js';
import type { Page } from '../store/core/types.js';
import { mergeActors, renameActor, type SplitSelection, splitActor } from './corrections.js';
import { actorTimeline, getCorpusActor, listCorpusActors, listStories, storyTimeline } from './queries.js';
import { getStory } from './story.js';
import type {
  CorpusActorDetail,
  CorpusActorQuery,
  CorpusActorSummary,
  StoryDetail,
  StoryQuery,
  StorySummary,
  TimelineEntry,
} from './types.js';

export interface CorpusApi {
  actors(query?: CorpusActorQuery): Promise<Page<CorpusActorSummary>>;
  /** One corpus actor (a merged-away id answers with the actor it was merged into). */
  actor(id: number): Promise<CorpusActorDetail | undefined>;
  merge(into: number, from: number): Promise<{ moved: number }>;
  split(id: number, selection: SplitSelection): Promise<{ newId: number; moved: number }>;
  rename(id: number, name: string): Promise<void>;
  actorTimeline(id: number): Promise<TimelineEntry[]>;
  stories(query?: StoryQuery): Promise<Page<StorySummary>>;
  /** One story with its articles in time order and its key actors. */
  story(id: number): Promise<StoryDetail | undefined>;
  storyTimeline(id: number): Promise<TimelineEntry[]>;
}

export function corpusApi(db: Driver): CorpusApi {
  return {
    actors: (q = {}) => listCorpusActors(db, q),
    actor: (id) => getCorpusActor(db, id),
    merge: (into, from) => mergeActors(db, into, from),
    split: (id, sel) => splitActor(db, id, sel),
    rename: (id, name) => renameActor(db, id, name),
    actorTimeline: (id) => actorTimeline(db, id),
    stories: (q = {}) => listStories(db, q),
    story: (id) => getStory(db, id),
    storyTimeline: (id) => storyTimeline(db, id),
  };
}
