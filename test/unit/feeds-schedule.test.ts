import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_BYTES, politeGet, requestHeaders } from '../../lib/feeds/fetch';
import type { FeedItem } from '../../lib/feeds/parse';
import { FEED_PERIOD_MS, feedAddress, isDue, MANUAL_GAP_MS, MAX_NEW_ITEMS, MAX_SEEN, newItems, nextSeen, statusOf, type FeedOutcome } from '../../lib/feeds/schedule';

const item = (key: string): FeedItem => ({ key, url: `https://a.example/${key}`, title: key, date: '', blocks: [] });

describe('feed schedule', () => {
  it('fetches a feed at most every 30 minutes on the schedule, every minute on request', () => {
    const t = 1_000_000_000;
    expect(isDue({ fetchedAt: null }, t, false)).toBe(true);
    expect(isDue({ fetchedAt: t }, t + FEED_PERIOD_MS - 1, false)).toBe(false);
    expect(isDue({ fetchedAt: t }, t + FEED_PERIOD_MS, false)).toBe(true);
    expect(isDue({ fetchedAt: t }, t + MANUAL_GAP_MS - 1, true)).toBe(false);
    expect(isDue({ fetchedAt: t }, t + MANUAL_GAP_MS, true)).toBe(true);
  });

  it(`takes at most ${MAX_NEW_ITEMS} new items, and the rest on a later read`, () => {
    const items = Array.from({ length: 120 }, (_, i) => item(`k${i}`));
    const first = newItems(items, []);
    expect(first).toHaveLength(MAX_NEW_ITEMS);
    const seen = nextSeen(first, []);
    const second = newItems(items, seen);
    expect(second[0].key).toBe('k50');
    expect(newItems(items, nextSeen(second, seen))[0].key).toBe('k100');
  });

  it(`remembers at most ${MAX_SEEN} keys, each once, the latest kept`, () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3000 }), (taken, seen) => {
        const next = nextSeen(taken.map(item), seen);
        expect(next.length).toBeLessThanOrEqual(MAX_SEEN);
        expect(new Set(next).size).toBe(next.length);
        for (const k of taken) expect(next).toContain(k);
      }),
      { numRuns: 50 },
    );
  });

  it('gives every outcome one line, errors marked as errors', () => {
    const outcomes: FeedOutcome[] = [
      { kind: 'http', status: 404 }, { kind: 'http', status: 500 }, { kind: 'timeout' }, { kind: 'too-big' }, { kind: 'network' },
      { kind: 'not-a-feed' }, { kind: 'malformed' }, { kind: 'not-modified' }, { kind: 'read', listed: 3, added: 1, unreadable: 2, left: 0 },
    ];
    for (const o of outcomes) {
      const { status, line } = statusOf(o);
      expect(line).not.toContain('\n');
      expect(status).toBe(o.kind === 'read' || o.kind === 'not-modified' ? 'ok' : 'error');
    }
    expect(statusOf({ kind: 'http', status: 404 }).line).toContain('Not found');
    expect(statusOf({ kind: 'read', listed: 3, added: 1, unreadable: 2, left: 0 }).line).toBe('1 new article added; 2 linked pages have no readable article.');
  });

  it('accepts http(s) feed addresses only', () => {
    expect(feedAddress('news.example/feed.xml')).toBe('https://news.example/feed.xml');
    expect(feedAddress(' http://127.0.0.1:8080/rss ')).toBe('http://127.0.0.1:8080/rss');
    for (const bad of ['', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.example/f', 'http://', 'x'.repeat(3000)]) expect(feedAddress(bad)).toBeNull();
  });
});

describe('politeGet', () => {
  const respond = (body: BodyInit | null, init: ResponseInit = {}) => async () => new Response(body, init);

  it('asks with GET, no credentials, no cache, and the stored validators', async () => {
    const seen: RequestInit[] = [];
    const fetchFn = (async (_url: string, init: RequestInit) => (seen.push(init), new Response('<rss/>', { headers: { etag: '"v2"', 'last-modified': 'Sat, 13 Jun 2026 07:00:00 GMT' } }))) as typeof fetch;
    const got = await politeGet(fetchFn, 'https://a.example/f', { validators: { etag: '"v1"', lastModified: 'Fri, 12 Jun 2026 07:00:00 GMT' }, maxBytes: 100 });
    expect(seen[0]).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', headers: { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Fri, 12 Jun 2026 07:00:00 GMT' } });
    expect(got).toMatchObject({ kind: 'body', text: '<rss/>', validators: { etag: '"v2"', lastModified: 'Sat, 13 Jun 2026 07:00:00 GMT' } });
    expect(requestHeaders(undefined)).toEqual({});
  });

  it('turns every failure into an outcome', async () => {
    const get = (f: () => Promise<Response>, maxBytes = MAX_FEED_BYTES, timeoutMs?: number) => politeGet(f as typeof fetch, 'https://a.example/f', { maxBytes, timeoutMs });
    expect(await get(respond(null, { status: 304 }))).toEqual({ kind: 'not-modified' });
    expect(await get(respond('gone', { status: 404 }))).toEqual({ kind: 'http', status: 404 });
    expect(await get(async () => Promise.reject(new TypeError('offline')))).toEqual({ kind: 'network' });
    expect(await get(respond('x'.repeat(2000)), 1000)).toEqual({ kind: 'too-big' });
    expect(await get(respond('x', { headers: { 'content-length': String(MAX_FEED_BYTES + 1) } }))).toEqual({ kind: 'too-big' });
    // A body that streams forever is cut at the cap, not read to the end.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(64 * 1024))) });
    expect(await get(respond(endless), 1024 * 1024)).toEqual({ kind: 'too-big' });
    expect(pulled).toBeLessThan(40);
    const hanging = (_u: string, init: RequestInit) => new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await politeGet(hanging as typeof fetch, 'https://a.example/f', { maxBytes: 10, timeoutMs: 5 })).toEqual({ kind: 'timeout' });
  });
});
