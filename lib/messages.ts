// The one message protocol between the detector, the sidebar, the extension's pages and the
// background. Every message is checked with isMessage (or isTabMessage) before it is acted on:
// a message is data from another context and may come from an older build, so its shape is
// never assumed.
// To add a kind: add it to Message, give its reply in Replies and its check in checks.
// Which kinds a sender may use (a tab, or the extension's own pages) is the background's call.

import type { PageSource } from './article';
import type { PoolRecord, PoolStats } from './article-pool';
import type { TabReport, TabState } from './background/tab-reports';
import type { DetectIndex } from './detect';
import type { FeedRow } from './feeds/schedule';
import { MAX_ARTICLE_CHARS, MAX_LOOKUP_CHARS, MAX_QUERY_CHARS, type PendingLookup } from './limits';
import type { ClaimResult } from './match/verdicts';
import type { Outcome } from './outcome';
import { MAX_PACK_BYTES, type PackFile } from './pack';
import type { SearchResult } from './search';
import type { Imported, SourceSummary, StoryRow, StorySources } from './stories';
import type { PathTimings } from './timings';

/** The storage.local key the background sets after every change to the stories or their sources
 * (an import, a page added or removed, a story switched): the pages that list them listen for it. */
export const STORIES_CHANGED_KEY = 'storiesChanged';

/** The storage.local key the background sets after every change to the feeds or the article pool. */
export const FEEDS_CHANGED_KEY = 'feedsChanged';

/** The answer to a page's claims. */
export interface Matched {
  /** The corpus source the page itself is, if any: never its own evidence. */
  self: string | null;
  results: ClaimResult[];
  /** More claims than are checked: only the first were. */
  truncated: boolean;
  /** The background's part of the page's path to its first card (lib/timings), checked with
   * isPathTimings before use. */
  timings?: PathTimings;
}

export type Message =
  /** Detector -> background: this tab's page was scored. */
  | ({ type: 'coverage' } & TabState)
  /** Detector -> background: every story's vocabulary, when storage does not have it yet. */
  | { type: 'detectIndex' }
  /** Popup -> background: what is known about this tab. */
  | { type: 'getTabState'; tabId: number }
  /** Popup and sidebar -> background: a story's sources (null: every story's). */
  | { type: 'listSources'; story: string | null }
  /** Sidebar -> background: what it decided about the page (after a re-check, say). */
  | ({ type: 'pageChecked' } & TabState)
  /** Sidebar -> background: read the claims of the page's article and match them (its blocks also
   * find the page's own source). The background's code is warm across pages; a fresh sidebar's is not. */
  | { type: 'matchClaims'; story: string; blocks: string[] }
  /** Sidebar -> background: whether the page reports the event of the story it was found to cover
   * (a found story's pages are told from the same people's other events by the pool). */
  | { type: 'reportsEvent'; story: string; page: PageSource }
  /** Sidebar -> background: look up a reader's selection (never in the source the page is) in
   * the page's story, or in every story (null). */
  | { type: 'lookup'; text: string; exclude: string | null; story: string | null }
  /** Popup -> background: search a story's sources, or every story's (null). */
  | { type: 'search'; query: string; story: string | null }
  /** Popup -> background: open the sidebar in this tab. */
  | { type: 'openSidebar'; tabId: number }
  /** Popup -> background: cross-check what is selected in this tab (as the keyboard command does). */
  | { type: 'crossCheckSelection'; tabId: number }
  /** Sidebar -> background: the sidebar has started in this tab: should it open, and is a look-up waiting? */
  | { type: 'sidebarReady' }
  /** Sidebar or popup -> background: show a corpus source in the sources page. */
  | { type: 'openSource'; source: string; passage: string; words?: string }
  /** Sidebar -> background: keep this page's article as a source of the story. */
  | { type: 'addPage'; story: string; page: PageSource }
  /** Popup -> background: have the tab's sidebar add its page to its story. */
  | { type: 'addPageInTab'; tabId: number }
  /** Options -> background: every story with its sources, and which are on. */
  | { type: 'listStories' }
  /** Options -> background: a story on or off. */
  | { type: 'setStoryEnabled'; story: string; on: boolean }
  /** Options -> background: forget a source the reader added. */
  | { type: 'removeSource'; source: string }
  /** Options -> background: import a pack file's text (all or nothing). */
  | { type: 'importPack'; text: string }
  /** Options -> background: a story as a pack file. */
  | { type: 'exportPack'; story: string }
  /** Options -> background: a found story's name, keep (never expires), delete. */
  | { type: 'renameStory'; story: string; title: string }
  | { type: 'keepStory'; story: string; keep: boolean }
  | { type: 'deleteStory'; story: string }
  /** Options -> background: the feeds followed, with their last read. */
  | { type: 'listFeeds' }
  /** Options -> background: follow a feed, and read it now. */
  | { type: 'addFeed'; url: string }
  /** Options -> background: stop following a feed (its articles stay in the pool). */
  | { type: 'removeFeed'; url: string }
  /** Options -> background: read every feed now (each at most once a minute). */
  | { type: 'refreshFeeds' }
  /** Extension pages -> background: how many articles the pool holds, and their size. */
  | { type: 'poolStats' }
  /** Extension pages -> background: every article in the pool, oldest first. */
  | { type: 'poolArticles' }
  /** Options -> background: empty the pool (stories and their sources stay). */
  | { type: 'forgetPool' };

/** Background -> the sidebar script in a tab. `ping` tells whether it runs there at all. */
export type TabMessage =
  | { type: 'sidebar:ping' }
  /** Keep the page as a source of its story; the reply is an Outcome. */
  | { type: 'sidebar:addPage' }
  | { type: 'sidebar:open' }
  | { type: 'sidebar:lookup'; lookup: PendingLookup };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The background's reply to each kind. */
