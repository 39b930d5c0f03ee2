// The background's answer to each message: who may send it, and what it does. Browser calls come
// in as parts, so every answer can be tested in Node.
import { extractClaims, matchArticleClaims } from '../analyze';
import { countVerdicts } from '../cards';
import type { DetectIndex } from '../detect';
import { toLookup } from '../limits';
import type { Message, Reply, TabMessage } from '../messages';
import type { Outcome } from '../outcome';
import type { SourceSummary } from '../stories';
import type { TabReport } from './tab-reports';
import { PackError, parsePackFile } from '../pack';
import { siteListed, type Settings } from '../settings';
import { pageSourceId, type Library } from '../stories';
import type { PathTimings } from '../timings';
import type { FoundStories } from '../found-stories';
import type { Feeds } from './feeds';
import type { Injector } from './injector';
import type { TabReports } from './tab-reports';

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface RouterParts {
  extensionId: string;
  /** The extension's own pages start with it ("chrome-extension://<id>/"). */
  extensionOrigin: string;
  library: Library;
  reports: TabReports;
  injector: Injector;
  settings(): Promise<Settings>;
  /** Shows a tab's report on the toolbar button. */
  mark(tabId: number, report: TabReport | null): void;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Sends to the tab's sidebar script and gives its answer (undefined when none answers). */
  askTab(tabId: number, message: TabMessage): Promise<unknown>;
  selectionIn(tabId: number): Promise<string>;
  /** Shows the sources page at `query`, in the one sources tab when one is open. */
  openSourcesPage(query: string, openerTabId?: number): Promise<void>;
  /** Puts the detector's index where the detector reads it. */
  publishIndex(index: DetectIndex): Promise<void>;
  /** Tells the extension's open pages that a story or source came, went or was switched. */
  storiesChanged(): Promise<void>;
  /** The feeds and the article pool; also told of every page a tab's detector read. */
  feeds: Pick<Feeds, 'rows' | 'add' | 'remove' | 'refresh' | 'readTab' | 'poolStats' | 'poolArticles' | 'forgetPool'>;
  /** The stories found in the pool: they go with it. */
  found?: Pick<FoundStories, 'forget'>;
  /** With a clock, matchClaims replies carry the background's part of the page's path to its
   * first card (lib/timings). */
  clock?: Clock;
}

export interface Clock {
  /** ms since 1970, as timeOrigin + now. */
  now(): number;
  /** The worker's start and the moment its message listener was ready. */
  worker(): [number, number];
}

// Which kinds a web page's scripts (the detector, the sidebar) may send; the extension's own
// pages (popup, options, sources) may send every kind.
const PAGE_KINDS = new Set<Message['type']>(['coverage', 'detectIndex', 'pageChecked', 'matchClaims', 'lookup', 'sidebarReady', 'listSources', 'openSource', 'addPage']);

const hostOf = (url: string | undefined) => {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
};

