/** The answer cache: least recently used go first past the byte budget, entries expire, and ingest clears it. */
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/api/response-cache.js';

describe('ResponseCache', () => {
  it('evicts the least recently used past its byte budget', () => {
    const cache = new ResponseCache(40, 60_000);
    cache.set('/a', 'x'.repeat(10), 0);
    cache.set('/b', 'y'.repeat(10), 0);
    expect(cache.get('/a', 1)?.body).toBe('x'.repeat(10)); // /a is now the most recently used
    cache.set('/c', 'z'.repeat(10), 2);
    cache.set('/d', 'w'.repeat(10), 3);
    cache.set('/e', 'v'.repeat(10), 4); // over 40 bytes: /b goes first
    expect(cache.get('/b', 5)).toBeUndefined();
    expect(cache.get('/a', 5)).toBeDefined();
    expect(cache.get('/e', 5)).toBeDefined();
  });

  it('expires entries after its time to live, and clears', () => {
    const cache = new ResponseCache(1000, 100);
    cache.set('/a', 'body', 0);
    expect(cache.get('/a', 50)?.body).toBe('body');
    expect(cache.get('/a', 151)).toBeUndefined();
    cache.set('/b', 'body', 200);
    cache.clear();
    expect(cache.get('/b', 201)).toBeUndefined();
  });

  it('does not keep an answer larger than a quarter of its budget', () => {
    const cache = new ResponseCache(100, 1000);
    cache.set('/big', 'x'.repeat(30), 0);
    expect(cache.get('/big', 1)).toBeUndefined();
  });
});

describe('ResponseCache with bytes', () => {
  it('counts a Buffer by its bytes and keeps its ETag', () => {
    const cache = new ResponseCache(100, 1000);
    cache.set('/art', Buffer.from('é'.repeat(10)), 0, '"a1L"'); // 20 bytes
    expect(cache.get('/art', 1)?.etag).toBe('"a1L"');
    cache.set('/x', 'x'.repeat(25), 2);
    cache.set('/y', 'y'.repeat(25), 3);
    cache.set('/z', 'z'.repeat(25), 4); // 20 + 75 = 95 bytes: all fit
    expect(cache.get('/art', 5)).toBeDefined();
    cache.set('/w', 'w'.repeat(10), 6); // 105 bytes: the least recently used (/x) goes
    expect(cache.get('/x', 7)).toBeUndefined();
  });
});
