/**
 * English determiners that open a noun phrase: articles, demonstratives and possessive determiners. A
 * capitalised word after one heads a common noun phrase (`the Senator`, `our Captain`), not a name.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