export interface Replies {
  coverage: void;
  detectIndex: DetectIndex;
  /** null: no report for this tab (not a web page, not read yet, or reloading). */
  getTabState: TabReport | null;
  listSources: StorySources;
  matchClaims: Matched;
  reportsEvent: boolean;
  lookup: ClaimResult;
  search: SearchResult[];
  pageChecked: void;
  openSidebar: boolean;
  crossCheckSelection: boolean;
  /** `known`: the story the detector found the page to cover, and its sources, so that the
   * sidebar's first check need not ask again. */
  sidebarReady: { open: boolean; lookup: PendingLookup | null; known: StorySources | null };
  openSource: void;
  addPage: Outcome<{ source: SourceSummary }>;
  addPageInTab: Outcome<{ source: SourceSummary }>;
  listStories: StoryRow[];
  setStoryEnabled: boolean;
  removeSource: Outcome<object>;
  importPack: Outcome<Imported>;
  exportPack: Outcome<{ pack: PackFile }>;
  renameStory: Outcome<object>;
  keepStory: Outcome<object>;
  deleteStory: Outcome<object>;
  listFeeds: FeedRow[];
  addFeed: Outcome<{ feed: FeedRow }>;
  removeFeed: FeedRow[];
  refreshFeeds: FeedRow[];
  poolStats: PoolStats;
  poolArticles: PoolRecord[];
  forgetPool: PoolStats;
}

export type Reply<M extends Message> = Replies[M['type']];

type Fields = Record<string, unknown>;

const isScore = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
const isTabId = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
// Array.from turns holes into undefined, which every() would otherwise skip.
const isStrings = (v: unknown, max: number) => Array.isArray(v) && v.length <= max && Array.from(v).every((x) => typeof x === 'string');
const isStory = (v: unknown) => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(v);
const isStoryOrNull = (v: unknown) => v === null || isStory(v);

const checks: { [T in MessageType]: (m: Fields) => boolean } = {
  detectIndex: () => true,
  coverage: (m) => isScore(m.score) && typeof m.detected === 'boolean' && isStoryOrNull(m.story) && m.detected === (m.story !== null),
  getTabState: (m) => isTabId(m.tabId),
  listSources: (m) => isStoryOrNull(m.story),
  matchClaims: (m) =>
    isStory(m.story) &&
    isStrings(m.blocks, 100_000) && (m.blocks as string[]).reduce((n, b) => n + b.length, 0) <= MAX_ARTICLE_CHARS,
  reportsEvent: (m) => isStory(m.story) && isPageSource(m.page),
  lookup: (m) => isText(m.text, MAX_LOOKUP_CHARS) && (m.exclude === null || isText(m.exclude, 200)) && isStoryOrNull(m.story),
  search: (m) => isText(m.query, MAX_QUERY_CHARS) && isStoryOrNull(m.story),
  pageChecked: (m) => isScore(m.score) && typeof m.detected === 'boolean' && isStoryOrNull(m.story) && m.detected === (m.story !== null),
  openSidebar: (m) => isTabId(m.tabId),
  crossCheckSelection: (m) => isTabId(m.tabId),
  sidebarReady: () => true,
  openSource: (m) => isText(m.source, 200) && isText(m.passage, 5000) && (m.words === undefined || isText(m.words, 500)),
  addPage: (m) => isStory(m.story) && isPageSource(m.page),
  addPageInTab: (m) => isTabId(m.tabId),
  listStories: () => true,
  setStoryEnabled: (m) => isStory(m.story) && typeof m.on === 'boolean',
  removeSource: (m) => isText(m.source, 200),
  importPack: (m) => isText(m.text, MAX_PACK_BYTES),
  exportPack: (m) => isStory(m.story),
  renameStory: (m) => isStory(m.story) && isText(m.title, 200),
  keepStory: (m) => isStory(m.story) && typeof m.keep === 'boolean',
  deleteStory: (m) => isStory(m.story),
  listFeeds: () => true,
  addFeed: (m) => isText(m.url, 2000),
  removeFeed: (m) => isText(m.url, 2000),
  refreshFeeds: () => true,
  poolStats: () => true,
  poolArticles: () => true,
  forgetPool: () => true,
};

function isPageSource(x: unknown): x is PageSource {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Fields;
  return (
    isText(p.title, 500) && isText(p.outlet, 200) && isText(p.date, 10) && isText(p.url, 2000) && /^https?:\/\//.test(p.url as string) &&
    isStrings(p.blocks, 100_000) && (p.blocks as string[]).length > 0 && (p.blocks as string[]).reduce((n, b) => n + b.length, 0) <= MAX_ARTICLE_CHARS
  );
}

/** Messages for the sidebar script in a tab, checked like the rest. */
export function isTabMessage(x: unknown): x is TabMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Fields;
  if (m.type === 'sidebar:ping' || m.type === 'sidebar:open' || m.type === 'sidebar:addPage') return true;
  const lookup = m.lookup as Fields | undefined;
  return m.type === 'sidebar:lookup' && typeof lookup === 'object' && lookup !== null && isText(lookup.text, MAX_LOOKUP_CHARS) && typeof lookup.cut === 'boolean';
}
export function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null) return false;
  const type = (x as Fields).type;
  return (
    typeof type === 'string' &&
    Object.prototype.hasOwnProperty.call(checks, type) &&
    checks[type as MessageType](x as Fields)
  );
}

/** Sends a message with its reply typed; `send` is runtime.sendMessage of the caller's API. */
export function request<M extends Message>(send: (message: M) => Promise<unknown>, message: M): Promise<Reply<M>> {
  return send(message) as Promise<Reply<M>>;
}
