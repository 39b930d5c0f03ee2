// The extension's own pages in Debian's Chromium: popup search, options that persist, the
// sources page marking a passage, and "off on this site" keeping the sidebar away.
// Chromium only: Firefox refuses to open moz-extension:// pages under WebDriver BiDi (also via
// location or an iframe; see PLATFORM.md), so these pages are covered here and by the component
// tests in test/unit; the Firefox suites cover the page side.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium, type ChromiumRun } from './browsers';
import { serveFixtures, type FixtureServer } from './server';
import type { browser } from 'wxt/browser';

// What the functions passed to evaluate() see: they run inside the extension, not in Node.
declare const chrome: typeof browser;

const SEED_004 = '004_8c69868f6fc53621';
const COVERAGE = 'seed-000_a865106c2e9a649a.html';
// Checked as the file loads: a missing browser fails the file, it is never skipped.
const executablePath = chromiumPath();

let run: ChromiumRun;
let server: FixtureServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  run = await launchChromium(executablePath);
  run.context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

// Each test starts from the default settings and no open tabs but the first.
afterEach(async () => {
  await run.worker.evaluate(() => chrome.storage.local.clear());
  for (const tab of run.context.pages().slice(1)) await tab.close();
});

/** Opens one of the extension's pages in a tab, recording errors in it. */
async function extensionPage(path: string, viewport = { width: 1000, height: 700 }) {
  const tab = await run.context.newPage();
  await tab.setViewportSize(viewport);
  const problems: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await tab.goto(`chrome-extension://${run.extensionId}/${path}`);
  return { tab, problems };
}

