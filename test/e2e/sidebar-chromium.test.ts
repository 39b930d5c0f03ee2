// What only Chromium lets a test drive: the keyboard and colour scheme, the page's width side by
// side, screenshots in light and dark, a stopped service worker, the clipboard and downloads, and
// the message the context menu and keyboard command send. The rest runs in both browsers
// (sidebar.test.ts).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium, stopServiceWorker, type ChromiumRun } from './browsers';
import { serveFixtures, type FixtureServer } from './server';
import type { browser } from 'wxt/browser';
import { ARTIFACTS, cardText, expectedCards, type CardSeen } from './sidebar-cases';

// What the functions passed to evaluate() see: they run inside the extension, not in Node.
declare const chrome: typeof browser;

const executablePath = chromiumPath();
let run: ChromiumRun;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  run = await launchChromium(executablePath);
});
afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function open(page: string) {
  const tab = await run.context.newPage();
  await tab.setViewportSize({ width: 1280, height: 900 });
  const problems: string[] = [];
  tab.on('console', (m) => problems.push(`console.${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await tab.goto(server.url(page));
  return { tab, problems };
}

const cardsIn = (tab: Page): Promise<CardSeen[]> =>
  tab.locator('triangulate-sidebar li[data-claim]').evaluateAll((els) =>
    els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', verdict: e.getAttribute('data-verdict') ?? '', reason: e.getAttribute('data-reason'), text: e.querySelector('.claim-text')?.textContent ?? '' })),
  );

async function settledCards(tab: Page): Promise<CardSeen[]> {
  await tab.locator('triangulate-sidebar .summary', { hasText: /^\d+ claims?:/ }).waitFor({ timeout: 20_000 });
  return (await cardsIn(tab)).map((c) => ({ ...c, text: cardText(c.text) }));
}

describe('Chromium sidebar', () => {
  it('collapses with Esc and remembers it for the site', async () => {
    const { tab } = await open('seed-001_28a6fb4aff1795b7.html');
    await settledCards(tab);
    await tab.locator('triangulate-sidebar .claim-text').first().focus();
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator('triangulate-sidebar .edge-tab').count()).toBe(1);
    expect(await tab.locator('triangulate-sidebar aside').count()).toBe(0);
    await tab.reload();
    await expect.poll(() => tab.locator('triangulate-sidebar .edge-tab').count(), { timeout: 15_000 }).toBe(1);
    await tab.locator('triangulate-sidebar .edge-tab').click();
    await expect.poll(() => tab.locator('triangulate-sidebar aside[role="complementary"]').count()).toBe(1);
    await tab.close();
  });

  it('narrows the page side by side (the first open on a wide window), and overlays it otherwise', async () => {
    const { tab } = await open('seed-002_501c76c112f71d4c.html');
    await settledCards(tab);
    const width = () => tab.evaluate(() => document.querySelector('article')!.getBoundingClientRect().right);
    const margin = () => tab.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    await expect.poll(margin).toBe('360px');
    expect(await width()).toBeLessThanOrEqual(1280 - 360);
    await tab.locator('triangulate-sidebar .head-actions button').first().click();
    await expect.poll(margin).toBe('0px');
    expect(await width()).toBeGreaterThan(0);
    await tab.locator('triangulate-sidebar .head-actions button').first().click();
    await expect.poll(margin).toBe('360px');
    await tab.close();
  });

  it('saves screenshots of the sidebar in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { tab } = await open('seed-000_a865106c2e9a649a.html');
      await tab.emulateMedia({ colorScheme: scheme });
      await settledCards(tab);
      await tab.locator('triangulate-sidebar [data-verdict="varying"] .sources-toggle').first().scrollIntoViewIfNeeded();
      const file = path.join(ARTIFACTS, `sidebar-chromium-${scheme}.png`);
      await tab.screenshot({ path: file });
      const background = await tab.locator('triangulate-sidebar aside').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(27, 31, 35)' : 'rgb(255, 255, 255)');
      await tab.close();
    }
  });
});

describe('Chromium: look-ups from the browser', () => {
  // The context menu and the keyboard command cannot be driven by a test; the popup's
  // "cross-check selection" runs the same handler in the background (read the selection, queue
  // the look-up, inject the sidebar if it is not there), so that is what is driven here.
  const crossCheck = async (url: string) => {
    const page = await run.context.newPage();
    await page.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const ok = await page.evaluate(async (url) => {
      const [t] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ type: 'crossCheckSelection', tabId: t.id! });
    }, url);
    await page.close();
    return ok;
  };
  const selectAll = (tab: Page, selector: string) =>
    tab.evaluate((selector) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(selector)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, selector);

  it('answers a look-up from the browser on a story page, newest first, with plain messages', async () => {
    const page = 'seed-002_501c76c112f71d4c.html';
    const { tab } = await open(page);
    await settledCards(tab);
    await tab.evaluate(() => getSelection()!.removeAllRanges());
    expect(await crossCheck(server.url(page))).toBe(true);
    await expect.poll(() => tab.locator('triangulate-sidebar .lookup-message').allTextContents()).toEqual(['Select some text first, then look it up.']);
    // The figure "23 member states", as a reader would select it in the article.
    await tab.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('23 member states');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + '23 member states'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    expect(await crossCheck(server.url(page))).toBe(true);
    const card = tab.locator('triangulate-sidebar [data-lookup][data-verdict]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await tab.locator('triangulate-sidebar .lookup').count()).toBe(2);
    expect(await card.getAttribute('data-kind')).toBe('figure');
    // In seed 000 ("23 countries"); 002 is this page itself, never its own evidence.
    expect(await card.getAttribute('data-verdict')).toBe('corroborated');
    await tab.close();
  });

  it('opens a look-up-only panel on a page that is not coverage, and says when a selection was cut', async () => {
    const page = 'neg-football.html';
    const { tab, problems } = await open(page);
    await tab.waitForTimeout(500);
    expect(await tab.locator('triangulate-sidebar').count()).toBe(0);
    await selectAll(tab, 'article');
    expect(await crossCheck(server.url(page))).toBe(true);
    const lookup = tab.locator('triangulate-sidebar .lookup');
    await expect.poll(() => lookup.count(), { timeout: 10_000 }).toBe(1);
    expect(await tab.locator('triangulate-sidebar .summary').textContent()).toBe('Look-ups');
    expect(await tab.locator('triangulate-sidebar [data-claim]').count()).toBe(0);
    expect(await lookup.locator('.note').textContent()).toContain('only its first part was looked up');
    await expect.poll(() => tab.locator('triangulate-sidebar [data-lookup]').getAttribute('data-verdict')).toBe('unique');
    expect(problems).toEqual([]);
    await tab.close();
  });
});

// Last in the file: after the worker is stopped, run.worker no longer answers.
describe('Chromium background life and reports', () => {
  it('answers correctly after its service worker was stopped', async () => {
    const { tab } = await open('seed-001_28a6fb4aff1795b7.html');
    await settledCards(tab);
    const { status, detach } = await stopServiceWorker(run, tab);
    await expect.poll(() => status.at(-1)).toBe('stopped');
    // The next page's detector wakes a fresh worker, which loads the corpus again and answers.
    const { tab: next, problems } = await open('seed-003_4adf82bac7be8ca4.html');
    expect(await settledCards(next)).toEqual(expectedCards('seed-003_4adf82bac7be8ca4.html'));
    expect(status.at(-1)).toBe('running');
    expect(problems).toEqual([]);
    await detach();
    await next.close();
    await tab.close();
  });

  it('copies a Markdown report and downloads it as a .md file', async () => {
    await run.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('').replace(/\/$/, '') });
    const { tab } = await open('seed-004_8c69868f6fc53621.html');
    const cards = await settledCards(tab);
    await tab.locator('triangulate-sidebar button', { hasText: 'Copy report' }).click();
    // The confirmation stands next to the button, in a live region.
    await expect.poll(() => tab.locator('triangulate-sidebar .control .notice-copy[aria-live="polite"]').textContent()).toBe('Report copied to the clipboard.');
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# Triangulate report: /);
    expect(copied).toContain(`${cards.length} claims`);
    expect(copied).toContain('| varying | quote | She’s a highly respected leader |');
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.locator('triangulate-sidebar button', { hasText: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('triangulate-127.0.0.1.md');
    const file = path.join(ARTIFACTS, 'report.md');
    await download.saveAs(file);
    expect((await import('node:fs')).readFileSync(file, 'utf8')).toBe(copied);
    await tab.close();
  });
});
