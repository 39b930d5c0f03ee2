// The reader's view in Chromium (issue 12 §1-§7, §9): layouts by window width with screenshots,
// reasons on cards, two-way links, the compare view, and axe-core on the sidebar (both views,
// light and dark), the popup and the options page. The page-side parts run in Firefox too, in
// reader-page.test.ts; Firefox cannot open extension pages under test (PLATFORM.md).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium, type ChromiumRun } from './browsers';
import { SIDEBAR_HOST } from './drivers';
import { serveFixtures, type FixtureServer } from './server';
import { ARTIFACTS } from './sidebar-cases';

declare const chrome: typeof import('wxt/browser').browser;
type AxeRule = { id: string; impact: string; nodes: { target: (string | string[])[] }[] };
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> };

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED = 'seed-000_a865106c2e9a649a.html';

let server: FixtureServer;
let run: ChromiumRun;
beforeAll(async () => {
  server = await serveFixtures();
  run = await launchChromium(chromiumPath());
});
afterAll(async () => {
  await run?.close();
  await server?.close();
});

async function open(page: string, width = 1280, height = 900): Promise<Page> {
  const tab = await run.context.newPage();
  await tab.setViewportSize({ width, height });
  await tab.goto(server.url(page));
  await tab.locator(`${SIDEBAR_HOST} .tg`).first().waitFor({ state: 'attached', timeout: 20_000 });
  return tab;
}
const ui = (tab: Page, selector: string) => tab.locator(`${SIDEBAR_HOST} ${selector}`);
const ready = (tab: Page) => ui(tab, '.summary').filter({ hasText: /^\d+ claims?:/ }).waitFor({ timeout: 20_000 });
const setTheme = (theme: string) =>
  run.worker.evaluate(async (theme) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), theme } });
  }, theme);

// Saved to test/artifacts/; the README's copies in docs/ are refreshed from there by hand, so a
// test run never rewrites a tracked file.
// The sidebar slides in over 120 ms: the shot waits for it to settle.
async function shoot(tab: Page, name: string) {
  await tab.waitForTimeout(400);
  await tab.screenshot({ path: path.join(ARTIFACTS, name) });
}

