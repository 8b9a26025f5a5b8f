/**
 * `--out-dir`: one output file per input, and no file ever destroyed or lost.
 *   - An out-dir that equals, contains or lies inside an input is refused
 *     (E_OUTPUT_CONFLICT) before anything is read: outputs are never written
 *     over an input, and a rerun never reads outputs as inputs.
 *   - Output names keep the input's relative path (under its directory
 *     argument; a URL's host and path), with only the characters file systems
 *     refuse replaced (`a b.txt`, `a_b.txt` and non-Latin names stay apart).
 *     Names that still collide (case-only differences, `a.txt` and `a.html`,
 *     over-long names) get a hash of the full source, with a warning.
 *   - Each output is written to a temporary file in the same directory and
 *     renamed into place: a killed run leaves whole files or none.
 *   - A rerun with the same options skips inputs whose output exists, is
 *     newer than the input and was written since these options were first
 *     used there (`--force` redoes them); RUN_FILE records the options and
 *     that time, so a rerun with other options redoes everything.
 */
import { lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { VerbatimError } from '../model/errors.js';
import { hash53 } from '../model/ids.js';

/** Options of the last run into the directory (format, stages, dates …), to tell whether outputs are current. */
export const RUN_FILE = '.verbatim-run.json';
/** Longest name part kept (UTF-16 units): 80 keeps even 3-byte scripts under the 255-byte name limit. */
const MAX_SEGMENT_CHARS = 80;
/** Characters file systems refuse in names (Windows' set, which covers POSIX's `/` and NUL), and controls. */
const UNSAFE_NAME_RE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const INPUT_EXT_RE = /\.(?:html?|xhtml|txt|text|xml|rss|atom)(?:\.gz)?$/i;
const URL_RE = /^https?:\/\//i;

export interface OutDirOptions {
  /** Extension of the outputs (`txt`, `json`, `jsonl`). */
  readonly ext: string;
  /** What makes outputs differ besides their input (format, stages, date, encoding): recorded in RUN_FILE. */
  readonly fingerprint: Record<string, unknown>;
  /** Redo inputs whose output is current. */
  readonly force?: boolean;
}

/** Where one input's output goes. */
export interface OutTarget {
  /** Absolute output path. */
  readonly path: string;
  /** Set when the name had to be made unique. */
  readonly warning?: string;
}

export class OutDir {
  /** Output paths given out so far (case-folded), to keep names unique. */
  private readonly taken = new Set<string>();
  private constructor(
    readonly dir: string,
    private readonly options: OutDirOptions,
    /** When the run's options were first used in this directory (ms). */
    private readonly since: number,
  ) {}

  /**
   * Checks the directory against the inputs (paths as given on the command line), creates it, and records
   * the run's options. Throws E_OUTPUT_CONFLICT when it would overlap an input.
   */
  static async open(dir: string, inputs: readonly string[], options: OutDirOptions): Promise<OutDir> {
    const out = await canonical(dir);
    for (const input of inputs) {
      if (input === '-' || URL_RE.test(input)) continue;
      let path: string;
      try {
        path = await realpath(input);
      } catch {
        continue;
      }
      const inside = (child: string, parent: string): boolean =>
        child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
      if (inside(out, path) || inside(path, out)) {
        const how = out === path ? 'is' : inside(out, path) ? 'lies inside' : 'contains';
        throw new VerbatimError('E_OUTPUT_CONFLICT', `--out-dir ${dir} ${how} the input ${input}`, {
          file: input,
          hint: 'pass an --out-dir outside every input: outputs are never written over or among the inputs',
        });
      }
    }
    try {
      await mkdir(out, { recursive: true });
    } catch (error) {
      throw writeError(dir, error);
    }
    const fingerprint = JSON.stringify(options.fingerprint);
    const previous = await readRunFile(join(out, RUN_FILE));
    // Outputs count as current only when written since these options were first used here: a run killed
    // after changing options leaves older outputs that must be redone. (On a file system with coarse
    // times an output may look older than it is: it is then redone, never wrongly kept.)
    const since = previous?.options === fingerprint ? previous.since : Date.now();
    try {
      await writeAtomic(join(out, RUN_FILE), `${JSON.stringify({ options: fingerprint, since })}\n`);
    } catch (error) {
      throw writeError(dir, error);
    }
    return new OutDir(out, options, since);
  }

  /**
   * True when a file input's output is current: it exists, is newer than the input, and was written with the
   * same options; the input can then be skipped. Never with --force, nor for URLs and standard input.
   */
  async isCurrent(target: OutTarget, source: string): Promise<boolean> {
    if (this.options.force || source === '-' || URL_RE.test(source)) return false;
    try {
      const [input, output] = await Promise.all([stat(source), stat(target.path)]);
      return output.size > 0 && output.mtimeMs >= input.mtimeMs && output.mtimeMs >= this.since;
    } catch {
      return false;
    }
  }

  /**
   * A unique output path for an input (a path under `root`, a URL, a feed item, or `-`), reserved for it.
   * Names are given in input order, so the same inputs get the same names on every run.
   */
  target(source: string, root?: string): OutTarget {
    const { path: plain, truncated } = this.pathFor(source, root);
    if (!truncated && !this.taken.has(fold(plain))) {
      this.taken.add(fold(plain));
      return { path: plain };
    }
    const ext = `.${this.options.ext}`;
    const hashed = `${plain.slice(0, -ext.length)}-${hash53(source).slice(0, 8)}`;
    let path = `${hashed}${ext}`;
    for (let n = 2; this.taken.has(fold(path)); n++) path = `${hashed}-${n}${ext}`;
    this.taken.add(fold(path));
    const why = truncated ? 'its name is too long for a file name' : 'another input maps to the same name';
    return {
      path,
      warning: `output of ${source} written to ${relative(this.dir, path)}: ${why}`,
    };
  }

  /** Writes one output atomically (temporary file, then rename). */
  async write(target: OutTarget, content: string): Promise<void> {
    try {
      await mkdir(dirname(target.path), { recursive: true });
      await writeAtomic(target.path, content);
    } catch (error) {
      throw writeError(target.path, error);
    }
  }

  private pathFor(source: string, root?: string): { path: string; truncated: boolean } {
    const parts = relativeParts(source, root);
    const last = parts.length - 1;
    parts[last] = parts[last]!.replace(INPUT_EXT_RE, '') || 'input';
    const safe = parts.map(safeSegment);
    const names = safe.map((p) => p.name);
    return {
      path: join(this.dir, ...names.slice(0, -1), `${names[last]}.${this.options.ext}`),
      truncated: safe.some((p) => p.truncated),
    };
  }
}

/** The path parts an output keeps: relative to the directory argument, a URL's host and path, or the base name. */
function relativeParts(source: string, root?: string): string[] {
  if (source === '-') return ['stdin'];
  if (URL_RE.test(source)) {
    try {
      const u = new URL(source);
      const path = u.pathname.split('/').filter((p) => p && p !== '.' && p !== '..');
      const parts = [u.host, ...path.map(decode)];
      if (u.search) parts[parts.length - 1] += `-${hash53(u.search).slice(0, 6)}`;
      return parts.length > 1 ? parts : [u.host, 'index'];
    } catch {
      return [source];
    }
  }
  const hash = source.indexOf('#');
  if (hash > 0 && !root) {
    // A feed item without a link: the feed's name, then the item's id.
    return [...relativeParts(source.slice(0, hash)), source.slice(hash + 1)];
  }
  if (root) {
    const rel = relative(root, source);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep);
  }
  return [basename(source)];
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** One name part made safe for file systems, cut to MAX_SEGMENT_CHARS. */
function safeSegment(part: string): { name: string; truncated: boolean } {
  let s = part
    .normalize('NFC')
    .replace(UNSAFE_NAME_RE, '_')
    .replace(/[. ]+$/, '');
  if (s.startsWith('.')) s = `_${s.slice(1)}`;
  if (!s) s = '_';
  const truncated = s.length > MAX_SEGMENT_CHARS;
  // Never cut between the two halves of a surrogate pair.
  const cutAt = /[\ud800-\udbff]/.test(s[MAX_SEGMENT_CHARS - 1] ?? '')
    ? MAX_SEGMENT_CHARS - 1
    : MAX_SEGMENT_CHARS;
  return { name: truncated ? s.slice(0, cutAt) : s, truncated };
}

/** Case-folded key: two names that differ only in case are one file on macOS and Windows. */
function fold(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/** The real path of a directory that may not exist yet: the real path of its nearest existing ancestor + the rest. */
async function canonical(dir: string): Promise<string> {
  const abs = resolve(dir);
  const rest: string[] = [];
  for (let p = abs; ; p = dirname(p)) {
    try {
      await lstat(p);
      return join(await realpath(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return abs;
      rest.push(basename(p));
    }
  }
}

async function readRunFile(path: string): Promise<{ options: string; since: number } | undefined> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as { options?: unknown; since?: unknown };
    return typeof v.options === 'string' && typeof v.since === 'number'
      ? { options: v.options, since: v.since }
      : undefined;
  } catch {
    return undefined;
  }
}

async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content, { flag: 'w' });
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}

function writeError(path: string, error: unknown): VerbatimError {
  return new VerbatimError('E_OUTPUT_WRITE', `cannot write: ${(error as Error).message}`, {
    file: path,
    cause: error,
  });
}
