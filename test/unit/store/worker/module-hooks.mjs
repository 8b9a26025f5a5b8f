// Module hooks of writer-modules.test.ts (registered by module-list.mjs): each module the child loads, by URL,
// appended to the file the test names.
import { appendFileSync } from 'node:fs';

let out = '';

export function initialize(data) {
  out = data.out;
}

export async function load(url, context, next) {
  appendFileSync(out, `${url}\n`);
  return next(url, context);
}
