// The extension on news pages, the same in Chromium and Firefox: coverage marked on the toolbar
// with the claim count, the expected verdicts on every fixture page, nothing on pages that are
// not coverage, highlights, click to scroll, single-page navigation, selection look-ups, and the
// time to the first card (reported, not asserted).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, firefoxDriver, type Driver, type Tab } from './drivers';
import { recordFirstCard, reportFirstCards } from './first-card';
import { serveFixtures, type FixtureServer } from './server';
import { ARTIFACTS, articleHtml, COVERAGE_PAGES, expectedCards, labelMismatches, NEGATIVE_PAGES, SEEDS } from './sidebar-cases';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());
// After both browsers: the time to the first card on each page, reported, not asserted.
afterAll(reportFirstCards);

/** The cards once the sidebar has its counts. */
async function settledCards(tab: Tab) {
  await expect.poll(() => tab.countInUi('.summary'), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => tab.evaluate(() => document.querySelector('triangulate-sidebar')?.shadowRoot?.querySelector('.summary')?.textContent ?? '', null), { timeout: 20_000 }).toMatch(/^\d+ claims?:/);
  return tab.cards();
}

/** Selects the first occurrence of `text` in the page's article, as a reader would. */
const select = (tab: Tab, text: string) =>
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

describe.each([chromiumDriver, firefoxDriver])('on news pages', (make) => {
  const driver: Driver = make();
  beforeAll(() => driver.launch());
  afterAll(() => driver.close());
  const name = driver.name;

  it(`${name}: marks a page on the story as coverage, then with its claim count and counts per verdict`, async () => {
    const page = server.url('seed-000_a865106c2e9a649a.html');
    const tab = await driver.open(page);
    // First a tick for coverage, then the count once the sidebar has checked the claims.
    await expect.poll(async () => (await driver.action(page))?.badge, { timeout: 20_000 }).toMatch(/^\d+$/);
    const { badge, title } = (await driver.action(page))!;
    const counts = /^Triangulate: (\d+) claims — (\d+) corroborated, (\d+) varying, (\d+) unique$/.exec(title);
    expect(counts, title).not.toBeNull();
    const [total, ...each] = counts!.slice(1).map(Number);
    expect(Number(badge)).toBe(total);
    expect(each.reduce((a, b) => a + b, 0)).toBe(total);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it.each(COVERAGE_PAGES)(`${name}: shows the expected verdicts on %s`, async (page) => {
    const tab = await driver.open(server.url(page));
    const cards = await settledCards(tab);
    await recordFirstCard(name, page, tab);
    expect(cards).toEqual(expectedCards(page));
    const seed = SEEDS.find((id) => page === `seed-${id}.html`);
    if (seed) expect(labelMismatches(seed, cards)).toEqual([]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it.each(NEGATIVE_PAGES)(`${name}: reads %s, leaves it unmarked and adds nothing to it`, async (page) => {
    const tab = await driver.open(server.url(page));
    await expect
      .poll(() => driver.action(server.url(page)), { timeout: 15_000 })
      .toEqual({ badge: '', title: 'Triangulate: this page is not coverage of a story in its sources' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await tab.evaluate(() => document.querySelectorAll('triangulate-sidebar').length, null)).toBe(0);
    expect(await tab.evaluate(() => CSS.highlights.size, null)).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${name}: registers a highlight per verdict and scrolls to a claim when its card is clicked`, async () => {
    const tab = await driver.open(server.url('seed-000_a865106c2e9a649a.html'));
    await settledCards(tab);
    const sizes = await tab.evaluate(() => ['corroborated', 'varying', 'unique'].map((v) => CSS.highlights.get(`triangulate-${v}`)?.size ?? 0), null);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    // The page's own DOM is untouched: the only element we add is our host.
    expect(await tab.evaluate(() => document.querySelectorAll('mark, [data-triangulate]').length, null)).toBe(0);
    expect(await tab.evaluate(() => scrollY, null)).toBe(0);
    await tab.clickInUi('[data-claim] .claim-text', 'last');
    await expect.poll(() => tab.evaluate(() => scrollY, null)).toBeGreaterThan(300);
    await expect.poll(() => tab.evaluate(() => CSS.highlights.has('triangulate-flash'), null)).toBe(true);
    await tab.screenshot(path.join(ARTIFACTS, `sidebar-${name.toLowerCase()}-scrolled.png`));
    await tab.close();
  });

  it(`${name}: re-checks the page after a history navigation`, async () => {
    const tab = await driver.open(server.url('seed-003_4adf82bac7be8ca4.html'));
    expect((await settledCards(tab)).length).toBeGreaterThan(0);
    // The site swaps its article for an unrelated one and pushes a new address.
    await tab.evaluate((html) => {
      history.pushState({}, '', '/sport/match-report');
      document.querySelector('article')!.innerHTML = html;
    }, articleHtml('neg-football.html'));
    await expect.poll(() => tab.evaluate(() => document.querySelectorAll('triangulate-sidebar').length, null), { timeout: 10_000 }).toBe(0);
    expect(await tab.evaluate(() => CSS.highlights.size, null)).toBe(0);
    // And back to a story on the subject: a fresh sidebar for the new article.
    await tab.evaluate((html) => {
      history.pushState({}, '', '/world/rutte-nato');
      document.querySelector('article')!.innerHTML = html;
    }, articleHtml('seed-004_8c69868f6fc53621.html'));
    await expect.poll(async () => (await tab.cards()).map((c) => c.text), { timeout: 10_000 }).toEqual(
      expectedCards('seed-004_8c69868f6fc53621.html').map((c) => c.text),
    );
    await tab.close();
  });

  it(`${name}: a page reached by a history navigation from one that is not coverage gets its sidebar`, async () => {
    const tab = await driver.open(server.url('neg-football.html'));
    await expect.poll(async () => (await driver.action(server.url('neg-football.html')))?.title, { timeout: 15_000 }).toContain('not coverage');
    expect(await tab.evaluate(() => document.querySelectorAll('triangulate-sidebar').length, null)).toBe(0);
    // The site's own router: a new address and a new article, no page load.
    await tab.evaluate((html) => {
      history.pushState({}, '', '/world/rutte-nato-2');
      document.querySelector('article')!.innerHTML = html;
      document.title = 'Rutte takes reins at NATO';
    }, articleHtml('seed-001_28a6fb4aff1795b7.html'));
    await expect.poll(async () => (await tab.cards()).map((c) => c.text), { timeout: 15_000 }).toEqual(
      expectedCards('seed-001_28a6fb4aff1795b7.html').map((c) => c.text),
    );
    // Back (popstate) to the football report: the sidebar goes again.
    await tab.evaluate((html) => {
      addEventListener('popstate', () => (document.querySelector('article')!.innerHTML = html), { once: true });
      history.back();
    }, articleHtml('neg-football.html'));
    await expect.poll(() => tab.evaluate(() => document.querySelectorAll('triangulate-sidebar').length, null), { timeout: 10_000 }).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it.each([
    ['a sentence the corpus holds', 'seed-000_a865106c2e9a649a.html', 'I know both candidates very well.', 'corroborated', 3],
    ['a sentence it does not', 'near-nato-summit.html', 'Every air defence system that reaches Ukraine this autumn will save lives this winter', 'unique', 0],
  ])(`${name}: the selection button cross-checks %s`, async (_, page, text, verdict, sources) => {
    const tab = await driver.open(server.url(page));
    await settledCards(tab);
    expect(await select(tab, text)).toBe(true);
    await expect.poll(() => tab.countInUi('button[data-action="cross-check"]'), { timeout: 5_000 }).toBe(1);
    await tab.clickInUi('button[data-action="cross-check"]');
    await expect.poll(async () => (await tab.cards(true)).map((c) => c.verdict), { timeout: 5_000 }).toEqual([verdict]);
    expect((await tab.cards(true))[0].text).toBe(text);
    // The page's own source (seed 000 is in the corpus) is never its evidence.
    expect(await tab.countInUi('[data-lookup] .evidence-item')).toBe(sources);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${name}: a look-up of a sentence answers with its claims as the sidebar checks them, never "Unique" (CLAIMS §6)`, async () => {
    const tab = await driver.open(server.url('seed-000_a865106c2e9a649a.html'));
    const cards = await settledCards(tab);
    const figures = cards.filter((c) => c.text === '23 countries' || c.text === '2 percent');
    expect(figures.map((c) => c.verdict)).toEqual(['corroborated', 'corroborated']);
    const sentence = "This year, 23 countries are set to reach NATO's target of spending 2 percent of gross domestic product on their militaries.";
    expect(await select(tab, sentence)).toBe(true);
    await expect.poll(() => tab.countInUi('button[data-action="cross-check"]'), { timeout: 5_000 }).toBe(1);
    await tab.clickInUi('button[data-action="cross-check"]');
    await expect.poll(() => tab.countInUi('li[data-lookup-claim][data-verdict="corroborated"]'), { timeout: 5_000 }).toBe(2);
    expect(await tab.countInUi('li.lookup [data-verdict="unique"]')).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
