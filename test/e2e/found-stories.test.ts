// Stories that find themselves, end to end in Debian's Chromium: an RSS and an Atom feed list
// pages of the development pool (test/fixtures/pool/articles), served from 127.0.0.1 — one event's
// articles (the Saltmarsh Open final), two of its near-miss (the semi-final, same people) and
// unrelated noise. The background reads them, finds the story, and a page of the event that no
// feed lists is checked against it. The options page cannot be opened in Firefox under WebDriver
// BiDi (PLATFORM.md); the page side there is in found-stories-firefox.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker, type ChromiumRun } from './browsers';
import { optionsPage as openOptions, poolStats, serveFeeds, type FeedRun } from './feed-server';

const NOISE = ['coastline-2026-05-30-aveline-rowing-centenary', 'courier-2026-05-20-fortnightly-bins', 'gearpulse-2026-05-12-tallow-band-3-review', 'lantern-2026-04-04-marguerite-ollan-interview', 'ledger-2026-02-21-review-the-salt-road', 'valleypost-2026-06-10-weather-outlook'];
const UNRELATED = 'hometable-2026-03-02-barley-leek-stew';
const FINAL = ['meridian-2026-06-14-castellane-beats-brevik', 'coastline-2026-06-14-castellane-saltmarsh-title', 'lantern-2026-06-15-brevik-tears', 'courier-2026-06-15-northfield-celebrates-castellane'];
/** A page of the final that no feed lists. */
const FINAL_UNLISTED = 'ledger-2026-06-15-just-the-next-ball';
const SEMI = ['coastline-2026-06-13-castellane-outlasts-harlan', 'courier-2026-06-13-castellane-beats-harlan'];
const SEMI_UNLISTED = 'meridian-2026-06-13-saltmarsh-semi-finals';
/** Read with learning on: three pages of another event, then its fourth. */
const FLOOD = ['meridian-2026-02-07-tamsk-bursts-banks', 'gazette-2026-02-07-kellsbridge-under-water', 'ledger-2026-02-08-orrin-floods-two-dead', 'observer-2026-02-09-flood-aid-defences'];

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

