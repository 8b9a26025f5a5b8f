/** An article's actor as corpus linking sees it, with the keys `actorKeys` gives its name and aliases. */
import type { ArticleActor } from '../../../src/corpus/decide.js';
import { actorKeys } from '../../../src/corpus/names.js';

export function articleActor(
  name: string,
  type: string,
  aliases: readonly string[],
  extra: Partial<ArticleActor> = {},
): ArticleActor {
  const k = actorKeys(name, [...aliases], type);
  return {
    recordId: 'actor_1',
    name,
    type,
    titles: [],
    names: k.names,
    ...(k.surname ? { surname: k.surname } : {}),
    surnameOnly: k.surnameOnly,
    ...(k.word ? { word: k.word } : {}),
    ...extra,
  };
}
