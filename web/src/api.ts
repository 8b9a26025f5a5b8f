/**
 * Talking to the server: JSON in and out, the access token (when the server has one) on every write, and
 * errors as `ApiError` with the server's code, message and hint. The token comes once from the URL
 * (`/?token=…`, as `verbatim serve` prints it) and is kept for the tab's session only.
 */

const TOKEN_KEY = 'verbatim.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Moves a `?token=` from the address bar into session storage (and out of the history). */
export function adoptTokenFromUrl(): void {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function headers(json: boolean): Record<string, string> {
  const h: Record<string, string> = { accept: 'application/json' };
  if (json) h['content-type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) h['authorization'] = `Bearer ${token}`;
  return h;
}

async function parse<T>(res: Response, signal?: AbortSignal): Promise<T> {
  const body = (await res.json().catch(() => undefined)) as
    | { error?: { code: string; message: string; hint: string } }
    | undefined;
  // A body cut off by leaving the view (or by the network) is an error, never a value of `undefined`.
  if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
  if (res.ok && body === undefined)
    throw new ApiError(res.status, 'E_BAD_BODY', 'The server sent no JSON.', 'Reload the page.');
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `HTTP_${res.status}`,
      e?.message ?? res.statusText,
      e?.hint ?? '',
    );
  }
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, { headers: headers(false), ...(signal ? { signal } : {}) }), signal);
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { method: 'POST', headers: headers(true), body: JSON.stringify(body) };
  return parse<T>(await fetch(path, signal ? { ...init, signal } : init), signal);
}

export async function postForm<T>(path: string, form: FormData): Promise<T> {
  return parse<T>(await fetch(path, { method: 'POST', headers: headers(false), body: form }));
}

/** A query string from the defined values of `params`. */
export function query(params: Readonly<Record<string, string | number | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