export function createRouter(p: RouterParts) {
  const fromPage = (s: Sender) => s.tab?.id !== undefined && /^https?:/.test(s.url ?? s.tab.url ?? '');
  const fromExtension = (s: Sender) => (s.url ?? '').startsWith(p.extensionOrigin);
  const now = () => p.clock?.now() ?? 0;
  /** Per tab: the detector's report arriving and the decision to inject, until matchClaims. */
  const routes = new Map<number, [number, number]>();

  async function report(tabId: number, next: TabReport | null) {
    await p.reports.set(tabId, next);
    p.mark(tabId, next);
  }

  /** The one handler behind the context menu, the keyboard command and the popup's button. */
  async function lookupInTab(tabId: number, text: string, url: string | undefined): Promise<boolean> {
    if (!/^https?:/.test(url ?? '')) return false;
    return p.injector.open(tabId, true, toLookup(text)).then(() => true, () => false);
  }

  /** After the reader changed the stories: the detector's index and the pages that list them follow. */
  const changed = async () => {
    await p.publishIndex(await p.library.index());
    await p.storiesChanged();
  };
  const failure = (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : 'Something went wrong.' });
  const storyEdit = async (edit: () => Promise<void>): Promise<Outcome<object>> => {
    try {
      await edit();
      await changed();
      return { ok: true };
    } catch (e) {
      return failure(e);
    }
  };
  const known = async (story: string | null) => (story && (await p.library.has(story)) ? story : null);

  async function handle(msg: Message, sender: Sender): Promise<Reply<Message>> {
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'coverage': {
        const received = now();
        // Only the top frame's detector speaks for the tab.
        if (tabId === undefined || sender.frameId !== 0) return;
        // A re-read of a page the sidebar has already checked keeps its counts.
        const before = await p.reports.get(tabId);
        const counts = msg.detected && before?.story === msg.story ? (before?.counts ?? null) : null;
        await report(tabId, { score: msg.score, detected: msg.detected, story: msg.story, counts });
        // Learning from reading (off unless the reader switched it on) reads the page on its own.
        void p.feeds.readTab(tabId, sender.url ?? sender.tab?.url ?? '').catch(() => {});
        if (!msg.detected || siteListed((await p.settings()).disabledSites, hostOf(sender.url ?? sender.tab?.url))) return;
        routes.set(tabId, [received, now()]);
        await p.injector.open(tabId, false, null).catch(() => {});
        return;
      }
      case 'detectIndex':
        return p.library.index();
      case 'pageChecked':
        if (tabId !== undefined) await report(tabId, { score: msg.score, detected: msg.detected, story: msg.story, counts: null });
        return;
      case 'getTabState':
        return p.reports.get(msg.tabId);
      case 'listSources':
        return p.library.sources(await known(msg.story));
      case 'matchClaims': {
        const received = now();
        if (!(await p.library.has(msg.story))) return { self: null, results: [], truncated: false };
        const { strictness } = await p.settings();
        const matcher = await p.library.matcher(msg.story);
        const loaded = now();
        const extracted = extractClaims(msg.blocks, matcher.names);
        const read = now();
        const matched = { ...matchArticleClaims(matcher, msg.blocks, extracted.claims, strictness), truncated: extracted.truncated };
        const timings: PathTimings | undefined = p.clock && { worker: p.clock.worker(), route: take(tabId), match: [received, loaded, read, now()] };
        // Counts only for the page still in the tab: a reply can outlive a navigation.
        if (tabId !== undefined && (await p.tabUrl(tabId)) === sender.url) {
          const before = await p.reports.get(tabId);
          await report(tabId, { score: before?.score ?? 1, detected: true, story: msg.story, counts: countVerdicts(matched.results) });
        }
        return timings ? { ...matched, timings } : matched;
      }
      case 'lookup': {
        const { strictness } = await p.settings();
        return p.library.lookup(msg.text, await known(msg.story), { strictness, exclude: msg.exclude });
      }
      case 'search':
        return p.library.search(msg.query, await known(msg.story));
      case 'openSidebar':
        return p.injector.open(msg.tabId, true, null).then(() => true, () => false);
      case 'crossCheckSelection': {
        const url = await p.tabUrl(msg.tabId);
        return url === undefined ? false : lookupInTab(msg.tabId, await p.selectionIn(msg.tabId), url);
      }
      case 'sidebarReady': {
        if (tabId === undefined) return { open: false, lookup: null, known: null };
        const wanted = p.injector.take(tabId);
        const detected = await p.reports.get(tabId);
        const known = detected?.detected && detected.story && (await p.library.has(detected.story)) ? await p.library.sources(detected.story) : null;
        return { open: (wanted?.open ?? false) || (await p.settings()).autoOpen, lookup: wanted?.lookup ?? null, known };
      }
      case 'openSource':
        return p.openSourcesPage(
          `?source=${encodeURIComponent(msg.source)}&passage=${encodeURIComponent(msg.passage)}` + (msg.words ? `&words=${encodeURIComponent(msg.words)}` : ''),
          tabId,
        );
      case 'addPage': {
        const { page } = msg;
        const id = pageSourceId(page.url);
        try {
          const source = await p.library.addPage(msg.story, { id, title: page.title, outlet: page.outlet, date: page.date, url: page.url, body: page.blocks.join('\n') });
          await changed();
          return { ok: true, source };
        } catch (e) {
          return failure(e);
        }
      }
      case 'addPageInTab': {
        const reply = (await p.askTab(msg.tabId, { type: 'sidebar:addPage' }).catch(() => undefined)) as Outcome<{ source: SourceSummary }> | undefined;
        return reply ?? { ok: false, error: 'Open the sidebar on this page first.' };
      }
      case 'listStories':
        return p.library.rows();
      case 'setStoryEnabled':
        await p.library.setEnabled(msg.story, msg.on);
        await changed();
        return true;
      case 'removeSource':
        return storyEdit(() => p.library.removeSource(msg.source));
      case 'importPack':
        try {
          const result = await p.library.importPack(parsePackFile(msg.text));
          await changed();
          return { ok: true, ...result };
        } catch (e) {
          return failure(e instanceof PackError ? e : new Error('The pack could not be stored; nothing was changed.'));
        }
      case 'exportPack':
        try {
          return { ok: true, pack: await p.library.exportPack(msg.story) };
        } catch (e) {
          return failure(e);
        }
      case 'renameStory':
        return storyEdit(() => p.library.renameStory(msg.story, msg.title));
      case 'keepStory':
        return storyEdit(() => p.library.keepStory(msg.story, msg.keep));
      case 'deleteStory':
        return storyEdit(() => p.library.deleteStory(msg.story));
      case 'listFeeds':
        return p.feeds.rows();
      case 'addFeed':
        return p.feeds.add(msg.url);
      case 'removeFeed':
        return p.feeds.remove(msg.url);
      case 'refreshFeeds':
        return p.feeds.refresh(true);
      case 'poolStats':
        return p.feeds.poolStats();
      case 'poolArticles':
        return p.feeds.poolArticles();
      case 'forgetPool': {
        const stats = await p.feeds.forgetPool();
        await p.found?.forget();
        return stats;
      }
    }
  }

  /** A tab's route, given once: the first card's path, not a re-check's. */
  function take(tabId: number | undefined): PathTimings['route'] {
    if (tabId === undefined) return undefined;
    const route = routes.get(tabId);
    routes.delete(tabId);
    return route;
  }

  function allowed(msg: Message, sender: Sender): boolean {
    if (sender.id !== p.extensionId) return false;
    if (fromExtension(sender)) return true;
    return fromPage(sender) && PAGE_KINDS.has(msg.type);
  }

  /** The tab closed or loads another page. */
  const forget = (tabId: number) => void routes.delete(tabId);

  return { handle, allowed, lookupInTab, report, forget };
}
