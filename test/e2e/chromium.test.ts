// The built extension in Debian's Chromium: the message protocol as the popup uses it, the
// popup's source list, and network silence. (Badges and the sidebar: sidebar.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium, type ChromiumRun } from './browsers';
import { serveFixtures, type FixtureServer } from './server';
import type { browser } from 'wxt/browser';

// What the functions passed to evaluate() see: they run inside the extension, not in Node.
declare const chrome: typeof browser;

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

/** The tab's badge and tooltip, as the extension itself reads them. */
function action(url: string) {
  return run.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) return null;
    const [badge, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: tab.id }),
      chrome.action.getTitle({ tabId: tab.id }),
    ]);
    return { badge, title };
  }, url);
}

async function open(page: string) {
  const tab = await run.context.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => problems.push(`console.${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await tab.goto(server.url(page));
  return { tab, problems };
}

describe('Chromium', () => {
  it("answers the popup's questions over the message protocol", async () => {
    const { tab: news } = await open(COVERAGE);
    await expect.poll(async () => (await action(server.url(COVERAGE)))?.badge, { timeout: 20_000 }).toMatch(/^\d+$/);
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const state = await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ type: 'getTabState', tabId: tab.id });
    }, server.url(COVERAGE));
    expect(state).toMatchObject({ detected: true });
    expect(state.score).toBeGreaterThan(0);
    // Not ours: no answer.
    const stranger = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'launchMissiles' }));
    expect(stranger).toBeUndefined();
    await popup.close();
    await news.close();
  });

  it('lists the corpus in the popup', async () => {
    const popup = await run.context.newPage();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const items = popup.locator('.sources li');
    await expect.poll(() => items.count()).toBe(5);
    await expect.poll(() => items.first().locator('.title').textContent()).toBe(
      'Rutte takes reins at NATO at critical juncture',
    );
    expect(await items.first().locator('.meta').textContent()).toMatch(/^\d+ sentences$/);
    // Opened as a tab, the popup's "this tab" is itself: not a web page.
    expect(await popup.locator('.tab-status').textContent()).toContain('has not read this page');
    await popup.close();
  });

  it('makes no network requests beyond the test server', () => {
    const foreign = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:|chrome-extension:|data:)/.test(u));
    expect(foreign).toEqual([]);
  });
});
