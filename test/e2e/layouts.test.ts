// The sidebar at the reader's widths, the same in Chromium and Firefox (issue 20 §1, §2, §9):
// beside the article at 1280 and 1000 px with no article line under it, the phone sheet at
// 390 px with a whole card in view on opening, pinned heads that stay put while the cards
// scroll, a tapped mark moved above the sheet, and a slim tab off the page's corners.
// Screenshots go to test/artifacts/ (the README's copies in docs/ are refreshed by hand).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, firefoxDriver, SIDEBAR_HOST, type Driver, type Tab, type Viewport } from './drivers';
import { serveFixtures, type FixtureServer } from './server';
import { ARTIFACTS } from './sidebar-cases';

const SEED = 'seed-000_a865106c2e9a649a.html';
const PHONE: Viewport = { width: 390, height: 844 };
/** The share of the screen the open sheet takes (lib/sidebar/placement SHEET_SHARE). */
const SHEET_SHARE = 0.58;

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

const settled = (tab: Tab) => expect.poll(() => tab.countInUi('li[data-claim][data-kind]'), { timeout: 20_000 }).toBeGreaterThan(0);
/** The panel slides in over 120 ms: boxes are read once it stands still. */
const still = (tab: Tab) => tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)), null);

/** Scrolls whatever scrolls inside the sidebar (the panel, the compare grid) to its end. */
const scrollSidebar = (tab: Tab) =>
  tab.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    for (const el of [root.querySelector('aside'), ...root.querySelectorAll('.compare-wrap')]) if (el) el.scrollTop = el.scrollHeight;
    return root.querySelector('aside')!.scrollTop;
  }, SIDEBAR_HOST);

/** The rightmost edge of any line of the article's text, in viewport pixels. */
const articleRight = (tab: Tab) =>
  tab.evaluate(() => {
    let right = 0;
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const box of Array.from(range.getClientRects())) if (box.width) right = Math.max(right, box.right);
    }
    return right;
  }, null);

/** Whether the element drawn at the middle of `selector`'s box (inside our root) is that element. */
const onTop = (tab: Tab, selector: string) =>
  tab.evaluate(
    ([host, selector]) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const el = root.querySelector(selector);
      if (!el) return false;
      const b = el.getBoundingClientRect();
      const hit = root.elementFromPoint(b.left + b.width / 2, b.top + Math.min(b.height / 2, 10));
      return !!hit && (hit === el || el.contains(hit));
    },
    [SIDEBAR_HOST, selector] as const,
  );

/** The box of `words` in the article now, after scrolling it to `y` from the top when asked. */
const passage = (tab: Tab, words: string, y: number | null) =>
  tab.evaluate(
    ([words, y]) => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(words as string);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + (words as string).length);
        if (y !== null) scrollBy({ top: range.getBoundingClientRect().top - (y as number), behavior: 'instant' });
        const box = range.getClientRects()[0];
        return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2, top: box.top, bottom: box.bottom };
      }
      return null;
    },
    [words, y] as const,
  );

