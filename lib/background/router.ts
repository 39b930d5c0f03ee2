// The background's answer to each message: who may send it, and what it does. Browser calls come
// in as parts, so every answer can be tested in Node.
import { extractClaims, matchArticleClaims } from '../analyze';
import { countVerdicts } from '../cards';
import type { DetectIndex } from '../detect';
import { toLookup } from '../limits';
import type { Message, MessageOf, Reply, TabMessage } from '../messages';
import type { Outcome } from '../outcome';
import { PackError, parsePackFile } from '../pack';
import { siteListed, type Settings } from '../settings';
import { pageSourceId, type Library, type SourceSummary } from '../stories';
import type { PathTimings } from '../timings';
import type { FoundStories } from '../found-stories';
import type { Feeds } from './feeds';
import type { Injector } from './injector';
import type { TabReport, TabReports } from './tab-reports';

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
  found?: Pick<FoundStories, 'forget' | 'covers'>;
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
const PAGE_KINDS = ['coverage', 'detectIndex', 'pageChecked', 'matchClaims', 'reportsEvent', 'lookup', 'sidebarReady', 'listSources', 'openSource', 'addPage'] as const;
type PageMessage = MessageOf<(typeof PAGE_KINDS)[number]>;
const isPageMessage = (msg: Message): msg is PageMessage => (PAGE_KINDS as readonly string[]).includes(msg.type);

const hostOf = (url: string | undefined) => {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
};

/** What every answer shares: the parts, and per tab the detector's report arriving and the
 * decision to inject, until matchClaims. */
interface Routing {
  p: RouterParts;
  routes: Map<number, [number, number]>;
}

export function createRouter(p: RouterParts) {
  const r: Routing = { p, routes: new Map() };
  const fromPage = (s: Sender) => s.tab?.id !== undefined && /^https?:/.test(s.url ?? s.tab.url ?? '');
  const fromExtension = (s: Sender) => (s.url ?? '').startsWith(p.extensionOrigin);
  function allowed(msg: Message, sender: Sender): boolean {
    if (sender.id !== p.extensionId) return false;
    if (fromExtension(sender)) return true;
    return fromPage(sender) && isPageMessage(msg);
  }
  return {
    handle: (msg: Message, sender: Sender): Promise<Reply<Message>> => (isPageMessage(msg) ? pageAnswer(r, msg, sender) : extensionAnswer(p, msg)),
    allowed,
    lookupInTab: (tabId: number, text: string, url: string | undefined) => lookupInTab(p, tabId, text, url),
    report: (tabId: number, next: TabReport | null) => report(p, tabId, next),
    /** The tab closed or loads another page. */
    forget: (tabId: number) => void r.routes.delete(tabId),
  };
}

const now = (p: RouterParts) => p.clock?.now() ?? 0;

async function report(p: RouterParts, tabId: number, next: TabReport | null) {
  await p.reports.set(tabId, next);
  p.mark(tabId, next);
}

/** The one handler behind the context menu, the keyboard command and the popup's button. */
async function lookupInTab(p: RouterParts, tabId: number, text: string, url: string | undefined): Promise<boolean> {
  if (!/^https?:/.test(url ?? '')) return false;
  return p.injector.open(tabId, true, toLookup(text)).then(() => true, () => false);
}

