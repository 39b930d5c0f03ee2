// The feeds the reader subscribed to and the article pool, in the background: fetching a feed
// when it is due, reading each new item's article (from the feed when it carries the whole
// text, else from its page), learning from pages the reader opens, and the pool's limits.
// Browser calls come in as parts, so all of it runs in Node tests.
import { poolRecord, type PoolRecord, type PoolStats } from '../article-pool';
import { MAX_PAGE_BYTES, MAX_FEED_BYTES, politeGet } from '../feeds/fetch';
import { NotAFeed, parseFeed, type FeedItem, type ParsedFeed } from '../feeds/parse';
import type { PageRead } from '../feeds/read';
import { feedAddress, isDue, newFeed, newItems, nextSeen, statusOf, toRow, type FeedOutcome, type FeedRecord, type FeedRow } from '../feeds/schedule';
import type { Outcome } from '../outcome';
import type { FeedStore, PoolStore } from '../reader-store';
import { siteListed, type Settings } from '../settings';

export interface FeedsParts {
  fetch: typeof fetch;
  feeds: FeedStore;
  pool: PoolStore;
  /** Reads an HTML page as an article where a DOM is at hand (offscreen document, background page). */
  readPage(html: string, url: string): Promise<PageRead | null>;
  /** The HTML of the page in a tab, when it marks itself as an article (feeds/read articleProbe). */
  probeTab(tabId: number): Promise<{ html: string; url: string } | null>;
  settings(): Promise<Settings>;
  now(): number;
  /** Starts (true) or stops (false) the alarm that wakes the background for feeds that are due. */
  schedule(on: boolean): Promise<void>;
  /** Tells the extension's open pages that the feeds or the pool changed. */
  changed(): Promise<void>;
}

export type PoolListener = (added: PoolRecord[]) => void;

const HTML = /^(?:text\/html|application\/xhtml\+xml)\b/i;

