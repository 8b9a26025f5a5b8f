/**
 * Hash routes (`#/article/<id>`, `#/actor/<id>`, `#/search?q=…`): the server serves one static page and
 * never needs a fallback route. Hand-written: a router library would add more than these 30 lines.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** Path parts after `#/`, decoded. */
  readonly parts: readonly string[];
  readonly params: URLSearchParams;
}

export function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  return { parts, params: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = (): void => setRoute(currentRoute());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** `#/part/part?k=v` with each part encoded. */
export function href(
  parts: readonly string[],
  params?: Readonly<Record<string, string | undefined>>,
): string {
  const path = parts.map((p) => encodeURIComponent(p)).join('/');
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
  const s = q.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}
