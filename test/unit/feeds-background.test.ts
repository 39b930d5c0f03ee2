import 'fake-indexeddb/auto';
import { Readability } from '@mozilla/readability';
import { IDBFactory } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PoolRecord } from '../../lib/article-pool';
import { createFeeds } from '../../lib/background/feeds';
import { readHtml } from '../../lib/feeds/read';
import { FEED_PERIOD_MS, MANUAL_GAP_MS } from '../../lib/feeds/schedule';
import { openFeedStore, openPoolStore } from '../../lib/reader-store';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

const ARTICLES = path.resolve(import.meta.dirname, '../fixtures/pool/articles');
const COURIER = fs.readFileSync(path.join(ARTICLES, 'courier-2026-06-13-castellane-beats-harlan.html'), 'utf8');
// A page that states its date in its metadata (the Courier's prints it only in the byline).
const CAPBIZ = fs.readFileSync(path.join(ARTICLES, 'capbiz-2026-03-24-corvid-wren-margins.html'), 'utf8');
const SITE = 'https://courier.example';
const longText = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the full text the feed carries, in whole sentences.</p>`).join('');

const rss = (items: string) => `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Northfield Courier</title>${items}</channel></rss>`;
const FEED = rss(`
  <item><guid>full-1</guid><title>Full text</title><link>${SITE}/full</link><pubDate>Sat, 13 Jun 2026 07:30:00 GMT</pubDate><content:encoded><![CDATA[${longText}]]></content:encoded></item>
  <item><guid>page-1</guid><title>From its page</title><link>/castellane</link></item>
  <item><guid>page-2</guid><title>A gallery</title><link>/gallery</link></item>`);

type Route = () => Response;

function setup(settings: Partial<Settings> = {}) {
  let now = Date.UTC(2026, 5, 14);
  const requests: { url: string; init: RequestInit }[] = [];
  const routes = new Map<string, Route>([
    [`${SITE}/feed.xml`, () => new Response(FEED, { headers: { 'content-type': 'application/rss+xml', etag: '"one"' } })],
    [`${SITE}/castellane`, () => new Response(COURIER, { headers: { 'content-type': 'text/html; charset=utf-8' } })],
    [`${SITE}/gallery`, () => new Response('<html><body><img src="a.jpg"></body></html>', { headers: { 'content-type': 'text/html' } })],
    [`${SITE}/home`, () => new Response('<!doctype html><html><body><p>Welcome</p></body></html>', { headers: { 'content-type': 'text/html' } })],
  ]);
  const fetchFn = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    if (url === `${SITE}/feed.xml` && (init.headers as Record<string, string>)['If-None-Match'] === '"one"') return new Response(null, { status: 304 });
    return routes.get(url)?.() ?? new Response('missing', { status: 404 });
  }) as typeof fetch;
  const alarms: boolean[] = [];
  const probed: number[] = [];
  const parse = (html: string) => parseHTML(html).document as unknown as Document;
  const feeds = createFeeds({
    fetch: fetchFn,
    feeds: openFeedStore(),
    pool: openPoolStore(),
    readPage: async (html, url) => readHtml(html, url, parse, Readability),
    probeTab: async (tabId) => (probed.push(tabId), { html: CAPBIZ, url: `${SITE}/read` }),
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    now: () => now,
    schedule: async (on) => void alarms.push(on),
    changed: async () => {},
  });
  const added: PoolRecord[][] = [];
  feeds.onPoolChanged((records) => added.push(records));
  return { feeds, requests, alarms, probed, added, routes, later: (ms: number) => (now += ms) };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('following feeds', () => {
  it('reads a new feed at once: full text from the feed, the others from their pages, each stated field kept', async () => {
    const { feeds, requests, alarms, added } = setup();
    const reply = await feeds.add(`${SITE}/feed.xml`);
    expect(reply).toMatchObject({ ok: true, feed: { status: 'ok', items: 3, title: 'Northfield Courier', line: '2 new articles added; 1 linked page has no readable article.' } });
    expect(alarms).toEqual([true]);
    for (const { init } of requests) expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store' });
    const pool = await feeds.poolArticles();
    expect(pool.map((r) => r.title).sort()).toEqual(['Full text', "Northfield's Castellane beats Harlan to reach Saltmarsh Open final"]);
    const page = pool.find((r) => r.urls[0] === `${SITE}/castellane`)!;
    expect(page).toMatchObject({ outlet: 'Northfield Courier', origin: 'feed', feed: `${SITE}/feed.xml` });
    // The canonical address the page states is kept beside the one it was read at.
    expect(page.urls[1]).toMatch(/^https:\/\/www\.northfieldcourier\.example\//);
    expect(pool.find((r) => r.title === 'Full text')).toMatchObject({ date: '2026-06-13', urls: [`${SITE}/full`] });
    await new Promise((r) => setTimeout(r, 0));
    expect(added.flat()).toHaveLength(2);
  });

  it('asks again conditionally, never more than once a minute on request or every 30 minutes on schedule', async () => {
    const { feeds, requests, later } = setup();
    await feeds.add(`${SITE}/feed.xml`);
    const feedRequests = () => requests.filter((r) => r.url.endsWith('/feed.xml'));
    await feeds.refresh(true);
    expect(feedRequests()).toHaveLength(1);
    later(MANUAL_GAP_MS);
    await feeds.refresh(false);
    expect(feedRequests()).toHaveLength(1);
    const [row] = await feeds.refresh(true);
    expect(feedRequests()).toHaveLength(2);
    expect((feedRequests()[1].init.headers as Record<string, string>)['If-None-Match']).toBe('"one"');
    expect(row).toMatchObject({ status: 'ok', line: 'No change since the last read.', items: 3 });
    later(FEED_PERIOD_MS);
    await feeds.refresh(false);
    expect(feedRequests()).toHaveLength(3);
  });

  it('keeps a bad feed with its one-line error, and loses nothing else', async () => {
    const { feeds, routes, later } = setup();
    await feeds.add(`${SITE}/feed.xml`);
    const before = await feeds.poolStats();
    later(1);
    expect(await feeds.add(`${SITE}/nothing.xml`)).toMatchObject({ ok: true, feed: { status: 'error', line: 'Not found (HTTP 404): check the address.' } });
    later(1);
    expect(await feeds.add(`${SITE}/home`)).toMatchObject({ ok: true, feed: { status: 'error', line: 'This address is not an RSS or Atom feed.' } });
    routes.set(`${SITE}/broken.xml`, () => new Response('<rss><channel><item><title>x</title></channel></rss', { headers: { 'content-type': 'application/xml' } }));
    later(1);
    const broken = await feeds.add(`${SITE}/broken.xml`);
    expect(broken.ok && broken.feed.status).toBe('error');
    expect(await feeds.add('javascript:alert(1)')).toEqual({ ok: false, error: 'That is not a web address (http or https).' });
    expect(await feeds.add(`${SITE}/feed.xml`)).toEqual({ ok: false, error: 'You follow this feed already.' });
    expect(await feeds.poolStats()).toEqual(before);
    expect((await feeds.rows()).map((r) => r.status)).toEqual(['ok', 'error', 'error', 'error']);
  });

  it('stops the schedule with the last feed, keeping its articles', async () => {
    const { feeds, alarms } = setup();
    await feeds.add(`${SITE}/feed.xml`);
    await feeds.add(`${SITE}/nothing.xml`);
    await feeds.remove(`${SITE}/feed.xml`);
    expect(alarms).toEqual([true, true]);
    expect(await feeds.remove(`${SITE}/nothing.xml`)).toEqual([]);
    expect(alarms).toEqual([true, true, false]);
    expect((await feeds.poolStats()).articles).toBe(2);
    await feeds.start();
    expect(alarms.at(-1)).toBe(false);
    expect((await feeds.forgetPool()).articles).toBe(0);
  });
});

describe('learning from reading', () => {
  it('does nothing while it is off: the tab is not even asked', async () => {
    const { feeds, probed } = setup();
    expect(await feeds.readTab(4, `${SITE}/read`)).toBe(false);
    expect(probed).toEqual([]);
  });

  it('adds the article of a page read, once, and skips sites where Triangulate is off', async () => {
    const { feeds, probed } = setup({ learnFromReading: true, disabledSites: ['off.example'] });
    expect(await feeds.readTab(4, `${SITE}/read`)).toBe(true);
    expect(await feeds.readTab(4, `${SITE}/read`)).toBe(false);
    expect(await feeds.readTab(5, 'https://off.example/story')).toBe(false);
    expect(probed).toEqual([4]);
    const [record] = await feeds.poolArticles();
    expect(record).toMatchObject({ origin: 'reading', outlet: 'Capital Business Daily', date: '2026-03-24' });
    expect(record.feed).toBeUndefined();
  });
});
