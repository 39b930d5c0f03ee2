// The sidebar in Firefox ESR (page side only: Firefox refuses WebDriver BiDi on extension
// pages). Expected verdicts, nothing on pages that are not coverage, highlights, click to
// scroll, a single-page navigation, and a screenshot.
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefox, type FirefoxRun } from './browsers';
import { serveFixtures, type FixtureServer } from './server';
import {
  ARTIFACTS, articleHtml, cardText, COVERAGE_PAGES, expectedCards, labelMismatches, NEGATIVE_PAGES, SEEDS, type CardSeen,
} from './sidebar-cases';

const executablePath = firefoxPath();
let run: FirefoxRun;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  run = await launchFirefox(executablePath);
});
afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function open(page: string) {
  const tab = await run.browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const problems: string[] = [];
  tab.on('console', (m) => problems.push(`console.${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  await tab.goto(server.url(page));
  return { tab, problems };
}

const cardsIn = (tab: Page): Promise<CardSeen[]> =>
  tab.$$eval('pierce/[data-claim]', (els) =>
    els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', verdict: e.getAttribute('data-verdict') ?? '', text: e.querySelector('.claim-text')?.textContent ?? '' })),
  );
const summary = (tab: Page) => tab.$$eval('pierce/.summary', (els) => els.map((e) => e.textContent ?? '').join(''));

async function settledCards(tab: Page): Promise<CardSeen[]> {
  await expect.poll(() => summary(tab), { timeout: 20_000 }).toMatch(/^\d+ claims?:/);
  return (await cardsIn(tab)).map((c) => ({ ...c, text: cardText(c.text) }));
}

describe('Firefox sidebar', () => {
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
    await expect.poll(async () => (await run.action(server.url(page))).title, { timeout: 15_000 }).toContain('not coverage');
    await new Promise((r) => setTimeout(r, 500));
    expect(await tab.$$eval('triangulate-sidebar', (els) => els.length)).toBe(0);
    expect(await tab.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('registers highlights and scrolls to a claim when its card is clicked', async () => {
    const { tab } = await open('seed-000_a865106c2e9a649a.html');
    await settledCards(tab);
    const sizes = await tab.evaluate(() => ['corroborated', 'varying', 'unique'].map((v) => CSS.highlights.get(`triangulate-${v}`)?.size ?? 0));
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(await tab.evaluate(() => scrollY)).toBe(0);
    const buttons = await tab.$$('pierce/[data-claim] .claim-text');
    await buttons[buttons.length - 1].click();
    await expect.poll(() => tab.evaluate(() => scrollY)).toBeGreaterThan(300);
    await tab.screenshot({ path: path.join(ARTIFACTS, 'sidebar-firefox-light.png') });
    await tab.close();
  });

  it('re-checks the page after a history navigation', async () => {
    const { tab } = await open('seed-003_4adf82bac7be8ca4.html');
    expect((await settledCards(tab)).length).toBeGreaterThan(0);
    await tab.evaluate((html) => {
      history.pushState({}, '', '/sport/match-report');
      document.querySelector('article')!.innerHTML = html;
    }, articleHtml('neg-football.html'));
    await expect.poll(() => tab.$$eval('triangulate-sidebar', (els) => els.length), { timeout: 10_000 }).toBe(0);
    await tab.evaluate((html) => {
      history.pushState({}, '', '/world/rutte-nato');
      document.querySelector('article')!.innerHTML = html;
    }, articleHtml('seed-004_8c69868f6fc53621.html'));
    await expect.poll(async () => (await cardsIn(tab)).map((c) => cardText(c.text)), { timeout: 10_000 }).toEqual(
      expectedCards('seed-004_8c69868f6fc53621.html').map((c) => c.text),
    );
    await tab.close();
  });
});

describe('Firefox look-ups', () => {
  it.each([
    ['a sentence the corpus holds', 'seed-000_a865106c2e9a649a.html', 'I know both candidates very well.', 'corroborated'],
    ['a sentence it does not', 'near-nato-summit.html', 'Every air defence system that reaches Ukraine this autumn will save lives this winter', 'unique'],
  ])('the selection button cross-checks %s', async (_, page, text, verdict) => {
    const { tab, problems } = await open(page);
    await settledCards(tab);
    const selected = await tab.evaluate((text) => {
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
    expect(selected).toBe(true);
    const button = await tab.waitForSelector('pierce/button[data-action="cross-check"]', { timeout: 5_000 });
    await button!.click();
    await expect.poll(() => tab.$$eval('pierce/[data-lookup][data-verdict]', (els) => els.map((e) => e.getAttribute('data-verdict'))), { timeout: 5_000 }).toEqual([verdict]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});
