// Wiring: answers the extension's own messages, keeps what is known per tab, marks coverage
// tabs on the toolbar, injects the sidebar on coverage, and routes the context menu, the
// keyboard command and the in-page button to the same look-up. The corpus, its matcher and its
// search index load once per background life, on first use.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import corpusJson from '../data/corpus.json';
import { matchArticleClaims } from '../lib/analyze';
import { countsTitle, countVerdicts } from '../lib/cards';
import { sourceLabel, type CorpusData } from '../lib/corpus';
import { createMatcher, type Matcher } from '../lib/match';
import {
  isMessage, MAX_LOOKUP_CHARS, type Message, type Reply, type SourceSummary, type TabMessage, type TabReport,
} from '../lib/messages';
import { createSearch } from '../lib/search';
import { loadSettings, siteListed } from '../lib/settings';

const corpus = corpusJson as unknown as CorpusData;
const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';
const MENU_ID = 'triangulate-cross-check';

export default defineBackground(() => {
  // In memory: a restarted background starts empty; the next page load reports again.
  const tabs = new Map<number, TabReport>();
  const injected = new Set<number>();
  const pending = new Map<number, { open: boolean; lookup: string | null }>();

  let matcher: Matcher | undefined;
  let search: ReturnType<typeof createSearch> | undefined;
  const getMatcher = () => (matcher ??= createMatcher(corpus));
  const getSearch = () => (search ??= createSearch(corpus));

  const sources: SourceSummary[] = corpus.sources.map((s) => ({
    id: s.id, title: s.title, label: sourceLabel(s), outlet: s.outlet, date: s.date, sentences: s.sentences.length,
  }));
  const store = browser.storage.local;
  const ignore = () => {};
  const action = browser.action;

  // The tooltip says what was found, so a page without the badge is told apart from an unread one.
  function mark(tabId: number, report: TabReport | undefined) {
    let text = '';
    let title = 'Triangulate';
    if (report?.detected) {
      const total = report.counts ? report.counts.corroborated + report.counts.varying + report.counts.unique : null;
      text = total === null ? '✓' : String(total);
      title = report.counts ? countsTitle(report.counts) : 'Triangulate: this page covers the story in its sources';
    } else if (report) title = 'Triangulate: this page is not coverage of the story in its sources';
    action.setBadgeText({ tabId, text }).catch(ignore);
    action.setTitle({ tabId, title }).catch(ignore);
  }

  /** Runs the sidebar script in a tab, or, when it runs there already, tells it what to do. */
  async function openInTab(tabId: number, open: boolean, lookup: string | null) {
    pending.set(tabId, { open, lookup });
    if (injected.has(tabId)) {
      const message: TabMessage = lookup !== null ? { type: 'sidebar:lookup', text: lookup } : { type: 'sidebar:open' };
      const reached = await browser.tabs.sendMessage(tabId, message).then(() => true, () => false);
      if (reached) {
        pending.delete(tabId);
        return;
      }
    }
    injected.add(tabId);
    await browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_SCRIPT] });
  }

  async function lookupInTab(tab: Browser.tabs.Tab | undefined, text: string) {
    if (tab?.id === undefined || !/^https?:/.test(tab.url ?? '')) return;
    await openInTab(tab.id, true, text.slice(0, MAX_LOOKUP_CHARS)).catch(ignore);
  }

  const fromPage = (sender: Browser.runtime.MessageSender) => sender.tab?.id !== undefined && /^https?:/.test(sender.url ?? sender.tab.url ?? '');
  const fromExtension = (sender: Browser.runtime.MessageSender) => (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

  async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<Reply<Message>> {
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'coverage': {
        // Only the top frame's detector speaks for the tab.
        if (tabId === undefined || sender.frameId !== 0) return;
        const report: TabReport = { score: msg.score, detected: msg.detected, counts: null };
        tabs.set(tabId, report);
        mark(tabId, report);
        if (!msg.detected) return;
        const settings = await loadSettings(store);
        if (siteListed(settings.disabledSites, new URL(sender.url ?? sender.tab?.url ?? 'about:blank').hostname)) return;
        await openInTab(tabId, settings.autoOpen, null).catch(ignore);
        return;
      }
      case 'getTabState':
        return tabs.get(msg.tabId) ?? null;
      case 'listSources':
        return sources;
      case 'matchClaims': {
        const settings = await loadSettings(store);
        const matched = matchArticleClaims(getMatcher(), msg.blocks, msg.claims, settings.strictness);
        if (tabId !== undefined) {
          const report = tabs.get(tabId) ?? { score: 1, detected: true, counts: null };
          const next = { ...report, detected: true, counts: countVerdicts(matched.results) };
          tabs.set(tabId, next);
          mark(tabId, next);
        }
        return matched;
      }
      case 'lookup': {
        const settings = await loadSettings(store);
        return getMatcher().lookup(msg.text, { strictness: settings.strictness, exclude: msg.exclude });
      }
      case 'search':
        return getSearch()(msg.query);
      case 'openSidebar':
        return openInTab(msg.tabId, true, null).then(() => true, () => false);
      case 'sidebarReady': {
        if (tabId === undefined) return { open: false, lookup: null };
        injected.add(tabId);
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
  const PAGE_KINDS = new Set<Message['type']>(['coverage', 'matchClaims', 'lookup', 'sidebarReady', 'listSources', 'openSource']);
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
    if (info.menuItemId === MENU_ID) void lookupInTab(tab, info.selectionText ?? '');
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'cross-check-selection') return;
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined) return;
    const [result] = await browser.scripting
      .executeScript({ target: { tabId: active.id }, func: () => String(getSelection() ?? '') })
      .catch(() => [] as { result?: unknown }[]);
    void lookupInTab(active, typeof result?.result === 'string' ? result.result : '');
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    injected.delete(tabId);
    pending.delete(tabId);
  });

  // A new page in the tab: forget the old one. Chrome keeps a badge across navigations, and
  // a restarted background no longer knows which tabs it marked, so always clear.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    tabs.delete(tabId);
    injected.delete(tabId);
    mark(tabId, undefined);
  });
});
