export { type CorpusApi, corpusApi } from './corpus-store.js';
export { mergeActors, renameActor, type SplitSelection, splitActor } from './corrections.js';
export { type ArticleActor, type Candidate, type Decision, decide, SCORES } from './decide.js';
export { linkArticle } from './link.js';
export { actorKeys, nameWords, normalise, typeGroup } from './names.js';
export { assignStory, STORY_MIN_SHARED, STORY_WINDOW_DAYS } from './stories.js';
export type * from './types.js';
