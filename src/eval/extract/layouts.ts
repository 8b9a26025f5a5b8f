/**
 * The two benchmark layouts `verbatim eval extract` reads, and the page list
 * `verbatim predict extract` walks:
 *   WCXB:        `html/<id>.html.gz` + `ground-truth/<id>.json`;
 *   trafilatura: `evaldata.json` (`{url: {file, with, without, …}}`) + pages
 *                gzipped under `eval/` or `cache/` as `<file>.gz`;
 *   plain:       `<id>.html` / `<id>.html.gz` directly in the folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VerbatimError } from '../../model/errors.js';

export interface PageRef {
  readonly id: string;
  readonly path: string;
}

const PAGE_RE = /^(.+?)\.html?(?:\.gz)?$|^(.+)\.gz$/i;

/** Every `<id>.html` / `<id>.html.gz` page of a folder (and its `html/`, `eval/`, `cache/` subfolders). */
export function listPages(dir: string): PageRef[] {
  const pages = new Map<string, PageRef>();
  for (const sub of ['', 'html', 'eval', 'cache']) {
    const d = sub ? join(dir, sub) : dir;
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d).sort()) {
      const m = PAGE_RE.exec(name);
      const id = m?.[1] ?? m?.[2];
      if (id && !pages.has(id)) pages.set(id, { id, path: join(d, name) });
    }
  }
  if (pages.size === 0) {
    throw new VerbatimError('E_TASK_INPUT', `no <id>.html or <id>.html.gz pages in ${dir}`, { file: dir });
  }
  return [...pages.values()];
}

export interface WcxbGold {
  readonly id: string;
  readonly url?: string;
  readonly mainContent?: string;
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

export function readWcxb(dir: string): { page: PageRef; gold: WcxbGold }[] {
  const gtDir = join(dir, 'ground-truth');
  const out: { page: PageRef; gold: WcxbGold }[] = [];
  for (const name of readdirSync(gtDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -5);
    const raw = JSON.parse(readFileSync(join(gtDir, name), 'utf8')) as {
      url?: string;
      ground_truth?: { main_content?: string; title?: string; author?: string; publish_date?: string };
    };
    const g = raw.ground_truth ?? {};
    const path = [join(dir, 'html', `${id}.html.gz`), join(dir, 'html', `${id}.html`)].find((p) =>
      existsSync(p),
    );
    if (!path) continue;
    out.push({
      page: { id, path },
      gold: {
        id,
        ...(raw.url ? { url: raw.url } : {}),
        ...(typeof g.main_content === 'string' ? { mainContent: g.main_content } : {}),
        ...(g.title ? { title: g.title } : {}),
        ...(g.author ? { author: g.author } : {}),
        ...(g.publish_date ? { date: g.publish_date } : {}),
      },
    });
  }
  return out;
}

export interface TrafilaturaGold {
  readonly url: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

export function readTrafilatura(dir: string): { page: PageRef | undefined; gold: TrafilaturaGold }[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; with?: string[]; without?: string[]; title?: unknown; author?: unknown; date?: unknown }
  >;
  return Object.entries(data).map(([url, v]) => {
    const candidates = ['eval', 'cache'].flatMap((sub) => [
      join(dir, sub, `${v.file}.gz`),
      join(dir, sub, v.file),
      join(dir, sub, `${v.file.replace(/\.html?$/, '')}.gz`),
    ]);
    const path = candidates.find((p) => existsSync(p));
    const id = v.file.replace(/\.html?$/i, '');
    return {
      page: path ? { id, path } : undefined,
      gold: {
        url,
        with: v.with ?? [],
        without: v.without ?? [],
        // Four pages list authors as an array: no single string to compare, so left out.
        ...(typeof v.title === 'string' && v.title ? { title: v.title } : {}),
        ...(typeof v.author === 'string' && v.author ? { author: v.author } : {}),
        ...(typeof v.date === 'string' && v.date ? { date: v.date } : {}),
      },
    };
  });
}

export function detectLayout(dir: string): 'wcxb' | 'trafilatura' {
  if (existsSync(join(dir, 'evaldata.json'))) return 'trafilatura';
  if (existsSync(join(dir, 'ground-truth'))) return 'wcxb';
  throw new VerbatimError(
    'E_TASK_INPUT',
    `${dir} is neither a WCXB folder nor a trafilatura evaluation folder`,
    {
      file: dir,
      hint: 'pass a folder with html/ + ground-truth/ (WCXB) or evaldata.json + eval/ (trafilatura)',
    },
  );
}