/** axe-core over `selector` (or the whole page): the serious and critical violations. */
async function axeViolations(tab: Page, selector: string | null) {
  await tab.evaluate(AXE);
  const result = await tab.evaluate(
    (selector) => axe.run(selector ? { include: [[selector]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { 'target-size': { enabled: true } } }),
    selector,
  );
  // A target with a path into a shadow root is an array of selectors: proof axe looked inside ours.
  if (selector) expect(result.passes.some((rule) => rule.nodes.some((n) => Array.isArray(n.target[0])))).toBe(true);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the reader’s view', () => {
  it('stands beside the page at 1280 and 1000 px, as a slim tab opening over it at 800 px, as a bottom sheet at 390 px', async () => {
    let tab = await open(SEED, 1280, 900);
    await ready(tab);
    expect(await ui(tab, 'aside.layout-side').count()).toBe(1);
    expect(await tab.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    await shoot(tab, 'sidebar-1280.png');
    await tab.close();

    tab = await open(SEED, 1000, 800);
    await ready(tab);
    expect(await ui(tab, 'aside.layout-side').count()).toBe(1);
    expect(await tab.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    await shoot(tab, 'sidebar-1000.png');
    await tab.close();

    tab = await open(SEED, 800, 800);
    await expect.poll(() => ui(tab, '.edge-tab').count(), { timeout: 20_000 }).toBe(1);
    expect(await tab.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await ui(tab, '.edge-tab').click();
    await ready(tab);
    expect(await ui(tab, 'aside.layout-overlay').count()).toBe(1);
    // Over the page it covers no more than its own width, and offers no choice it cannot act on.
    expect(Math.round((await ui(tab, 'aside.layout-overlay').boundingBox())!.width)).toBe(360);
    expect(await ui(tab, '[data-action="placement"]').count()).toBe(0);
    await shoot(tab, 'sidebar-800.png');
    await tab.close();

    tab = await open(SEED, 390, 844);
    await expect.poll(() => ui(tab, '.edge-tab').count(), { timeout: 20_000 }).toBe(1);
    await ui(tab, '.edge-tab').click();
    await ready(tab);
    const sheet = await ui(tab, 'aside.layout-sheet').boundingBox();
    // The article stays readable above the sheet: two fifths of the screen.
    expect(sheet!.y).toBeGreaterThanOrEqual(844 * 0.4);
    expect(Math.round(sheet!.width)).toBe(390);
    await shoot(tab, 'sidebar-390.png');
    await tab.close();
  });

  it('says why a claim varies in the card head, conflicts set apart', async () => {
    const tab = await open('changed-figures.html');
    await ready(tab);
    const value = ui(tab, 'li[data-claim][data-reason="value"]').first();
    expect(await value.locator('.card-head .reason').textContent()).toMatch(/^Other value: \S/);
    expect(await value.getAttribute('class')).toContain('conflict');
    await ui(tab, '.filter-conflict').click();
    expect(await ui(tab, 'li[data-claim]').count()).toBe(await ui(tab, 'li[data-claim].conflict').count());
    await tab.close();

    const swapped = await open('swapped-speakers.html');
    await ready(swapped);
    expect(await ui(swapped, 'li[data-claim][data-reason="speaker"] .card-head .reason').first().textContent()).toMatch(/^Other speaker: \p{Lu}/u);
    expect(await ui(swapped, 'li[data-claim][data-reason="speaker"] .evidence dt').first().textContent()).toBe('This page');
    await swapped.close();
  });

  it('links a marked passage in the page to its card', async () => {
    const tab = await open(SEED);
    await ready(tab);
    // The last quote's mark: the middle of its first words in the page.
    const quote = (await ui(tab, 'li[data-claim][data-kind="quote"] .claim-text').last().textContent())!.replace(/^“|”$/g, '');
    const words = quote.split(' ').slice(0, 3).join(' ');
    const point = await tab.evaluate((words) => {
      const text = document.querySelector('article')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(words);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + words.length);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    }, words);
    expect(point, words).not.toBeNull();
    await tab.mouse.click(point!.x, point!.y);
    await expect
      .poll(() => tab.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement?.textContent ?? '', SIDEBAR_HOST))
      .toContain(words);
    await tab.close();
  });

  it('opens a source from a figure’s evidence with the source’s own figure marked, not another number in its sentence', async () => {
    const tab = await open('quote-styles.html');
    await ready(tab);
    const card = ui(tab, 'li[data-kind="figure"]').filter({ hasText: 'a decade' }).first();
    await card.locator('.sources-toggle').click();
    const link = card.locator('li.evidence-item[data-source="000_a865106c2e9a649a"] button.link');
    const [sourceTab] = await Promise.all([run.context.waitForEvent('page'), link.click()]);
    await sourceTab.waitForLoadState();
    // The source's sentence holds "57-year-old" too: only its decade is marked.
    await expect.poll(() => sourceTab.locator('mark').allTextContents()).toEqual(['decade']);
    await sourceTab.close();
    await tab.close();
  });

  it('compares claims by source, needing attention first; a cell opens its source; the view is saved', async () => {
    const tab = await open('changed-figures.html');
    await ready(tab);
    await ui(tab, 'button[data-view="compare"]').click();
    const table = ui(tab, 'table[data-compare]');
    await table.waitFor();
    const rows = await table.locator('tr[data-claim]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-verdict'), tr.getAttribute('data-reason')]));
    const rank = ([verdict, reason]: (string | null)[]) => (verdict === 'varying' ? (reason === 'value' || reason === 'speaker' ? 0 : 1) : verdict === 'unique' ? 2 : 3);
    expect(rows.map(rank)).toEqual([...rows.map(rank)].sort((a, b) => a - b));
    expect(await table.locator('td[data-source][data-match]').count()).toBe(rows.length * 5);
    await shoot(tab, 'sidebar-compare.png');
    // Each source headed by its whole name, told apart from the others, nothing cut or rotated.
    const heads = await table.locator('thead th.compare-source').evaluateAll((ths) =>
      ths.map((th) => ({ text: th.textContent ?? '', cut: th.scrollWidth > th.clientWidth + 1, writing: getComputedStyle(th).writingMode })),
    );
    expect(heads).toHaveLength(5);
    expect(new Set(heads.map((h) => h.text)).size).toBe(5);
    for (const h of heads) expect(h, h.text).toMatchObject({ cut: false, writing: 'horizontal-tb' });
    expect(heads.map((h) => h.text).join(' ')).not.toContain('…');
    // The head row stays in view while the rows scroll, the claims column while the grid scrolls sideways.
    const pinned = await table.evaluate((t) => {
      const wrap = t.parentElement!;
      const scrolls = { down: wrap.scrollHeight > wrap.clientHeight, sideways: wrap.scrollWidth > wrap.clientWidth };
      wrap.style.maxWidth = '14em';
      wrap.scrollTop = 200;
      wrap.scrollLeft = 120;
      const box = wrap.getBoundingClientRect();
      const head = t.querySelector('thead th.compare-source')!.getBoundingClientRect();
      const claim = t.querySelector('tbody th.compare-claim')!.getBoundingClientRect();
      return { ...scrolls, scrolledDown: wrap.scrollTop, scrolledSideways: wrap.scrollLeft, headTop: head.top - box.top, claimLeft: claim.left - box.left };
    });
    expect(pinned).toMatchObject({ down: true, headTop: 0, claimLeft: 0 });
    expect(pinned.scrolledDown).toBeGreaterThan(0);
    expect(pinned.scrolledSideways).toBeGreaterThan(0);
    await table.evaluate((t) => {
      t.parentElement!.style.maxWidth = '';
      t.parentElement!.scrollTop = t.parentElement!.scrollLeft = 0;
    });
    // A figure's cell opens its source with the source's own figure to mark.
    const figureCell = table.locator('tr[data-claim] td[data-match="exact"] button').first();
    const [sourceTab] = await Promise.all([run.context.waitForEvent('page'), figureCell.click()]);
    await sourceTab.waitForLoadState();
    expect(sourceTab.url()).toMatch(/\/sources\.html\?source=.*&words=/);
    await expect.poll(() => sourceTab.locator('mark').count()).toBe(1);
    await sourceTab.close();
    await tab.close();
  });

  it('passes axe (serious and critical, target size included): sidebar in both views, light and dark, and as the phone sheet; popup; options; sources', async () => {
    for (const theme of ['light', 'dark']) {
      await setTheme(theme);
      const tab = await open(SEED);
      await ready(tab);
      expect(await axeViolations(tab, SIDEBAR_HOST), `claims, ${theme}`).toEqual([]);
      await ui(tab, 'button[data-view="compare"]').click();
      expect(await axeViolations(tab, SIDEBAR_HOST), `compare, ${theme}`).toEqual([]);
      await tab.close();
    }
    await setTheme('system');
    const phone = await open(SEED, 390, 844);
    await ui(phone, 'button[data-action="open-sidebar"]').click();
    await ready(phone);
    expect(await axeViolations(phone, SIDEBAR_HOST), 'sheet').toEqual([]);
    await phone.close();
    for (const page of ['popup.html', 'options.html', 'sources.html']) {
      const tab = await run.context.newPage();
      await tab.goto(`chrome-extension://${run.extensionId}/${page}`);
      await tab.waitForLoadState();
      expect(await axeViolations(tab, null), page).toEqual([]);
      await tab.close();
    }
  });
});
