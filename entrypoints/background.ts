// Wiring: answers the extension's own messages, keeps what the detector found per tab, and
// marks coverage tabs on the toolbar. The corpus is bundled and loaded once, here.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { sourceLabel, type CorpusData } from '../lib/corpus';
import { isMessage, type Message, type Reply, type SourceSummary, type TabState } from '../lib/messages';
import corpusJson from '../data/corpus.json';

const corpus = corpusJson as unknown as CorpusData;

export default defineBackground(() => {
  // In memory: a restarted background starts empty, and the next page load reports again.
  const tabs = new Map<number, TabState>();

  const sources: SourceSummary[] = corpus.sources.map((s) => ({
    id: s.id,
    title: s.title,
    label: sourceLabel(s),
    outlet: s.outlet,
    date: s.date,
    sentences: s.sentences.length,
  }));

  // A tab may close between a report and its badge update; there is nothing left to mark then.
  const ignore = () => {};

  // The tooltip says what was found, so a page without the badge is told apart from an unread one.
  function mark(tabId: number, state: TabState | undefined) {
    const title = !state
      ? 'Triangulate'
      : state.detected
        ? 'Triangulate: this page covers the story in its sources'
        : 'Triangulate: this page is not coverage of the story in its sources';
    browser.action.setBadgeText({ tabId, text: state?.detected ? '✓' : '' }).catch(ignore);
    browser.action.setTitle({ tabId, title }).catch(ignore);
  }

  async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<Reply<Message>> {
    switch (msg.type) {
      case 'coverage': {
        const tabId = sender.tab?.id;
        // Only the top frame's detector speaks for the tab.
        if (tabId === undefined || sender.frameId !== 0) return;
        const state = { score: msg.score, detected: msg.detected };
        tabs.set(tabId, state);
        mark(tabId, state);
        return;
      }
      case 'getTabState':
        return tabs.get(msg.tabId) ?? null;
      case 'listSources':
        return sources;
    }
  }

  browser.action.setBadgeBackgroundColor({ color: '#2f6f4f' });

  // Not async: a listener that returns a Promise claims the message, so only ours get one.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) =>
    sender.id === browser.runtime.id && isMessage(msg) ? handle(msg, sender) : undefined,
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
  });

  // A new page in the tab: forget the old one. Chrome keeps a badge across navigations, and
  // a restarted background no longer knows which tabs it marked, so always clear.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    tabs.delete(tabId);
    mark(tabId, undefined);
  });
});
