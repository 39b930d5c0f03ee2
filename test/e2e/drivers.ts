// One small interface over both browsers, for tests that ask the same of each page in each.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { chromiumPath, CHROME_BUILD, firefoxPath, FIREFOX_BUILD, launchChromium, launchFirefox, SHIPPED_CHROME_BUILD, SHIPPED_FIREFOX_BUILD } from './browsers';
import { cardText, type CardSeen } from './sidebar-cases';

// What the functions passed to the service worker see: they run inside the extension.
declare const chrome: typeof browser;

export interface Tab {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** The claim cards (or, with `lookups`, the look-up cards) of our sidebar, as shown. */
  cards(lookups?: boolean): Promise<CardSeen[]>;
  /** How many elements match `selector` inside our shadow roots (open roots are pierced). */
  countInUi(selector: string): Promise<number>;
  /** Clicks the first or last element matching `selector` inside our shadow roots. */
  clickInUi(selector: string, which?: 'first' | 'last'): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** A real mouse click, or a move, at viewport point (x, y). */
  clickAt(x: number, y: number): Promise<void>;
  hoverAt(x: number, y: number): Promise<void>;
  /** Text and box of the first element matching `selector` inside our shadow roots. */
  boxInUi(selector: string): Promise<{ text: string; left: number; right: number; top: number; bottom: number } | null>;
  /** Console messages, page errors and dialogs seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}
const WIDE: Viewport = { width: 1280, height: 900 };

export interface Driver {
  name: string;
  launch(): Promise<void>;
  /** A new tab at `url`, in a window of `viewport` (1280 × 900 unless given). */
  open(url: string, viewport?: Viewport): Promise<Tab>;
  /** The toolbar button's badge and tooltip on the tab showing `url`. */
  action(url: string): Promise<{ badge: string; title: string } | null>;
  /** Requests the browser made, for the network-silence check. */
  requests: string[];
  close(): Promise<void>;
}

// Runs in the page, whose Array methods may be replaced: a plain loop only.
const readCards = (els: Element[]) => {
  const out: CardSeen[] = [];
  for (let i = 0; i < els.length; i++) {
    const e = els[i];
    out[i] = { kind: e.getAttribute('data-kind') ?? '', verdict: e.getAttribute('data-verdict') ?? '', reason: e.getAttribute('data-reason'), text: e.querySelector('.claim-text')?.textContent ?? '' };
  }
  return out;
};
// The browser's own favicon request, refused by a strict CSP page, is not ours to answer for.
const ours = (problem: string) => !/favicon\.ico/.test(problem);
// Cards, not the compare grid's rows (which carry data-claim too).
const cardSelector = (lookups?: boolean) => (lookups ? 'li[data-lookup][data-verdict]' : 'li[data-claim][data-kind]');
/** The sidebar's host: its own element, or a plain one when the page took that name first. */
export const SIDEBAR_HOST = ':is(triangulate-sidebar, [data-triangulate="triangulate-sidebar"])';
/** Any of our hosts: the sidebar, the selection button, the tooltip over a mark. */
const ANY_HOST = ':is(triangulate-sidebar, triangulate-selection, triangulate-tip, [data-triangulate])';

/** Which build a driver loads: the test build (roots open, cards readable) or the shipped one. */
export type Build = 'test' | 'shipped';

