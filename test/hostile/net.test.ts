/**
 * Hostile servers and addresses, against servers on 127.0.0.1 only: a body
 * trickled byte by byte, a Retry-After of an hour, IPv6 spellings of private
 * IPv4 addresses, and cloud metadata addresses behind --allow-private.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress, isBlockedAddress } from '../../src/ingest/net/address.js';
import { checkUrl, Fetcher } from '../../src/ingest/net/fetch.js';
import { VerbatimError } from '../../src/model/errors.js';
import { type LocalServer, startServer } from '../helpers/local-server.js';

let server: LocalServer;
const timers: NodeJS.Timeout[] = [];

beforeAll(async () => {
  server = await startServer({
    // Headers at once, then one byte every 200 ms: each chunk is within any per-chunk timeout.
    '/trickle': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('a'), 200);
      timers.push(t);
      res.on('close', () => clearInterval(t));
    },
    '/busy': (_req, res) => {
      res.writeHead(503, { 'retry-after': '3600' });
      res.end();
    },
  });
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await server.close();
});

async function failure(run: () => Promise<unknown>): Promise<VerbatimError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(VerbatimError);
    return error as VerbatimError;
  }
  throw new Error('expected a failure');
}

describe('fetch deadlines', () => {
  it('gives up on a trickled body at the total deadline (the per-chunk timeout never fired)', async () => {
    const fetcher = new Fetcher({ allowPrivate: true, timeoutMs: 5000, deadlineMs: 1000 });
    const started = Date.now();
    const e = await failure(() => fetcher.fetch(`${server.base}/trickle`));
    await fetcher.close();
    expect(e.code).toBe('E_FETCH_FAILED');
    expect(e.message).toMatch(/within the 1 s deadline/);
    expect(e.hint).toMatch(/--fetch-timeout/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('refuses a Retry-After of an hour at once, naming the wait (it waited a minute, then failed)', async () => {
    const fetcher = new Fetcher({ allowPrivate: true, backoffMs: 1 });
    const started = Date.now();
    const e = await failure(() => fetcher.fetch(`${server.base}/busy`));
    await fetcher.close();
    expect(e.code).toBe('E_FETCH_STATUS');
    expect(e.message).toMatch(/retry after 3600 s/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(server.hits.get('/busy')).toBe(1);
  });
});

describe('IPv6 forms of private IPv4 addresses', () => {
  it.each([
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:7f00:1',
    '::ffff:0:10.0.0.1',
    '::ffff:0:a00:1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::c0a8:101',
    '64:ff9b:1::1',
    '2002:7f00:1::',
    '2002:c0a8:101::1',
    '2001:0:4136:e378::1',
    '::127.0.0.1',
    '[::ffff:169.254.169.254]',
  ])('%s is refused', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
    expect(() => checkUrl(`http://[${address.replace(/^\[|\]$/g, '')}]/`, 'x', false)).toThrow(
      /private or local/,
    );
  });

  it.each(['::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1', '2606:4700::1111', '8.8.8.8'])(
    '%s is public',
    (address) => expect(isBlockedAddress(address)).toBe(false),
  );
});

describe('link-local and cloud metadata addresses', () => {
  const METADATA = [
    '169.254.169.254',
    'fd00:ec2::254',
    '100.100.100.200',
    'fe80::1',
    '::ffff:169.254.169.254',
  ];

  it.each(METADATA)('%s stays refused with --allow-private', (address) => {
    expect(classifyAddress(address)).toBe('link-local');
    expect(isBlockedAddress(address, { allowPrivate: true })).toBe(true);
    expect(() =>
      checkUrl(`http://${address.includes(':') ? `[${address}]` : address}/latest/`, 'x', true),
    ).toThrow(VerbatimError);
  });

  it.each(METADATA)('%s is opened only by naming it: --allow-link-local', (address) => {
    expect(isBlockedAddress(address, { allowLinkLocal: true })).toBe(false);
  });

  it('keeps loopback open with --allow-private (local test servers)', () => {
    expect(isBlockedAddress('127.0.0.1', { allowPrivate: true })).toBe(false);
    expect(isBlockedAddress('::1', { allowPrivate: true })).toBe(false);
  });
});
