// The worker entry when Verbatim runs from its TypeScript sources (tsx, vitest): worker threads do not inherit
// the parent's TypeScript loader, so this registers tsx's in the worker and loads the task module through it.
// Built code (dist/) loads analysis-task.js directly.
import { register } from 'tsx/esm/api';

register();
const task = await import('./analysis-task.ts');

export default task.default;
