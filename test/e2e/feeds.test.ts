// Feeds, reading and the article pool in Debian's Chromium (the options page cannot be opened in
// Firefox under WebDriver BiDi, PLATFORM.md; Firefox's reading path is the same lib/feeds code,
// tested in Node). An RSS 2.0 feed whose items link to their pages (read in the offscreen
// document) and an Atom feed that carries one article whole are served from 127.0.0.1 beside
// the pool's fixture pages, with a feed that 404s and an address that is not a feed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumRun } from './browsers';
import { optionsPage as openOptions, poolStats, serveFeeds, type FeedRun } from './feed-server';

const RSS_PAGES = ['coastline-2026-06-14-castellane-saltmarsh-title', 'meridian-2026-06-14-castellane-beats-brevik', 'lantern-2026-06-15-brevik-tears'];
const ATOM_LINKED = 'ledger-2026-06-15-just-the-next-ball';
const READ_PAGE = 'courier-2026-06-15-northfield-celebrates-castellane.html';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

function feeds(base: string): Record<string, { type: string; body: string }> {
  const items = RSS_PAGES.map((id) => `<item><guid>${id}</guid><title>${id}</title><link>${base}/${id}.html</link><pubDate>Sun, 14 Jun 2026 09:00:00 GMT</pubDate></item>`).join('');
  const whole = Array.from({ length: 10 }, (_, i) => `&lt;p&gt;Paragraph ${i} of an article this feed carries whole, so its page need not be read.&lt;/p&gt;`).join('');
  return {
    'rss.xml': { type: 'application/rss+xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Sport wires</title>${items}</channel></rss>` },
    'atom.xml': {
      type: 'application/atom+xml',
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Ledger</title>
        <entry><id>urn:ledger:1</id><title>Whole in the feed</title><link href="${base}/whole"/><updated>2026-06-15T08:00:00Z</updated><content type="html">${whole}</content></entry>
        <entry><id>urn:ledger:2</id><title>Just the next ball</title><link href="${ATOM_LINKED}.html"/><updated>2026-06-15T09:00:00Z</updated></entry></feed>`,
    },
  };
}

let feedRun: FeedRun;
let run: ChromiumRun;
let base = '';
let served: string[] = [];

beforeAll(async () => {
  feedRun = await serveFeeds(feeds);
  ({ run, base, served } = feedRun);
});

afterAll(() => feedRun?.close());

const optionsPage = () => openOptions(run);
const row = (tab: Page, url: string) => tab.locator(`[data-feed="${url}"]`);

async function follow(tab: Page, url: string) {
  await tab.locator('input[data-action="feed-url"]').fill(url);
  await tab.locator('button[data-action="add-feed"]').click();
  await expect.poll(() => row(tab, url).getAttribute('data-items').catch(() => null), { timeout: 20_000 }).not.toBeNull();
  await expect.poll(() => row(tab, url).locator('[data-line]').textContent(), { timeout: 20_000 }).not.toBe('Not read yet.');
}

describe('feeds in the options page', () => {
  it('follows an RSS and an Atom feed: rows ok with their item counts, articles in the pool', async () => {
    const tab = await optionsPage();
    await follow(tab, `${base}/rss.xml`);
    await follow(tab, `${base}/atom.xml`);
    await expect.poll(() => row(tab, `${base}/rss.xml`).getAttribute('data-status')).toBe('ok');
    expect(await row(tab, `${base}/rss.xml`).getAttribute('data-items')).toBe('3');
    expect(await row(tab, `${base}/atom.xml`).getAttribute('data-status')).toBe('ok');
    expect(await row(tab, `${base}/atom.xml`).getAttribute('data-items')).toBe('2');
    expect(await row(tab, `${base}/rss.xml`).locator('[data-line]').textContent()).toBe('3 new articles added.');
    expect((await poolStats(tab)).articles).toBe(5);
    // The article carried whole was never fetched; every request was a GET without cookies.
    expect(served.some((s) => s.includes(' whole '))).toBe(false);
    expect(served.every((s) => s.startsWith('GET ') && s.endsWith(' '))).toBe(true);
    await expect.poll(() => tab.locator('[data-pool-stats]').textContent()).toContain('5 articles');
    await tab.close();
  });

  it('shows a feed that 404s and an address that is not a feed with their one-line errors, losing nothing', async () => {
    const tab = await optionsPage();
    const before = await poolStats(tab);
    await follow(tab, `${base}/missing.xml`);
    await follow(tab, `${base}/${READ_PAGE}`);
    await expect.poll(() => row(tab, `${base}/missing.xml`).getAttribute('data-status')).toBe('error');
    expect(await row(tab, `${base}/missing.xml`).locator('[data-line]').textContent()).toBe('Not found (HTTP 404): check the address.');
    expect(await row(tab, `${base}/${READ_PAGE}`).getAttribute('data-status')).toBe('error');
    expect(await row(tab, `${base}/${READ_PAGE}`).locator('[data-line]').textContent()).toBe('This address is not an RSS or Atom feed.');
    expect(await poolStats(tab)).toEqual(before);
    expect(await row(tab, `${base}/rss.xml`).getAttribute('data-status')).toBe('ok');
    await tab.close();
  });

  it('removes a feed and forgets the pool, keeping the other feeds', async () => {
    const tab = await optionsPage();
    await row(tab, `${base}/missing.xml`).locator('button[data-action="remove-feed"]').click();
    await expect.poll(() => row(tab, `${base}/missing.xml`).count()).toBe(0);
    expect(await tab.locator('[data-feed]').count()).toBe(3);
    await tab.locator('button[data-action="forget-pool"]').click();
    await expect.poll(async () => (await poolStats(tab)).articles).toBe(0);
    await expect.poll(() => tab.locator('[data-pool-stats]').textContent()).toContain('0 articles');
    expect(await tab.locator('[data-feed]').count()).toBe(3);
    await tab.close();
  });
});

describe('learning from reading', () => {
  it('adds the article of a page the reader opens, only once it is switched on', async () => {
    const tab = await optionsPage();
    const start = (await poolStats(tab)).articles;
    const reader = await run.context.newPage();
    await reader.goto(`${base}/${READ_PAGE}`);
    await reader.waitForTimeout(1500);
    expect((await poolStats(tab)).articles).toBe(start);
    const box = tab.locator('input[type=checkbox][data-setting="learn-from-reading"]');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(() => tab.evaluate(() => chrome.storage.local.get('settings').then((s) => (s.settings as { learnFromReading?: boolean })?.learnFromReading))).toBe(true);
    await reader.goto(`${base}/${READ_PAGE}#again`);
    await reader.reload();
    await expect.poll(async () => (await poolStats(tab)).articles, { timeout: 15_000 }).toBe(start + 1);
    const articles = (await tab.evaluate(() => chrome.runtime.sendMessage({ type: 'poolArticles' }))) as { origin: string; outlet: string; urls: string[] }[];
    expect(articles.at(-1)).toMatchObject({ origin: 'reading', outlet: 'Northfield Courier' });
    await reader.close();
    await tab.close();
  });
});
