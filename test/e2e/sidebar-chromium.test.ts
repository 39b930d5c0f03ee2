// The sidebar in Debian's Chromium: expected verdicts on every fixture page, nothing on pages
// that are not coverage, click to scroll, highlights, single-page navigation, screenshots.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium, type ChromiumRun } from './browsers';
import { serveFixtures, type FixtureServer } from './server';
import type { browser } from 'wxt/browser';
import {
  ARTIFACTS, articleHtml, cardText, COVERAGE_PAGES, expectedCards, labelMismatches, NEGATIVE_PAGES, SEEDS, type CardSeen,
} from './sidebar-cases';

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
  tab.locator('triangulate-sidebar [data-claim]').evaluateAll((els) =>
    els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', verdict: e.getAttribute('data-verdict') ?? '', text: e.querySelector('.claim-text')?.textContent ?? '' })),
  );

async function settledCards(tab: Page): Promise<CardSeen[]> {
  await tab.locator('triangulate-sidebar .summary', { hasText: /^\d+ claims?:/ }).waitFor({ timeout: 20_000 });
  return (await cardsIn(tab)).map((c) => ({ ...c, text: cardText(c.text) }));
}

describe('Chromium sidebar', () => {
  it.each(COVERAGE_PAGES)('shows the expected verdicts on %s', async (page) => {
    const { tab, problems } = await open(page);
    const cards = await settledCards(tab);
    expect(cards).toEqual(expectedCards(page));
    const seed = SEEDS.find((id) => page === `seed-${id}.html`);
    if (seed) expect(labelMismatches(seed, cards)).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it.each(NEGATIVE_PAGES)('adds nothing to %s', async (page) => {
    const { tab, problems } = await open(page);
    // Wait until the background has the detector's verdict, then look for any trace of us.
    await expect
      .poll(() => run.worker.evaluate(async (url) => {
        const [t] = await chrome.tabs.query({ url });
        return t?.id === undefined ? '' : chrome.action.getTitle({ tabId: t.id });
      }, server.url(page)), { timeout: 15_000 })
      .toContain('not coverage');
    await tab.waitForTimeout(500);
    expect(await tab.locator('triangulate-sidebar').count()).toBe(0);
    expect(await tab.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('registers highlights for each verdict and scrolls to a claim when its card is clicked', async () => {
    const { tab } = await open('seed-000_a865106c2e9a649a.html');
    await settledCards(tab);
    const highlights = await tab.evaluate(() =>
      Object.fromEntries(['corroborated', 'varying', 'unique'].map((v) => [v, CSS.highlights.get(`triangulate-${v}`)?.size ?? 0])),
    );
    expect(highlights.corroborated).toBeGreaterThan(0);
    expect(highlights.varying).toBeGreaterThan(0);
    expect(highlights.unique).toBeGreaterThan(0);
    // The page's own DOM is untouched: the only element we add is our host.
    expect(await tab.evaluate(() => document.querySelectorAll('mark, [data-triangulate]').length)).toBe(0);
    expect(await tab.evaluate(() => scrollY)).toBe(0);
    await tab.locator('triangulate-sidebar [data-claim] .claim-text').last().click();
    await expect.poll(() => tab.evaluate(() => scrollY)).toBeGreaterThan(300);
    await expect.poll(() => tab.evaluate(() => CSS.highlights.has('triangulate-flash'))).toBe(true);
    await tab.close();
  });

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

  it('narrows the page side by side, and overlays it otherwise', async () => {
    const { tab } = await open('seed-002_501c76c112f71d4c.html');
    await settledCards(tab);
    const width = () => tab.evaluate(() => document.querySelector('article')!.getBoundingClientRect().right);
    const overlay = await width();
    await tab.locator('triangulate-sidebar .head-actions button').first().click();
    await expect.poll(() => tab.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    expect(await width()).toBeLessThanOrEqual(1280 - 360);
    expect(overlay).toBeGreaterThan(0);
    await tab.locator('triangulate-sidebar .head-actions button').first().click();
    await expect.poll(() => tab.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await tab.close();
  });

  it('re-checks the page after a history navigation', async () => {
    const { tab } = await open('seed-003_4adf82bac7be8ca4.html');
    const before = await settledCards(tab);
    expect(before.length).toBeGreaterThan(0);
    // The site swaps its article for an unrelated one and pushes a new address.
    await tab.evaluate((html) => {
      history.pushState({}, '', '/sport/match-report');
      document.querySelector('article')!.innerHTML = html;
    }, articleHtml('neg-football.html'));
    await expect.poll(() => tab.locator('triangulate-sidebar').count(), { timeout: 10_000 }).toBe(0);
    expect(await tab.evaluate(() => CSS.highlights.size)).toBe(0);
    // And back to a story on the subject: a fresh sidebar for the new article.
    await tab.evaluate((html) => {
      history.pushState({}, '', '/world/rutte-nato');
      document.querySelector('article')!.innerHTML = html;
    }, articleHtml('seed-004_8c69868f6fc53621.html'));
    await expect.poll(async () => (await cardsIn(tab)).map((c) => cardText(c.text)), { timeout: 10_000 }).toEqual(
      expectedCards('seed-004_8c69868f6fc53621.html').map((c) => c.text),
    );
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

describe('Chromium look-ups', () => {
  /** Selects the first occurrence of `text` in the page's article, as a reader would. */
  const select = (tab: Page, text: string) =>
    tab.evaluate((text) => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return true;
      }
      return false;
    }, text);

  it.each([
    ['a sentence the corpus holds', 'seed-000_a865106c2e9a649a.html', 'I know both candidates very well.', 'corroborated'],
    ['a sentence it does not', 'near-nato-summit.html', 'Every air defence system that reaches Ukraine this autumn will save lives this winter', 'unique'],
  ])('the selection button cross-checks %s', async (_, page, text, verdict) => {
    const { tab, problems } = await open(page);
    await settledCards(tab);
    expect(await select(tab, text)).toBe(true);
    const button = tab.locator('triangulate-selection button[data-action="cross-check"]');
    await button.waitFor({ timeout: 5_000 });
    await button.click();
    const card = tab.locator('triangulate-sidebar [data-lookup][data-verdict]');
    await card.waitFor({ timeout: 5_000 });
    expect(await card.getAttribute('data-verdict')).toBe(verdict);
    expect(await card.locator('.claim-text').textContent()).toContain(text.replace(/\.$/, ''));
    // The page's own source (seed 000 is in the corpus) is never its evidence.
    expect(await card.locator('.evidence-item').count()).toBe(verdict === 'unique' ? 0 : 3);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('answers a look-up routed from the context menu or keyboard command', async () => {
    const { tab } = await open('seed-002_501c76c112f71d4c.html');
    await settledCards(tab);
    // The background sends exactly this to the tab for the menu item and the command.
    await run.worker.evaluate(async (url) => {
      const [t] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(t.id!, { type: 'sidebar:lookup', text: '   ' });
      await chrome.tabs.sendMessage(t.id!, { type: 'sidebar:lookup', text: '23 member states' });
    }, server.url('seed-002_501c76c112f71d4c.html'));
    await expect.poll(() => tab.locator('triangulate-sidebar .lookup').count()).toBe(2);
    // Newest first: the figure, found in another source; then the empty selection's plain message.
    const figure = tab.locator('triangulate-sidebar [data-lookup][data-verdict]');
    expect(await figure.count()).toBe(1);
    expect(await figure.getAttribute('data-kind')).toBe('figure');
    expect(await figure.getAttribute('data-verdict')).toBe('corroborated');
    expect(await tab.locator('triangulate-sidebar .lookup-message').allTextContents()).toEqual(['Select some text first, then look it up.']);
    await tab.close();
  });
});

// Last in the file: after the worker is stopped, run.worker no longer answers.
describe('Chromium background life and reports', () => {
  it('answers correctly after its service worker was stopped', async () => {
    const { tab } = await open('seed-001_28a6fb4aff1795b7.html');
    await settledCards(tab);
    const cdp = await run.context.newCDPSession(tab);
    const status: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.includes(run.extensionId)) status.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => status.at(-1)).toBe('stopped');
    // The next page's detector wakes a fresh worker, which loads the corpus again and answers.
    const { tab: next, problems } = await open('seed-003_4adf82bac7be8ca4.html');
    expect(await settledCards(next)).toEqual(expectedCards('seed-003_4adf82bac7be8ca4.html'));
    expect(status.at(-1)).toBe('running');
    expect(problems).toEqual([]);
    await cdp.detach();
    await next.close();
    await tab.close();
  });

  it('copies a Markdown report and downloads it as a .md file', async () => {
    await run.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('').replace(/\/$/, '') });
    const { tab } = await open('seed-004_8c69868f6fc53621.html');
    const cards = await settledCards(tab);
    await tab.locator('triangulate-sidebar button', { hasText: 'Copy report' }).click();
    await expect.poll(() => tab.locator('triangulate-sidebar .note[role="status"]').textContent()).toBe('Report copied to the clipboard.');
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