export function chromiumDriver(build: Build = 'test'): Driver {
  const executablePath = chromiumPath();
  let run: Awaited<ReturnType<typeof launchChromium>>;
  const requests: string[] = [];
  return {
    name: 'Chromium',
    requests,
    async launch() {
      run = await launchChromium(executablePath, build === 'test' ? CHROME_BUILD : SHIPPED_CHROME_BUILD);
      run.context.on('request', (r) => requests.push(r.url()));
    },
    async open(url, viewport = WIDE) {
      const page: PlaywrightPage = await run.context.newPage();
      await page.setViewportSize(viewport);
      const problems: string[] = [];
      page.on('console', (m) => ours(m.text()) && problems.push(`console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => ours(e.message) && problems.push(`page error: ${e.message}`));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(url);
      const inUi = (selector: string) => page.locator(`${ANY_HOST} ${selector}`);
      return {
        problems,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        // One attribute at a time: these calls run in Playwright's own world, which a page
        // that replaces Array and JSON cannot reach (evaluate-style calls would).
        async cards(lookups) {
          const cards = page.locator(`${SIDEBAR_HOST} ${cardSelector(lookups)}`);
          const out: CardSeen[] = [];
          for (let i = 0, n = await cards.count(); i < n; i++) {
            const card = cards.nth(i);
            out.push({
              kind: (await card.getAttribute('data-kind')) ?? '',
              verdict: (await card.getAttribute('data-verdict')) ?? '',
              reason: await card.getAttribute('data-reason'),
              text: cardText((await card.locator('.claim-text').textContent()) ?? ''),
            });
          }
          return out;
        },
        countInUi: (selector) => inUi(selector).count(),
        clickInUi: (selector, which = 'first') => (which === 'first' ? inUi(selector).first() : inUi(selector).last()).click(),
        screenshot: (file) => page.screenshot({ path: file }).then(() => {}),
        clickAt: (x, y) => page.mouse.click(x, y),
        hoverAt: (x, y) => page.mouse.move(x, y),
        async boxInUi(selector) {
          const el = inUi(selector).first();
          if (!(await el.count())) return null;
          const box = (await el.boundingBox())!;
          return { text: (await el.textContent()) ?? '', left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
        },
        close: () => page.close(),
      };
    },
    action: (url) =>
      run.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        if (tab?.id === undefined) return null;
        const [badge, title] = await Promise.all([chrome.action.getBadgeText({ tabId: tab.id }), chrome.action.getTitle({ tabId: tab.id })]);
        return { badge, title };
      }, url),
    close: () => run?.close(),
  };
}

export function firefoxDriver(build: Build = 'test'): Driver {
  const executablePath = firefoxPath();
  let run: Awaited<ReturnType<typeof launchFirefox>>;
  const requests: string[] = [];
  return {
    name: 'Firefox',
    requests,
    async launch() {
      run = await launchFirefox(executablePath, build === 'test' ? FIREFOX_BUILD : SHIPPED_FIREFOX_BUILD);
    },
    async open(url, viewport = WIDE) {
      const page: PuppeteerPage = await run.browser.newPage();
      await page.setViewport(viewport);
      const problems: string[] = [];
      page.on('console', (m) => ours(m.text()) && problems.push(`console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => ours(String(e)) && problems.push(`page error: ${String(e)}`));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(url);
      return {
        problems,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        cards: async (lookups) => (await page.$$eval(`pierce/${cardSelector(lookups)}`, readCards)).map((c) => ({ ...c, text: cardText(c.text) })),
        countInUi: (selector) => page.$$eval(`pierce/${selector}`, (els) => els.length),
        async clickInUi(selector, which = 'first') {
          const all = await page.$$(`pierce/${selector}`);
          await all[which === 'first' ? 0 : all.length - 1].click();
        },
        screenshot: (file) => page.screenshot({ path: file as `${string}.png` }).then(() => {}),
        clickAt: (x, y) => page.mouse.click(x, y),
        hoverAt: (x, y) => page.mouse.move(x, y),
        async boxInUi(selector) {
          const [el] = await page.$$(`pierce/${selector}`);
          if (!el) return null;
          return el.evaluate((e) => {
            const b = e.getBoundingClientRect();
            return { text: e.textContent ?? '', left: b.left, right: b.right, top: b.top, bottom: b.bottom };
          });
        },
        close: () => page.close(),
      };
    },
    action: (url) => run.action(url),
    close: () => run?.close(),
  };
}
