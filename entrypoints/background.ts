// Wiring: the browser's events and APIs handed to the modules in lib/background (what each
// message does, the toolbar button, per-tab reports, getting the sidebar into a tab) and the
// feeds and the article pool (lib/background/feeds), the stories found in the pool
// (lib/found-stories), and the stories (lib/stories: bundled heads here, their sources fetched from the extension's files
// when first needed; the reader's in IndexedDB). Every listener is registered synchronously.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import headsJson from '../data/stories.json';
import { badgeOf } from '../lib/background/badge';
import { createFeeds } from '../lib/background/feeds';
import { createInjector } from '../lib/background/injector';
import { createRouter } from '../lib/background/router';
import { createTabReports } from '../lib/background/tab-reports';
import type { General, StoredSources } from '../lib/corpus';
import { DETECT_INDEX_KEY } from '../lib/detect';
import { MAX_PAGE_BYTES } from '../lib/feeds/fetch';
import { articleProbe, readHtml, type PageRead } from '../lib/feeds/read';
import { ALARM_NAME, ALARM_PERIOD_MINUTES } from '../lib/feeds/schedule';
import { OFFSCREEN_TARGET } from '../lib/feeds/offscreen';
import { createFoundStories } from '../lib/found-stories';
import { FEEDS_CHANGED_KEY, isMessage, STORIES_CHANGED_KEY, type TabMessage } from '../lib/messages';
import type { TabReport } from '../lib/background/tab-reports';
import { openClusterStore, openFeedStore, openPoolStore, openReaderStore } from '../lib/reader-store';
import { loadSettings } from '../lib/settings';
import { createLibrary, type StoryHead } from '../lib/stories';

const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';
const MENU_ID = 'triangulate-cross-check';
const ignore = () => {};

/** One of the extension's own files, as JSON. */
const fetchJson = async <T,>(file: string): Promise<T> => {
  const response = await fetch(browser.runtime.getURL(file as '/'));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
};

/** Chrome's worker has no DOM: pages are read in the offscreen document, made once and shared
 * (it outlives a worker restart, so the browser is asked whether it exists). */
let offscreenReady: Promise<void> | undefined;
function ensureOffscreen(): Promise<void> {
  offscreenReady ??= (async () => {
    if (await browser.offscreen.hasDocument()) return;
    await browser.offscreen.createDocument({
      url: 'offscreen.html',
      reasons: ['DOM_PARSER'],
      justification: 'Reads the article of a page linked from a feed the reader follows.',
    });
  })().finally(() => (offscreenReady = undefined));
  return offscreenReady;
}

/** An HTML page as an article: in Firefox here (its background page has a DOM), in Chrome in the
 * offscreen document. */
async function readPage(html: string, url: string): Promise<PageRead | null> {
  // Imported only in Firefox's build: a static import would put Readability in Chrome's worker too.
  if (import.meta.env.FIREFOX) {
    const { Readability } = await import('@mozilla/readability');
    return readHtml(html, url, (h) => new DOMParser().parseFromString(h, 'text/html'), Readability);
  }
  await ensureOffscreen();
  return ((await browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, html, url })) as PageRead | null) ?? null;
}