/** After the reader changed the stories: the detector's index and the pages that list them follow. */
async function changed(p: RouterParts) {
  await p.publishIndex(await p.library.index());
  await p.storiesChanged();
}
const failure = (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : 'Something went wrong.' });
/** A change the reader made to the stories, then the index and the pages that list them follow. */
async function storyEdit(p: RouterParts, edit: () => Promise<void>): Promise<Outcome<object>> {
  try {
    await edit();
    await changed(p);
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}
/** The story, when the library has it. */
const known = async (p: RouterParts, story: string | null) => (story && (await p.library.has(story)) ? story : null);

/** The answers to a web page's scripts (the detector, the sidebar). */
async function pageAnswer(r: Routing, msg: PageMessage, sender: Sender): Promise<Reply<Message>> {
  const { p } = r;
  const tabId = sender.tab?.id;
  switch (msg.type) {
    case 'coverage':
      return covered(r, msg, sender);
    case 'detectIndex':
      return p.library.index();
    case 'pageChecked':
      if (tabId !== undefined) await report(p, tabId, { score: msg.score, detected: msg.detected, story: msg.story, counts: null });
      return;
    case 'listSources':
      return p.library.sources(await known(p, msg.story));
    case 'matchClaims':
      return matchClaims(r, msg, sender);
    case 'reportsEvent':
      return p.found ? p.found.covers(msg.story, msg.page) : true;
    case 'lookup': {
      const { strictness } = await p.settings();
      return p.library.lookup(msg.text, await known(p, msg.story), { strictness, exclude: msg.exclude });
    }
    case 'sidebarReady':
      return sidebarReady(p, tabId);
    case 'openSource':
      return p.openSourcesPage(
        `?source=${encodeURIComponent(msg.source)}&passage=${encodeURIComponent(msg.passage)}` + (msg.words ? `&words=${encodeURIComponent(msg.words)}` : ''),
        tabId,
      );
    case 'addPage':
      return addPage(p, msg);
  }
}

/** A tab's detector scored its page: its report, and the sidebar when the page is a story's. */
async function covered(r: Routing, msg: MessageOf<'coverage'>, sender: Sender): Promise<void> {
  const { p } = r;
  const tabId = sender.tab?.id;
  const received = now(p);
  // Only the top frame's detector speaks for the tab.
  if (tabId === undefined || sender.frameId !== 0) return;
  // A re-read of a page the sidebar has already checked keeps its counts.
  const before = await p.reports.get(tabId);
  const counts = msg.detected && before?.story === msg.story ? (before?.counts ?? null) : null;
  await report(p, tabId, { score: msg.score, detected: msg.detected, story: msg.story, counts });
  // Learning from reading (off unless the reader switched it on) reads the page on its own.
  void p.feeds.readTab(tabId, sender.url ?? sender.tab?.url ?? '').catch(() => {});
  if (!msg.detected || siteListed((await p.settings()).disabledSites, hostOf(sender.url ?? sender.tab?.url))) return;
  r.routes.set(tabId, [received, now(p)]);
  await p.injector.open(tabId, false, null).catch(() => {});
}

/** The page's claims matched against its story, with the tab's counts and the path's times. */
async function matchClaims(r: Routing, msg: MessageOf<'matchClaims'>, sender: Sender): Promise<Reply<MessageOf<'matchClaims'>>> {
  const { p } = r;
  const tabId = sender.tab?.id;
  const received = now(p);
  if (!(await p.library.has(msg.story))) return { self: null, results: [], truncated: false };
  const { strictness } = await p.settings();
  const matcher = await p.library.matcher(msg.story);
  const loaded = now(p);
  const extracted = extractClaims(msg.blocks, matcher.names);
  const read = now(p);
  const matched = { ...matchArticleClaims(matcher, msg.blocks, extracted.claims, strictness), truncated: extracted.truncated };
  const timings: PathTimings | undefined = p.clock && { worker: p.clock.worker(), route: take(r, tabId), match: [received, loaded, read, now(p)] };
  // Counts only for the page still in the tab: a reply can outlive a navigation.
  if (tabId !== undefined && (await p.tabUrl(tabId)) === sender.url) {
    const before = await p.reports.get(tabId);
    await report(p, tabId, { score: before?.score ?? 1, detected: true, story: msg.story, counts: countVerdicts(matched.results) });
  }
  return timings ? { ...matched, timings } : matched;
}

/** A tab's route, given once: the first card's path, not a re-check's. */
function take(r: Routing, tabId: number | undefined): PathTimings['route'] {
  if (tabId === undefined) return undefined;
  const route = r.routes.get(tabId);
  r.routes.delete(tabId);
  return route;
}

/** What a sidebar that has just started in a tab should do: open, look up, and its story's sources. */
async function sidebarReady(p: RouterParts, tabId: number | undefined): Promise<Reply<MessageOf<'sidebarReady'>>> {
  if (tabId === undefined) return { open: false, lookup: null, known: null };
  const wanted = p.injector.take(tabId);
  const detected = await p.reports.get(tabId);
  const known = detected?.detected && detected.story && (await p.library.has(detected.story)) ? await p.library.sources(detected.story) : null;
  return { open: (wanted?.open ?? false) || (await p.settings()).autoOpen, lookup: wanted?.lookup ?? null, known };
}

/** Keeps a page's article as a source of its story. */
async function addPage(p: RouterParts, msg: MessageOf<'addPage'>): Promise<Reply<MessageOf<'addPage'>>> {
  const { page } = msg;
  const id = pageSourceId(page.url);
  try {
    const source = await p.library.addPage(msg.story, { id, title: page.title, outlet: page.outlet, date: page.date, url: page.url, body: page.blocks.join('\n') });
    await changed(p);
    return { ok: true, source };
  } catch (e) {
    return failure(e);
  }
}

/** The answers to the extension's own pages (popup, options, sources): tabs, stories, feeds. */
async function extensionAnswer(p: RouterParts, msg: Exclude<Message, PageMessage>): Promise<Reply<Message>> {
  switch (msg.type) {
    case 'getTabState':
      return p.reports.get(msg.tabId);
    case 'search':
      return p.library.search(msg.query, await known(p, msg.story));
    case 'openSidebar':
      return p.injector.open(msg.tabId, true, null).then(() => true, () => false);
    case 'crossCheckSelection': {
      const url = await p.tabUrl(msg.tabId);
      return url === undefined ? false : lookupInTab(p, msg.tabId, await p.selectionIn(msg.tabId), url);
    }
    case 'addPageInTab': {
      const reply = (await p.askTab(msg.tabId, { type: 'sidebar:addPage' }).catch(() => undefined)) as Outcome<{ source: SourceSummary }> | undefined;
      return reply ?? { ok: false, error: 'Open the sidebar on this page first.' };
    }
    case 'listStories':
      return p.library.rows();
    case 'setStoryEnabled':
      await p.library.setEnabled(msg.story, msg.on);
      await changed(p);
      return true;
    case 'removeSource':
      return storyEdit(p, () => p.library.removeSource(msg.source));
    case 'importPack':
      try {
        const result = await p.library.importPack(parsePackFile(msg.text));
        await changed(p);
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
      return storyEdit(p, () => p.library.renameStory(msg.story, msg.title));
    case 'keepStory':
      return storyEdit(p, () => p.library.keepStory(msg.story, msg.keep));
    case 'deleteStory':
      return storyEdit(p, () => p.library.deleteStory(msg.story));
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
