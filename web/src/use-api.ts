/** Loading JSON for a view: `{ data, error, loading }`, reloaded when `path` changes, aborted when left. */
import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api.js';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
}

export function useApi<T>(path: string | undefined): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: !!path });
  useEffect(() => {
    if (!path) return undefined;
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    getJson<T>(path, abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ data: undefined, error, loading: false });
      },
    );
    return () => abort.abort();
  }, [path]);
  return state;
}

/** A list that grows page by page ("Load more"), restarting when `path` changes. */
export function usePaged<T>(path: string): Loaded<readonly T[]> & { more: (() => void) | undefined } {
  const [items, setItems] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [next, setNext] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    setItems([]);
    setCursor(undefined);
  }, [path]);
  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    const url = cursor
      ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`
      : path;
    getJson<{ items: T[]; nextCursor?: string }>(url, abort.signal).then(
      (page) => {
        if (abort.signal.aborted) return;
        setItems((old) => (cursor ? [...old, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (!abort.signal.aborted) {
          setError(e);
          setLoading(false);
        }
      },
    );
    return () => abort.abort();
  }, [path, cursor]);
  return { data: items, error, loading, more: next ? () => setCursor(next) : undefined };
}
