// Hostile pages, in both browsers: built-ins redefined, every style reset, markup inside quotes
// under a strict Content-Security-Policy, frames, and fifty rapid history navigations. The page
// keeps working (its own script's marker is set, nothing from us in its console) and so does
// the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, firefoxDriver, type Driver, type Tab } from './drivers';
import { serveFixtures, type FixtureServer } from './server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

const settled = (tab: Tab) => expect.poll(async () => (await tab.cards()).length, { timeout: 20_000 }).toBeGreaterThan(0);

describe.each([chromiumDriver, firefoxDriver])('hostile pages', (make) => {
  const driver: Driver = make();
  beforeAll(() => driver.launch());
  afterAll(() => driver.close());

  it(`${driver.name}: a page that redefines Array, JSON, attachShadow, browser and chrome keeps working, and so do we`, async () => {
    const tab = await driver.open(server.url('hostile-prototypes.html'));
    await settled(tab);
    expect(await tab.evaluate(() => (window as unknown as { pageMarker: string }).pageMarker, null)).toBe('ready');
    expect((await tab.cards()).some((c) => c.verdict === 'corroborated')).toBe(true);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: a page styled "* { all: initial !important }" does not reach the sidebar`, async () => {
    const tab = await driver.open(server.url('hostile-styles.html'));
    await settled(tab);
    // The sidebar keeps its own look: fixed to the right edge, 360 px wide, our font size.
    const box = await tab.evaluate(() => {
      const aside = document.querySelector('triangulate-sidebar')!.shadowRoot!.querySelector('aside')!;
      const style = getComputedStyle(aside);
      return { position: style.position, width: Math.round(aside.getBoundingClientRect().width), fontSize: style.fontSize };
    }, null);
    expect(box).toEqual({ position: 'fixed', width: 360, fontSize: '14px' });
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: markup inside quotes is shown as text, under a strict CSP`, async () => {
    const tab = await driver.open(server.url('hostile-markup.html'));
    await settled(tab);
    const texts = (await tab.cards()).map((c) => c.text);
    expect(texts).toContain("I'm determined to <script>alert('x')</script> prepare NATO for the challenges of the future");
    expect(texts).toContain('We will not <img src=x onerror=alert(1)> give in to threats from anyone');
    expect(await tab.countInUi('img')).toBe(0);
    expect(await tab.countInUi('script')).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: frames get nothing; the top page gets one sidebar`, async () => {
    const tab = await driver.open(server.url('hostile-frames.html'));
    await settled(tab);
    expect(await tab.evaluate(() => document.querySelectorAll('triangulate-sidebar').length, null)).toBe(1);
    const inFrames = await tab.evaluate(
      () => Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument?.querySelectorAll('triangulate-sidebar').length ?? 0),
      null,
    );
    expect(inFrames).toEqual([0, 0, 0]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: fifty rapid history navigations end with one sidebar for the page as it stands`, async () => {
    const tab = await driver.open(server.url('seed-002_501c76c112f71d4c.html'));
    await settled(tab);
    const before = (await tab.cards()).map((c) => c.text);
    await tab.evaluate(() => {
      for (let i = 0; i < 50; i++) history.pushState({ i }, '', `?page=${i}`);
      (window as unknown as { pageMarker: string }).pageMarker = 'navigated';
    }, null);
    // Re-checked after the navigations settle: same article, same cards, one host, no errors.
    await new Promise((r) => setTimeout(r, 2500));
    await settled(tab);
    expect((await tab.cards()).map((c) => c.text)).toEqual(before);
    expect(await tab.evaluate(() => document.querySelectorAll('triangulate-sidebar').length, null)).toBe(1);
    expect(await tab.evaluate(() => (window as unknown as { pageMarker: string }).pageMarker, null)).toBe('navigated');
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it(`${driver.name}: makes no network request beyond the test server`, () => {
    const foreign = driver.requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:|chrome-extension:|moz-extension:|data:|about:)/.test(u));
    expect(foreign).toEqual([]);
    expect(driver.requests.length).toBeGreaterThan(0);
  });
});
