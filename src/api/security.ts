/**
 * The server's guards, as Fastify hooks:
 *   - loopback by default; any other address needs an access token (checked in `checkBind`, before listening);
 *   - with a token, every request that writes or fetches (every non-GET) must carry it
 *     (`Authorization: Bearer …`); compared in constant time;
 *   - DNS rebinding: on loopback, a request whose Host is not a loopback name is refused (403), so a web page
 *     whose domain resolves to 127.0.0.1 cannot read the corpus;
 *   - cross-site writes: a non-GET request with an Origin other than its own Host is refused (403), so another
 *     site cannot post a form (multipart is a CORS "simple" request) to the local server;
 *   - a strict Content-Security-Policy (`default-src 'self'`, no inline script) and the usual companions on
 *     every response. Hand-written rather than @fastify/helmet: one fixed header set, no options to get wrong.
 */
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VerbatimError } from '../model/errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SecurityOptions {
  /** The address the server listens on. */
  readonly host: string;
  /** Access token for writes and fetches; required when `host` is not loopback. */
  readonly token?: string | undefined;
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (LOOPBACK_NAMES.has(bare)) return true;
  return isIP(bare) === 4 ? bare.startsWith('127.') : false;
}

/** Refuses to start a server reachable from other machines without a token. */
export function checkBind(options: SecurityOptions): void {
  if (!isLoopback(options.host) && !options.token) {
    throw new VerbatimError('E_API_TOKEN_REQUIRED', `refusing to listen on ${options.host} without a token`);
  }
}

/** The host name of a Host header (`[::1]:8080` → `[::1]`, `localhost:80` → `localhost`). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^(\[[^\]]*\]|[^:]*)/.exec(header.trim().toLowerCase());
  return m?.[1] ?? '';
}

function tokenMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  checkBind(options);
  const loopback = isLoopback(options.host);
  app.addHook('onRequest', async (request) => {
    if (loopback && !LOOPBACK_NAMES.has(hostName(request.headers.host))) {
      throw new VerbatimError('E_API_FORBIDDEN', `host '${request.headers.host ?? ''}' is not this server`);
    }
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== 'null') {
      let originHost = '';
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        // an unparsable Origin is refused below
      }
      if (originHost !== (request.headers.host ?? '').toLowerCase()) {
        throw new VerbatimError('E_API_FORBIDDEN', `cross-origin write from ${origin} refused`);
      }
    } else if (origin === 'null') {
      throw new VerbatimError('E_API_FORBIDDEN', 'write from an opaque origin refused');
    }
    if (options.token && !tokenMatches(request, options.token)) {
      throw new VerbatimError(
        'E_API_UNAUTHORIZED',
        `${request.method} ${request.url} needs the access token`,
      );
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });
}