export function createFeeds(p: FeedsParts) {
  const listeners = new Set<PoolListener>();
  const running = new Map<string, Promise<FeedRecord>>();

  async function addToPool(records: PoolRecord[]): Promise<PoolRecord[]> {
    if (!records.length) return [];
    const { poolMaxArticles: maxArticles, poolMaxDays: maxDays } = await p.settings();
    const added = await p.pool.add(records, { maxArticles, maxDays }, p.now());
    // A listener's failure is its own: the pool and the feeds go on.
    for (const listener of added.length ? listeners : []) queueMicrotask(() => {
      try {
        listener(added);
      } catch {}
    });
    return added;
  }

  /** An item's article: from the feed when it carries the whole text, else from its page.
   * null: nothing new (its page is in the pool already); 'unreadable': no article there. */
  async function articleOf(item: FeedItem, feed: ParsedFeed, feedUrl: string): Promise<PoolRecord | null | 'unreadable'> {
    const stated = { title: item.title, outlet: feed.title, date: item.date, url: item.url };
    if (item.blocks.length) return poolRecord({ ...stated, blocks: item.blocks }, 'feed', p.now(), { feed: feedUrl });
    if (await p.pool.has(item.url)) return null;
    const got = await politeGet(p.fetch, item.url, { maxBytes: MAX_PAGE_BYTES });
    if (got.kind !== 'body' || !HTML.test(got.contentType)) return 'unreadable';
    const read = await p.readPage(got.text, item.url).catch(() => null);
    if (!read) return 'unreadable';
    const { page } = read;
    // What the page states first; the feed's word where the page is silent.
    const merged = { ...page, title: page.title || item.title, outlet: page.outlet || feed.title, date: page.date || item.date };
    return poolRecord(merged, 'feed', p.now(), { urls: read.urls, feed: feedUrl });
  }

  async function read(feed: FeedRecord, started: number): Promise<FeedRecord> {
    const got = await politeGet(p.fetch, feed.url, { validators: feed.validators, maxBytes: MAX_FEED_BYTES });
    const done = (outcome: FeedOutcome, patch: Partial<FeedRecord> = {}): FeedRecord => ({ ...feed, ...patch, fetchedAt: started, ...statusOf(outcome) });
    if (got.kind !== 'body') return done(got);
    let parsed: ParsedFeed;
    try {
      parsed = parseFeed(got.text, feed.url);
    } catch (e) {
      return done({ kind: e instanceof NotAFeed ? 'not-a-feed' : 'malformed' });
    }
    const fresh = newItems(parsed.items, feed.seen);
    const left = newItems(parsed.items, [...feed.seen, ...fresh.map((i) => i.key)]).length;
    const records: PoolRecord[] = [];
    let unreadable = 0;
    for (const item of fresh) {
      const article = await articleOf(item, parsed, feed.url);
      if (article === 'unreadable') unreadable++;
      else if (article) records.push(article);
    }
    const added = await addToPool(records);
    return done(
      { kind: 'read', listed: parsed.items.length, added: added.length, unreadable, left },
      // With items left over, the next read must get the whole feed again, not a 304.
      { title: parsed.title || feed.title, items: parsed.items.length, seen: nextSeen(fresh, feed.seen), validators: left ? {} : got.validators },
    );
  }

  /** Fetches one feed if it is due; one read per feed at a time. */
  function refreshOne(feed: FeedRecord, manual: boolean): Promise<FeedRecord> {
    const now = p.now();
    const inFlight = running.get(feed.url);
    if (inFlight) return inFlight;
    if (!isDue(feed, now, manual)) return Promise.resolve(feed);
    const job = read(feed, now)
      .then(async (next) => {
        // Removed while it was read: not brought back.
        if (await p.feeds.get(feed.url)) await p.feeds.put(next);
        await p.changed();
        return next;
      })
      .finally(() => running.delete(feed.url));
    running.set(feed.url, job);
    return job;
  }

  const rows = async (): Promise<FeedRow[]> => (await p.feeds.all()).sort((a, b) => a.addedAt - b.addedAt).map(toRow);

  return {
    rows,
    /** Subscribes to a feed and reads it at once. A bad feed is kept with its error on its row. */
    async add(input: string): Promise<Outcome<{ feed: FeedRow }>> {
      const url = feedAddress(input);
      if (!url) return { ok: false, error: 'That is not a web address (http or https).' };
      if (await p.feeds.get(url)) return { ok: false, error: 'You follow this feed already.' };
      const feed = newFeed(url, p.now());
      await p.feeds.put(feed);
      await p.schedule(true);
      return { ok: true, feed: toRow(await refreshOne(feed, true)) };
    },
    async remove(url: string): Promise<FeedRow[]> {
      await p.feeds.remove(url);
      if (!(await p.feeds.all()).length) await p.schedule(false);
      await p.changed();
      return rows();
    },
    /** Reads every feed that is due: on the alarm (manual false) or when the reader asks. */
    async refresh(manual: boolean): Promise<FeedRow[]> {
      for (const feed of await p.feeds.all()) await refreshOne(feed, manual).catch(() => feed);
      return rows();
    },
    /** At every start: the alarm runs exactly when there is a feed to read. */
    async start(): Promise<void> {
      await p.schedule((await p.feeds.all()).length > 0);
    },
    /** A page the reader opened: its article joins the pool when learning from reading is on. */
    async readTab(tabId: number, url: string): Promise<boolean> {
      const settings = await p.settings();
      if (!settings.learnFromReading || siteListed(settings.disabledSites, url) || (await p.pool.has(url))) return false;
      const probed = await p.probeTab(tabId).catch(() => null);
      const read = probed && (await p.readPage(probed.html, probed.url).catch(() => null));
      if (!read) return false;
      const added = await addToPool([poolRecord(read.page, 'reading', p.now(), { urls: read.urls })]);
      if (added.length) await p.changed();
      return added.length > 0;
    },
    poolStats: (): Promise<PoolStats> => p.pool.stats(),
    poolArticles: (): Promise<PoolRecord[]> => p.pool.all(),
    /** Empties the pool: stories, their sources and the feeds stay. */
    async forgetPool(): Promise<PoolStats> {
      await p.pool.clear();
      await p.changed();
      return p.pool.stats();
    },
    /** Where the clustering plugs in: called with the records each change added. */
    onPoolChanged(listener: PoolListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Feeds = ReturnType<typeof createFeeds>;
