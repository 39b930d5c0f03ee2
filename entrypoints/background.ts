// Wiring: answers the extension's own messages, keeps what is known per tab, marks coverage
// tabs on the toolbar, injects the sidebar on coverage, and routes the context menu, the
// keyboard command and the popup's cross-check to the same look-up. Each story's matcher and
// search index load once per background life, on first use; every story's detector vocabulary
// goes to storage, where the always-on detector reads it.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import corpusJson from '../data/corpus.json';
import { matchArticleClaims } from '../lib/analyze';
import { countsTitle, countVerdicts } from '../lib/cards';
import type { CorpusData } from '../lib/corpus';
import { DETECT_INDEX_KEY } from '../lib/detect';
import { toLookup } from '../lib/limits';
import { isMessage, type Message, type PendingLookup, type Reply, type TabMessage, type TabReport } from '../lib/messages';
import { loadSettings, siteListed } from '../lib/settings';
import { loadStories } from '../lib/stories';

const stories = loadStories(corpusJson as unknown as CorpusData);
const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';
const MENU_ID = 'triangulate-cross-check';

export default defineBackground(() => {
  // What is known of each tab lives in session storage: a service worker that was stopped for
  // idling starts empty, and must still answer the popup. Look-ups on their way to a sidebar
  // that is starting are kept for the moment it asks.
  const reportKey = (tabId: number) => `tab:${tabId}`;
  const session = browser.storage.session;
  const getReport = async (tabId: number) => ((await session.get(reportKey(tabId)))[reportKey(tabId)] as TabReport | undefined) ?? null;
  const setReport = (tabId: number, report: TabReport | null) =>
    (report ? session.set({ [reportKey(tabId)]: report }) : session.remove(reportKey(tabId))).catch(ignore);
  const pending = new Map<number, { open: boolean; lookup: PendingLookup | null }>();
  // Tabs the sidebar script is being injected into: a second request waits for that one.
  const injecting = new Map<number, Promise<unknown>>();

  const store = browser.storage.local;
  const ignore = () => {};
  // Written at every start, so the detector always reads this build's stories.
  store.set({ [DETECT_INDEX_KEY]: stories.index }).catch(ignore);
  const action = browser.action;

  // The tooltip says what was found, so a page without the badge is told apart from an unread one.
  function mark(tabId: number, report: TabReport | null) {
    let text = '';
    let title = 'Triangulate';
    if (report?.detected) {
      text = report.counts ? String(report.counts.corroborated + report.counts.varying + report.counts.unique) : '✓';
      title = report.counts ? countsTitle(report.counts) : 'Triangulate: this page covers the story in its sources';
    } else if (report) title = 'Triangulate: this page is not coverage of the story in its sources';
    action.setBadgeText({ tabId, text }).catch(ignore);
    action.setTitle({ tabId, title }).catch(ignore);
  }

  async function report(tabId: number, next: TabReport | null) {
    await setReport(tabId, next);
    mark(tabId, next);
  }

  /** Whether the sidebar script runs in the tab: it answers a ping. */
  const hasSidebar = (tabId: number) => send(tabId, { type: 'sidebar:ping' });
  const send = (tabId: number, message: TabMessage) => browser.tabs.sendMessage(tabId, message).then(() => true, () => false);

  /** Tells the tab's sidebar what to do, or runs the sidebar script there with it waiting. */
  async function openInTab(tabId: number, open: boolean, lookup: PendingLookup | null) {
    const message: TabMessage = lookup ? { type: 'sidebar:lookup', lookup } : { type: 'sidebar:open' };
    const starting = injecting.get(tabId);
    if (starting) {
      // The sidebar on its way asks for what waits as it starts.
      const before = pending.get(tabId);
      pending.set(tabId, { open: open || (before?.open ?? false), lookup: lookup ?? before?.lookup ?? null });
      return;
    }
    if ((open || lookup) && (await send(tabId, message))) return;
    if (await hasSidebar(tabId)) return;
    pending.set(tabId, { open, lookup });
    const injection = browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_SCRIPT] });
    injecting.set(tabId, injection);
    await injection.finally(() => injecting.delete(tabId));
  }

  /** The one handler behind the context menu, the keyboard command and the popup's button. */
  async function lookupInTab(tabId: number, text: string, url: string | undefined): Promise<boolean> {
    if (!/^https?:/.test(url ?? '')) return false;
    return openInTab(tabId, true, toLookup(text)).then(() => true, () => false);
  }

  async function selectionIn(tabId: number): Promise<string> {
    const [result] = await browser.scripting
      .executeScript({ target: { tabId }, func: () => String(getSelection() ?? '') })
      .catch(() => [] as { result?: unknown }[]);
    return typeof result?.result === 'string' ? result.result : '';
  }

  const fromPage = (sender: Browser.runtime.MessageSender) => sender.tab?.id !== undefined && /^https?:/.test(sender.url ?? sender.tab.url ?? '');
  const fromExtension = (sender: Browser.runtime.MessageSender) => (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const hostOf = (url: string | undefined) => {
    try {
      return new URL(url ?? '').hostname;
    } catch {
      return '';
    }
  };

  async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<Reply<Message>> {
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'coverage': {
        // Only the top frame's detector speaks for the tab.
        if (tabId === undefined || sender.frameId !== 0) return;
        // A re-read of a page the sidebar has already checked keeps its counts.
        const known = await getReport(tabId);
        const same = known?.story === msg.story;
        await report(tabId, { score: msg.score, detected: msg.detected, story: msg.story, counts: msg.detected && same ? (known?.counts ?? null) : null });
        if (!msg.detected) return;
        const settings = await loadSettings(store);
        if (siteListed(settings.disabledSites, hostOf(sender.url ?? sender.tab?.url))) return;
        await openInTab(tabId, false, null).catch(ignore);
        return;
      }
      case 'detectIndex':
        return stories.index;
      case 'pageChecked': {
        if (tabId !== undefined) await report(tabId, { score: msg.score, detected: msg.detected, story: msg.story, counts: null });
        return;
      }
      case 'getTabState':
        return getReport(msg.tabId);
      case 'listSources':
        return stories.sources(msg.story && stories.has(msg.story) ? msg.story : null);
      case 'matchClaims': {
        if (!stories.has(msg.story)) return { self: null, results: [] };
        const settings = await loadSettings(store);
        const matched = matchArticleClaims(stories.matcher(msg.story), msg.blocks, msg.claims, settings.strictness);
        // Counts only for the page still in the tab: a reply can outlive a navigation.
        const current = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
        if (tabId !== undefined && current?.url === sender.url) {
          const known = await getReport(tabId);
          await report(tabId, { score: known?.score ?? 1, detected: true, story: msg.story, counts: countVerdicts(matched.results) });
        }
        return matched;
      }
      case 'lookup': {
        const settings = await loadSettings(store);
        const story = msg.story && stories.has(msg.story) ? msg.story : null;
        return stories.lookup(msg.text, story, { strictness: settings.strictness, exclude: msg.exclude });
      }
      case 'search':
        return stories.search(msg.query, msg.story && stories.has(msg.story) ? msg.story : null);
      case 'openSidebar':
        return openInTab(msg.tabId, true, null).then(() => true, () => false);
      case 'crossCheckSelection': {
        const tab = await browser.tabs.get(msg.tabId).catch(() => undefined);
        return tab ? lookupInTab(msg.tabId, await selectionIn(msg.tabId), tab.url) : false;
      }
      case 'sidebarReady': {
        if (tabId === undefined) return { open: false, lookup: null };
        const settings = await loadSettings(store);
        const wanted = pending.get(tabId);
        pending.delete(tabId);
        return { open: (wanted?.open ?? false) || settings.autoOpen, lookup: wanted?.lookup ?? null };
      }
      case 'openSource': {
        const url = browser.runtime.getURL('/sources.html') + `?source=${encodeURIComponent(msg.source)}&passage=${encodeURIComponent(msg.passage)}`;
        await browser.tabs.create({ url, ...(tabId !== undefined ? { openerTabId: tabId } : {}) });
        return;
      }
    }
  }

  // Which kinds each sender may use: pages send what their scripts send; the extension's own
  // pages (popup, options, sources) send the rest.
  const PAGE_KINDS = new Set<Message['type']>(['coverage', 'detectIndex', 'pageChecked', 'matchClaims', 'lookup', 'sidebarReady', 'listSources', 'openSource']);
  function allowed(msg: Message, sender: Browser.runtime.MessageSender): boolean {
    if (sender.id !== browser.runtime.id) return false;
    if (fromExtension(sender)) return true;
    return fromPage(sender) && PAGE_KINDS.has(msg.type);
  }

  action.setBadgeBackgroundColor({ color: '#2f6f4f' }).catch(ignore);

  // Not async: a listener that returns a Promise claims the message, so only ours get one.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) =>
    isMessage(msg) && allowed(msg, sender) ? handle(msg, sender) : undefined,
  );

  // Re-created on every start: creating an existing id throws.
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Cross-check “%s”', contexts: ['selection'] }),
  ).catch(ignore);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void lookupInTab(tab.id, info.selectionText ?? '', tab.url);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'cross-check-selection') return;
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id !== undefined) void lookupInTab(active.id, await selectionIn(active.id), active.url);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void setReport(tabId, null);
    pending.delete(tabId);
  });

  // A new page in the tab: forget the old one. Chrome keeps a badge across navigations, and
  // a restarted background no longer knows which tabs it marked, so always clear.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    pending.delete(tabId);
    void report(tabId, null);
  });
});
