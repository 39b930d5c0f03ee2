// Pages that try to silence or rewrite the sidebar, in both browsers (issue 12 §10). The
// shipped builds (closed shadow roots) show that the page can neither reach the sidebar nor
// change a verdict, and that the true counts still reach the reader; the test builds (roots
// open to drivers only) show which cards the reader sees.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, firefoxDriver, SIDEBAR_HOST, type Driver, type Tab } from './drivers';
import { PAGES, serveFixtures, type FixtureServer } from './server';
import { expectedCards } from './sidebar-cases';

const HOSTILE = path.resolve(import.meta.dirname, 'hostile-pages');
// Every hostile page is seed 000 with a script added: its cards are seed 000's.
const SEED = 'seed-000_a865106c2e9a649a.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures([PAGES, HOSTILE]);
});
afterAll(() => server?.close());

const expected = expectedCards(SEED);
const count = (verdict: string) => expected.filter((c) => c.verdict === verdict).length;
const trueTitle = `Triangulate: ${expected.length} claims — ${count('corroborated')} corroborated, ${count('varying')} varying, ${count('unique')} unique`;

/** What the page's own scripts can see of our host: is it there, can they reach its root, and
 * is it what is drawn at the middle of the sidebar's place (the right edge)? */
const pageView = (tab: Tab) =>
  tab.evaluate((selector) => {
    const host = document.querySelector(selector);
    const top = document.elementFromPoint(innerWidth - 120, innerHeight / 2);
    return { host: !!host, root: host?.shadowRoot ? 'reachable' : 'none', onTop: !!host && top === host };
  }, SIDEBAR_HOST);

describe.each([chromiumDriver, firefoxDriver])('pages against the sidebar, shipped build', (make) => {
  const driver: Driver = make('shipped');
  beforeAll(() => driver.launch());
  afterAll(() => driver.close());

  it(`${driver.name}: a page that defines our element names first still gets the sidebar, out of its reach`, async () => {
    const url = server.url('takes-our-names.html');
    const tab = await driver.open(url);
    await expect.poll(async () => (await driver.action(url))?.title, { timeout: 20_000 }).toBe(trueTitle);
    await expect.poll(() => pageView(tab), { timeout: 10_000 }).toEqual({ host: true, root: 'none', onTop: true });
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: a page can neither read nor rewrite the verdicts, and removing the sidebar does not keep it away`, async () => {
    const url = server.url('removes-and-rewrites.html');
    const tab = await driver.open(url);
    await expect.poll(async () => (await driver.action(url))?.title, { timeout: 20_000 }).toBe(trueTitle);
    await expect.poll(() => tab.evaluate(() => (window as unknown as { pageSaw: { removed: number } }).pageSaw.removed, null), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => pageView(tab), { timeout: 10_000 }).toEqual({ host: true, root: 'none', onTop: true });
    const saw = await tab.evaluate(() => (window as unknown as { pageSaw: { roots: number; flipped: number } }).pageSaw, null);
    expect(saw.flipped).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: a page that covers the sidebar finds it on top again`, async () => {
    const url = server.url('covers-it.html');
    const tab = await driver.open(url);
    await expect.poll(() => tab.evaluate(() => (window as unknown as { pageMarker?: string }).pageMarker, null), { timeout: 20_000 }).toBe('covered');
    await expect.poll(() => pageView(tab), { timeout: 10_000 }).toEqual({ host: true, root: 'none', onTop: true });
    expect((await driver.action(url))?.title).toBe(trueTitle);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});

describe.each([chromiumDriver, firefoxDriver])('pages against the sidebar, what the reader sees', (make) => {
  const driver: Driver = make();
  beforeAll(() => driver.launch());
  afterAll(() => driver.close());

  it.each(['takes-our-names.html', 'covers-it.html'])(`${driver.name}: %s leaves the reader the true cards`, async (page) => {
    const tab = await driver.open(server.url(page));
    await expect.poll(async () => (await tab.cards()).length, { timeout: 20_000 }).toBe(expected.length);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await tab.cards()).toEqual(expected);
    expect((await pageView(tab)).onTop).toBe(true);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });
});