describe.each([chromiumDriver, firefoxDriver])('the sidebar at each width', (make) => {
  const driver: Driver = make();
  beforeAll(() => driver.launch());
  afterAll(() => driver.close());

  it.each([
    { width: 1280, height: 900 },
    { width: 1000, height: 800 },
  ])(`${driver.name}: at $width px it stands beside the article, covering no line of it, its head pinned`, async (viewport) => {
    const tab = await driver.open(server.url(SEED), viewport);
    await settled(tab);
    await still(tab);
    expect(await tab.countInUi('aside.tg.layout-side')).toBe(1);
    expect(await tab.countInUi('[data-action="placement"]')).toBe(1);
    const aside = (await tab.boxInUi('aside.tg'))!;
    // At the window's right edge, inside its scroll bar where the browser draws one.
    const clientWidth = await tab.evaluate(() => document.documentElement.clientWidth, null);
    expect(Math.abs(aside.left - (clientWidth - 360))).toBeLessThanOrEqual(1);
    expect(await articleRight(tab)).toBeLessThanOrEqual(aside.left);
    await tab.screenshot(path.join(ARTIFACTS, `layout-${driver.name.toLowerCase()}-${viewport.width}.png`));
    expect(await scrollSidebar(tab)).toBeGreaterThan(0);
    const pinned = (await tab.boxInUi('.pinned'))!;
    expect(Math.abs(pinned.top - aside.top)).toBeLessThanOrEqual(1);
    expect(await onTop(tab, '.pinned .summary')).toBe(true);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: the compare grid keeps its source names and its claims column in view as it scrolls`, async () => {
    const tab = await driver.open(server.url('changed-figures.html'));
    await settled(tab);
    await tab.clickInUi('button[data-view="compare"]');
    await expect.poll(() => tab.countInUi('table[data-compare] tbody tr[data-claim]'), { timeout: 5_000 }).toBeGreaterThan(3);
    const moved = await tab.evaluate((host) => {
      const wrap = document.querySelector(host)!.shadowRoot!.querySelector('.compare-wrap')!;
      wrap.scrollTop = wrap.scrollHeight;
      wrap.scrollLeft = wrap.scrollWidth;
      return { top: wrap.scrollTop, left: wrap.scrollLeft };
    }, SIDEBAR_HOST);
    expect(moved.top).toBeGreaterThan(0);
    const wrap = (await tab.boxInUi('.compare-wrap'))!;
    const head = (await tab.boxInUi('table[data-compare] thead th:last-child'))!;
    expect(Math.abs(head.top - wrap.top)).toBeLessThanOrEqual(1);
    expect(await onTop(tab, 'table[data-compare] thead th:last-child')).toBe(true);
    if (moved.left > 0) {
      const claim = (await tab.boxInUi('table[data-compare] tbody tr:last-child th'))!;
      expect(Math.abs(claim.left - wrap.left)).toBeLessThanOrEqual(1);
    }
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: at 390 px the slim tab keeps off the page's corners and opens a sheet with a whole card in view`, async () => {
    const tab = await driver.open(server.url(SEED), PHONE);
    await expect.poll(() => tab.countInUi('button[data-action="open-sidebar"]'), { timeout: 20_000 }).toBe(1);
    const edge = (await tab.boxInUi('button[data-action="open-sidebar"]'))!;
    expect(edge.bottom).toBeLessThanOrEqual(PHONE.height * 0.8);
    expect(edge.top).toBeGreaterThanOrEqual(PHONE.height * 0.1);
    // The cookie banner's own buttons, at the bottom of the screen, are the page's to click.
    const accept = await tab.evaluate(() => {
      const b = document.querySelector('.cookie-banner .accept')!.getBoundingClientRect();
      return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)?.className ?? '';
    }, null);
    expect(accept).toBe('accept');

    await tab.clickInUi('button[data-action="open-sidebar"]');
    await settled(tab);
    await still(tab);
    const sheet = (await tab.boxInUi('aside.tg.layout-sheet'))!;
    expect(sheet.top).toBeGreaterThanOrEqual(PHONE.height * 0.4 - 1);
    const head = (await tab.boxInUi('.pinned'))!;
    const card = (await tab.boxInUi('li[data-claim][data-kind]'))!;
    expect(card.top).toBeGreaterThanOrEqual(head.bottom);
    expect(card.bottom).toBeLessThanOrEqual(PHONE.height);
    await tab.screenshot(path.join(ARTIFACTS, `layout-${driver.name.toLowerCase()}-390.png`));

    expect(await scrollSidebar(tab)).toBeGreaterThan(0);
    const after = (await tab.boxInUi('.pinned'))!;
    expect(Math.abs(after.top - sheet.top)).toBeLessThanOrEqual(1);
    expect(await onTop(tab, '.pinned .summary')).toBe(true);
    expect(await onTop(tab, '.pinned button[aria-expanded="true"]')).toBe(true);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: at 390 px a tapped mark opens its card and moves its passage above the sheet, with no tooltip left`, async () => {
    const tab = await driver.open(server.url(SEED), PHONE);
    // Checked: the slim tab counts the claims.
    await expect.poll(async () => (await tab.boxInUi('.edge-count'))?.text ?? '', { timeout: 20_000 }).toMatch(/^\d+$/);
    const words = 'determined to prepare NATO';
    // Where the sheet will stand once it opens.
    const point = await passage(tab, words, PHONE.height * 0.8);
    expect(point, words).not.toBeNull();
    await tab.clickAt(point!.x, point!.y);
    await expect.poll(() => tab.countInUi('aside.tg.layout-sheet'), { timeout: 5_000 }).toBe(1);
    const sheetTop = PHONE.height * (1 - SHEET_SHARE);
    await expect.poll(async () => (await passage(tab, words, null))!.bottom, { timeout: 5_000 }).toBeLessThanOrEqual(sheetTop);
    expect((await passage(tab, words, null))!.top).toBeGreaterThanOrEqual(0);
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)), null);
    expect(await tab.countInUi('.tg-tip')).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