function feeds(base: string): Record<string, { type: string; body: string }> {
  const item = (id: string) => `<item><guid>${id}</guid><title>${id}</title><link>${base}/${id}.html</link></item>`;
  const entry = (id: string) => `<entry><id>urn:pool:${id}</id><title>${id}</title><link href="${base}/${id}.html"/><updated>2026-06-15T08:00:00Z</updated></entry>`;
  return {
    'rss.xml': { type: 'application/rss+xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Wires</title>${[...NOISE.slice(0, 4), FINAL[0], FINAL[1], SEMI[0]].map(item).join('')}</channel></rss>` },
    'atom.xml': { type: 'application/atom+xml', body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Papers</title>${[...NOISE.slice(4), FINAL[2], FINAL[3], SEMI[1]].map(entry).join('')}</feed>` },
  };
}

let feedRun: FeedRun;
let run: ChromiumRun;
let base = '';

beforeAll(async () => {
  feedRun = await serveFeeds(feeds);
  ({ run, base } = feedRun);
});

afterAll(() => feedRun?.close());

const optionsPage = () => openOptions(run);
const foundRows = (tab: Page) => tab.locator('[data-story][data-origin="found"]');

async function follow(tab: Page, url: string) {
  await tab.locator('input[data-action="feed-url"]').fill(url);
  await tab.locator('button[data-action="add-feed"]').click();
  await expect.poll(() => tab.locator(`[data-feed="${url}"]`).getAttribute('data-status').catch(() => null), { timeout: 30_000 }).toMatch(/ok|error/);
}

/** The sidebar's "Checked against" line on a page (null when no sidebar came), and its claims'
 * verdicts and the sources their evidence cites. */
async function checkedAgainst(name: string, wait = 15_000): Promise<string | null> {
  return (await sidebarOn(name, wait)).line;
}

async function sidebarOn(name: string, wait = 15_000) {
  const page = await run.context.newPage();
  await page.goto(`${base}/${name}.html`);
  const line = await page.locator('triangulate-sidebar p.story[data-story]').textContent({ timeout: wait }).catch(() => null);
  if (line) await page.locator('triangulate-sidebar [data-claim]').first().waitFor({ timeout: wait }).catch(() => {});
  const verdicts = await page.locator('triangulate-sidebar [data-claim][data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
  await page.close();
  return { line, verdicts };
}

describe('found stories in Chromium', () => {
  it('finds the event in an RSS and an Atom feed: a found row with its articles, outlets and sources', async () => {
    const tab = await optionsPage();
    await follow(tab, `${base}/rss.xml`);
    await follow(tab, `${base}/atom.xml`);
    expect((await poolStats(tab)).articles).toBe(12);
    await expect.poll(() => foundRows(tab).count(), { timeout: 20_000 }).toBe(1);
    const row = foundRows(tab).first();
    expect(await row.getAttribute('data-articles')).toBe('4');
    const urls = await row.locator('[data-source]').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    expect(urls.sort()).toEqual(FINAL.map((id) => `${base}/${id}.html`).sort());
    expect(await row.locator('[data-outlets]').textContent()).toMatch(/^4 articles from .+, .+/);
    for (const control of ['input[role="switch"]', 'button[data-action="export-pack"]', 'form[data-action="rename-story"]', 'input[data-action="keep-story"]', 'button[data-action="delete-story"]']) {
      expect(await row.locator(control).count()).toBe(1);
    }
    await tab.close();
  });

  it('checks a page of the event that no feed lists against the feeds’ articles', async () => {
    const { line, verdicts } = await sidebarOn(FINAL_UNLISTED);
    expect(line).toMatch(/^Checked against: .+ · 4 articles from 4 outlets$/);
    // The wire's quotes are in the feeds' articles too.
    expect(verdicts).toContain('corroborated');
  });

  it('serves the found story after the service worker stopped', async () => {
    const probe = await run.context.newPage();
    await probe.goto(`${base}/${UNRELATED}.html`);
    const { status, detach } = await stopServiceWorker(run, probe);
    await expect.poll(() => status.includes('stopped')).toBe(true);
    const { line, verdicts } = await sidebarOn(FINAL_UNLISTED);
    expect(line).toMatch(/^Checked against: .+ · 4 articles from 4 outlets$/);
    expect(verdicts).toContain('corroborated');
    await detach();
    await probe.close();
  });

  it('gives an unrelated page no sidebar', async () => {
    expect(await checkedAgainst(UNRELATED, 3000)).toBeNull();
  });

  // The semi-final's page (the same people, the same tournament, dated the day before the final's
  // first report) reads like the final to the detector; the pool tells the two events apart.
  it('gives a near-miss page (the same people at another event, the day before) no sidebar', async () => {
    expect(await checkedAgainst(SEMI_UNLISTED, 3000)).toBeNull();
  });

  it('shows a feed that fails with its error, losing nothing', async () => {
    const tab = await optionsPage();
    const before = await poolStats(tab);
    await follow(tab, `${base}/missing.xml`);
    expect(await tab.locator(`[data-feed="${base}/missing.xml"] [data-line]`).textContent()).toBe('Not found (HTTP 404): check the address.');
    expect(await poolStats(tab)).toEqual(before);
    expect(await foundRows(tab).count()).toBe(1);
    await tab.close();
  });

  it('with reading on, finds an event from three pages read and checks the fourth', async () => {
    const tab = await optionsPage();
    await tab.locator('input[type=checkbox][data-setting="learn-from-reading"]').check();
    const start = (await poolStats(tab)).articles;
    for (const [i, id] of FLOOD.slice(0, 3).entries()) {
      const page = await run.context.newPage();
      await page.goto(`${base}/${id}.html`);
      await expect.poll(async () => (await poolStats(tab)).articles, { timeout: 15_000 }).toBe(start + i + 1);
      await page.close();
    }
    await expect.poll(() => foundRows(tab).count(), { timeout: 20_000 }).toBe(2);
    expect(await checkedAgainst(FLOOD[3])).toMatch(/^Checked against: .+ · [34] articles from [34] outlets$/);
    await tab.close();
  });

  it('forgets the pool, and the found stories go with it', async () => {
    const tab = await optionsPage();
    await tab.locator('button[data-action="forget-pool"]').click();
    await expect.poll(async () => (await poolStats(tab)).articles).toBe(0);
    await expect.poll(() => foundRows(tab).count()).toBe(0);
    expect(await checkedAgainst(FINAL_UNLISTED, 3000)).toBeNull();
    await tab.close();
  });
});