export default defineBackground(() => {
  // The worker's start and the moment its listener is ready: its wake, on a page's timeline.
  const worker: [number, number] = [performance.timeOrigin, 0];
  const store = browser.storage.local;
  const action = browser.action;
  const readerStore = openReaderStore();
  const poolStore = openPoolStore();
  let generalData: Promise<General> | undefined;
  const general = () => {
    generalData ??= fetchJson<General>('/general.json');
    generalData.catch(() => (generalData = undefined));
    return generalData;
  };
  const library = createLibrary({
    bundled: headsJson as unknown as StoryHead[],
    fetchSources: (story) => fetchJson<StoredSources>(`/stories/${story}.json`),
    store: readerStore,
    general,
  });
  const publishIndex = (index: unknown) => store.set({ [DETECT_INDEX_KEY]: index });
  const storiesChanged = () => store.set({ [STORIES_CHANGED_KEY]: Date.now() });
  const found = createFoundStories({
    pool: poolStore,
    clusters: openClusterStore(),
    store: readerStore,
    general,
    today: () => new Date().toISOString().slice(0, 10),
    async changed(stories) {
      for (const story of stories) library.reload(story);
      await publishIndex(await library.index());
      await storiesChanged();
    },
  });
  // At every start, so the detector always reads this build's stories and the reader's.
  library.index().then(publishIndex).catch(ignore);

  const send = (tabId: number, message: TabMessage) => browser.tabs.sendMessage(tabId, message).then(() => true, () => false);
  const injector = createInjector({ send, inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_SCRIPT] }) });
  const reports = createTabReports(browser.storage.session);

  async function mark(tabId: number, report: TabReport | null) {
    const title = report?.story ? (await library.sources(report.story).catch(() => null))?.story?.title : undefined;
    const badge = badgeOf(report, title);
    action.setBadgeText({ tabId, text: badge.text }).catch(ignore);
    action.setTitle({ tabId, title: badge.title }).catch(ignore);
  }

  async function selectionIn(tabId: number): Promise<string> {
    const [result] = await browser.scripting
      .executeScript({ target: { tabId }, func: () => String(getSelection() ?? '') })
      .catch(() => [] as { result?: unknown }[]);
    return typeof result?.result === 'string' ? result.result : '';
  }

  const feeds = createFeeds({
    fetch: (input, init) => fetch(input, init),
    feeds: openFeedStore(),
    pool: poolStore,
    readPage,
    async probeTab(tabId) {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, func: articleProbe, args: [MAX_PAGE_BYTES] });
      return (first?.result as { html: string; url: string } | null | undefined) ?? null;
    },
    settings: () => loadSettings(store),
    now: () => Date.now(),
    schedule: async (on) => {
      if (!on) return void (await browser.alarms.clear(ALARM_NAME));
      if (!(await browser.alarms.get(ALARM_NAME))) await browser.alarms.create(ALARM_NAME, { periodInMinutes: ALARM_PERIOD_MINUTES });
    },
    changed: () => store.set({ [FEEDS_CHANGED_KEY]: Date.now() }),
  });
  feeds.start().catch(ignore);
  feeds.onPoolChanged((added) => void found.add(added).catch(ignore));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) void feeds.refresh(false).catch(ignore);
  });

  const router = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    library,
    reports,
    injector,
    settings: () => loadSettings(store),
    mark: (tabId, report) => void mark(tabId, report),
    tabUrl: (tabId) => browser.tabs.get(tabId).then((t) => t.url, () => undefined),
    askTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    selectionIn,
    async openSourcesPage(query, openerTabId) {
      const page = browser.runtime.getURL('/sources.html');
      const [open] = await browser.tabs.query({ url: `${page}*` });
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { url: page + query, active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(ignore);
        return;
      }
      await browser.tabs.create({ url: page + query, ...(openerTabId !== undefined ? { openerTabId } : {}) });
    },
    publishIndex,
    storiesChanged,
    clock: { now: () => performance.timeOrigin + performance.now(), worker: () => worker },
    feeds,
    found,
  });

  action.setBadgeBackgroundColor({ color: '#2f6f4f' }).catch(ignore);

  // Not async: a listener that returns a Promise claims the message, so only ours get one.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) =>
    isMessage(msg) && router.allowed(msg, sender) ? router.handle(msg, sender) : undefined,
  );
  worker[1] = performance.timeOrigin + performance.now();

  // Re-created on every start: creating an existing id throws.
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Cross-check “%s”', contexts: ['selection'] }),
  ).catch(ignore);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void router.lookupInTab(tab.id, info.selectionText ?? '', tab.url);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined) return;
    if (command === 'cross-check-selection') void router.lookupInTab(active.id, await selectionIn(active.id), active.url);
    // Opens the sidebar with the keyboard in it (the sidebar takes the focus when told to open).
    if (command === 'focus-sidebar' && /^https?:/.test(active.url ?? '')) void injector.open(active.id, true, null).catch(ignore);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void reports.set(tabId, null);
    injector.forget(tabId);
    router.forget(tabId);
  });

  // A new page in the tab: forget the old one. Chrome keeps a badge across navigations, and
  // a restarted background no longer knows which tabs it marked, so always clear.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    injector.forget(tabId);
    router.forget(tabId);
    void router.report(tabId, null);
  });
});
