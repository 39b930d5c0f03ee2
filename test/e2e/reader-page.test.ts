// The page side of the reader's view, the same in Chromium and Firefox (issue 12 §1, §4, §6):
// reasons on the cards, a marked passage linked to its card (click) with a tooltip (hover), and
// the Cross-check button above the selection, inside the text column, never over the sidebar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, firefoxDriver, SIDEBAR_HOST, type Driver, type Tab } from './drivers';
import { serveFixtures, type FixtureServer } from './server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

const settled = (tab: Tab) => expect.poll(async () => (await tab.cards()).length, { timeout: 20_000 }).toBeGreaterThan(0);

/** The middle of the first occurrence of `words` in the article, scrolled into view; selected too when asked. */
const place = (tab: Tab, words: string, select = false) =>
  tab.evaluate(
    ([words, select]) => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(words as string);
        if (i < 0) continue;
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + (words as string).length);
        if (select) {
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        }
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, left: box.left };
      }
      return null;
    },
    [words, select] as const,
  );

describe.each([chromiumDriver, firefoxDriver])('the page side', (make) => {
  const driver: Driver = make();
  beforeAll(() => driver.launch());
  afterAll(() => driver.close());

  it(`${driver.name}: varying cards say why in their head`, async () => {
    const tab = await driver.open(server.url('changed-figures.html'));
    await settled(tab);
    const cards = await tab.cards();
    expect(cards.filter((c) => c.verdict === 'varying').every((c) => c.reason)).toBe(true);
    expect(cards.filter((c) => c.verdict !== 'varying').every((c) => c.reason === null)).toBe(true);
    expect((await tab.boxInUi('li[data-reason="value"] .card-head .reason'))?.text).toMatch(/^Other value: /);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: a marked passage shows its verdict on hover and brings its card into focus on a click`, async () => {
    const tab = await driver.open(server.url('changed-figures.html'));
    await settled(tab);
    const point = await place(tab, '90 percent');
    expect(point).not.toBeNull();
    await tab.hoverAt(point!.x, point!.y);
    await expect.poll(async () => (await tab.boxInUi('.tg-tip'))?.text, { timeout: 5_000 }).toMatch(/^≈ Varying · Other value: /);
    await tab.clickAt(point!.x, point!.y);
    await expect
      .poll(() => tab.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement?.getAttribute('data-reason') ?? '', SIDEBAR_HOST), { timeout: 5_000 })
      .toBe('value');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: the Cross-check button stands above the selection, never over the sidebar`, async () => {
    const tab = await driver.open(server.url('seed-000_a865106c2e9a649a.html'));
    await settled(tab);
    const text = await place(tab, 'critical juncture weeks', true);
    expect(text).not.toBeNull();
    await expect.poll(() => tab.countInUi('button[data-action="cross-check"]'), { timeout: 5_000 }).toBe(1);
    const button = (await tab.boxInUi('button[data-action="cross-check"]'))!;
    const aside = (await tab.boxInUi('aside'))!;
    expect(button.bottom).toBeLessThanOrEqual(text!.top);
    expect(button.right).toBeLessThanOrEqual(aside.left);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
