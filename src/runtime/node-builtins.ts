/**
 * Node built-ins reached at run time through `process.getBuiltinModule` (Node ≥ 20.16) instead of a static
 * `import … from 'node:…'`, so modules that browsers also load (model readers, model-file.ts) carry no `node:`
 * import a bundler would have to resolve. In a browser these throw `E_UNSUPPORTED_PLATFORM`; the browser entry
 * never reaches them (its models are preloaded, already decompressed).
 */
import { VerbatimError } from '../model/errors.js';

type Zlib = typeof import('node:zlib');
type Fs = typeof import('node:fs');
type FsPromises = typeof import('node:fs/promises');
type Url = typeof import('node:url');

/** Whether this runtime is Node (a browser has no `process.getBuiltinModule`). */
export function isNode(): boolean {
  return typeof globalThis.process?.getBuiltinModule === 'function';
}

function builtin<T>(id: string): T {
  if (!isNode()) {
    throw new VerbatimError('E_UNSUPPORTED_PLATFORM', `${id} is not available outside Node`);
  }
  return process.getBuiltinModule(id) as T;
}

export const nodeZlib = (): Zlib => builtin<Zlib>('node:zlib');
export const nodeFs = (): Fs => builtin<Fs>('node:fs');
export const nodeFsPromises = (): FsPromises => builtin<FsPromises>('node:fs/promises');
export const nodeUrl = (): Url => builtin<Url>('node:url');