const checkedValue = (tab: Page, name: string) =>
  tab.locator(`input[name="${name}"]:checked`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

describe('Chromium extension pages', () => {
  it('popup: finds "safe hands" in seed 004 as you type, and opens it with the keyboard', async () => {
    const { tab, problems } = await extensionPage('popup.html');
    const input = tab.locator('input[type="search"]');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    expect(await tab.locator('.search-status').textContent()).toContain('Type a few words');

    // Typed key by key: each key restarts the debounce, and only the last query's answer shows.
    await input.pressSequentially('qwzx vbnj', { delay: 20 });
    await expect.poll(() => tab.locator('.search-status').textContent()).toBe('No passage in the sources matches “qwzx vbnj”.');
    await input.fill('');
    await input.pressSequentially('safe hands', { delay: 20 });
    const results = tab.locator('[data-result]');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    await expect.poll(() => tab.locator('.search-status').textContent()).toMatch(/^\d+ passages? ·/);

    const found = await results.evaluateAll((els) =>
      els.map((e) => ({ source: e.getAttribute('data-source'), text: e.querySelector('.passage')?.textContent ?? '' })),
    );
    const hit = found.findIndex((r) => r.source === SEED_004 && r.text.includes('NATO will be in safe hands'));
    expect(hit).toBeGreaterThanOrEqual(0);
    // The exact words are found first, and marked as one run.
    expect((await results.nth(hit).locator('mark').allTextContents()).map((m) => m.toLowerCase())).toEqual(['safe hands']);

    for (let i = 0; i < hit; i++) await input.press('ArrowDown');
    expect(await results.nth(hit).getAttribute('aria-selected')).toBe('true');
    const [opened] = await Promise.all([run.context.waitForEvent('page'), input.press('Enter')]);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    expect(url.pathname).toBe('/sources.html');
    expect(url.searchParams.get('source')).toBe(SEED_004);
    await expect.poll(() => opened.locator('mark.passage').allTextContents()).toEqual([found[hit].text.trim()]);
    expect(problems).toEqual([]);
  });

  it('options: changes are saved, survive a reload, and reach every open options tab', async () => {
    const { tab, problems } = await extensionPage('options.html');
    await expect.poll(() => checkedValue(tab, 'strictness')).toEqual(['balanced']);
    expect(await checkedValue(tab, 'theme')).toEqual(['system']);

    const other = (await extensionPage('options.html')).tab;
    await expect.poll(() => checkedValue(other, 'strictness')).toEqual(['balanced']);

    // "As the system" follows prefers-color-scheme; a theme chosen overrides it.
    const background = () => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(28, 32, 36)');
    await tab.getByLabel('Lenient').check();
    await tab.getByLabel('Light', { exact: true }).check();
    await expect.poll(() => tab.locator('.status').filter({ hasText: /\S/ }).first().textContent()).toBe('Saved');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await tab.getByLabel('Dark', { exact: true }).check();
    await tab.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(28, 32, 36)');
    // The other tab follows through storage.onChanged, without a reload.
    await expect.poll(() => checkedValue(other, 'strictness')).toEqual(['lenient']);
    expect(await checkedValue(other, 'theme')).toEqual(['dark']);

    await tab.reload();
    await expect.poll(() => checkedValue(tab, 'strictness')).toEqual(['lenient']);
    expect(await checkedValue(tab, 'theme')).toEqual(['dark']);

    const stored = await run.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ strictness: 'lenient', theme: 'dark', autoOpen: true, disabledSites: [] });
    expect(problems).toEqual([]);
  });

  it('sources page: marks the cited passage and scrolls it into view', async () => {
    // A short window, so the passage near the article's end is below the fold until scrolled to.
    const { tab, problems } = await extensionPage(
      `sources.html?source=${SEED_004}&passage=NATO%20will%20be%20in%20safe%20hands.`,
      { width: 800, height: 400 },
    );
    const mark = tab.locator('mark');
    await expect.poll(() => mark.allTextContents()).toEqual(['NATO will be in safe hands.']);
    expect(await tab.locator('h1').textContent()).toBe('New NATO Chief Rutte Says He’s ‘Not Concerned’ About US Election');
    const place = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { scrolled: window.scrollY, top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(place.scrolled).toBeGreaterThan(0);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    expect(problems).toEqual([]);
  });

  it('opening sources reuses one sources tab, marking the claim’s words when given', async () => {
    const { tab } = await extensionPage('popup.html');
    const open = (source: string, passage: string, words?: string) =>
      tab.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'openSource', source, passage, ...(words ? { words } : {}) });
    await open(SEED_004, 'NATO will be in safe hands.');
    const sourcesTabs = () => run.context.pages().filter((p) => p.url().includes('/sources.html'));
    await expect.poll(() => sourcesTabs().length).toBe(1);
    await open('000_a865106c2e9a649a', 'x', 'takes reins');
    await expect.poll(() => sourcesTabs()[0]?.url() ?? '').toContain('source=000_a865106c2e9a649a');
    expect(sourcesTabs()).toHaveLength(1);
    expect(sourcesTabs()[0].url()).toContain('words=takes%20reins');
  });

  it('sources page: lists the corpus, opens an article, and answers an unknown id', async () => {
    const { tab, problems } = await extensionPage('sources.html');
    const items = tab.locator('.source-index li');
    await expect.poll(() => items.count()).toBe(5);
    await items.nth(4).locator('a.title').click();
    await tab.waitForURL(/\?source=004_8c69868f6fc53621$/);
    await expect.poll(() => tab.locator('.body p').count()).toBeGreaterThan(5);
    expect(await tab.locator('mark').count()).toBe(0);

    await tab.goto(`chrome-extension://${run.extensionId}/sources.html?source=999_missing&passage=x`);
    await expect.poll(() => tab.locator('h1').textContent()).toBe('Source not found');
    await tab.getByRole('link', { name: 'See all sources' }).click();
    await expect.poll(() => items.count()).toBe(5);
    expect(problems).toEqual([]);
  });

  it('"Off on this site": removes the sidebar from the site, and the next visit shows none', async () => {
    // First, the page does get a sidebar: otherwise its absence below would prove nothing.
    const first = await run.context.newPage();
    await first.goto(server.url(COVERAGE));
    await expect.poll(() => first.locator('triangulate-sidebar').count(), { timeout: 15_000 }).toBe(1);

    const { tab: options, problems } = await extensionPage('options.html');
    await options.getByLabel('Add a site').fill('http://127.0.0.1:8080/any/page');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.locator('.site-list li > span').allTextContents()).toEqual(['127.0.0.1']);
    await expect.poll(() => options.locator('.status').filter({ hasText: /\S/ }).first().textContent()).toBe('Saved');

    // Applied to the open tab without a reload.
    await expect.poll(() => first.locator('triangulate-sidebar').count(), { timeout: 5_000 }).toBe(0);
    await first.close();

    const next = await run.context.newPage();
    await next.goto(server.url(COVERAGE));
    // The detector still reads the page (the badge marks it), but no sidebar comes.
    await expect
      .poll(() => run.worker.evaluate(async (url) => {
        const [t] = await chrome.tabs.query({ url });
        return t?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: t.id });
      }, server.url(COVERAGE)), { timeout: 15_000 })
      .not.toBe('');
    await next.waitForTimeout(1_500);
    expect(await next.locator('triangulate-sidebar').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("popup: answers its questions over the message protocol, and nobody else's", async () => {
    const news = await run.context.newPage();
    await news.goto(server.url(COVERAGE));
    const { tab: popup } = await extensionPage('popup.html');
    await expect
      .poll(() => popup.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        return chrome.runtime.sendMessage({ type: 'getTabState', tabId: tab.id });
      }, server.url(COVERAGE)), { timeout: 20_000 })
      .toMatchObject({ detected: true, counts: { corroborated: expect.any(Number) } });
    // Not ours: no answer.
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'launchMissiles' }))).toBeUndefined();
    // Malformed: no answer either.
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'search', query: 42 }))).toBeUndefined();
  });

  it('popup: lists the corpus, titles first, opening words for untitled articles', async () => {
    const { tab: popup, problems } = await extensionPage('popup.html');
    const items = popup.locator('.sources li');
    await expect.poll(() => items.count()).toBe(5);
    await expect.poll(() => items.first().locator('.title').textContent()).toBe('Rutte takes reins at NATO at critical juncture');
    expect(await items.first().locator('.meta').textContent()).toMatch(/\d+ sentences$/);
    expect(problems).toEqual([]);
  });

  it('makes no network requests beyond the test server, from pages or from the background', async () => {
    const foreign = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:|chrome-extension:|data:)/.test(u));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // The service worker's own requests are not page requests: its resource timings list them.
    const fromWorker = await run.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fromWorker.filter((u) => !u.startsWith('chrome-extension:'))).toEqual([]);
  });
});
