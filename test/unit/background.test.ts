// The background's modules, with the browser's parts stood in for: the toolbar badge, per-tab
// reports, getting the sidebar into a tab, and what each message does and who may send it.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { badgeOf } from '../../lib/background/badge';
import { createInjector } from '../../lib/background/injector';
import { createRouter, type Clock, type RouterParts, type Sender } from '../../lib/background/router';
import { createTabReports } from '../../lib/background/tab-reports';
import { isMessage, type Message, type TabMessage } from '../../lib/messages';
import type { TabReport } from '../../lib/background/tab-reports';
import { toPackFile } from '../../lib/pack';
import { openReaderStore } from '../../lib/reader-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { readPack } from '../../scripts/packs';
import { RATE_CUT_DIR, realCorpus } from './support/corpus';
import { testLibrary } from './support/reader';

const NATO = realCorpus().story.id;

describe('badgeOf', () => {
  const counts = { corroborated: 11, varying: 4, unique: 3 };
  it('is empty for an unread page and says so for a page that covers no story', () => {
    expect(badgeOf(null)).toEqual({ text: '', title: 'Triangulate' });
    expect(badgeOf({ score: 0.1, detected: false, story: null, counts: null }).title).toContain('not coverage');
  });
  it('ticks a covering page, naming its story, then counts its claims', () => {
    expect(badgeOf({ score: 0.9, detected: true, story: NATO, counts: null }, 'NATO leadership handover')).toEqual({
      text: '✓',
      title: 'Triangulate: this page covers “NATO leadership handover”',
    });
    expect(badgeOf({ score: 0.9, detected: true, story: NATO, counts }).text).toBe('18');
  });
  it('caps the count at 999+', () => {
    expect(badgeOf({ score: 1, detected: true, story: NATO, counts: { corroborated: 999, varying: 0, unique: 0 } }).text).toBe('999');
    expect(badgeOf({ score: 1, detected: true, story: NATO, counts: { corroborated: 1000, varying: 0, unique: 0 } }).text).toBe('999+');
  });
});

function sessionArea() {
  const data = new Map<string, unknown>();
  return {
    get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key: string) => void data.delete(key),
  };
}

describe('createTabReports', () => {
  it('keeps one report per tab and forgets it', async () => {
    const reports = createTabReports(sessionArea());
    const report: TabReport = { score: 0.8, detected: true, story: NATO, counts: null };
    await reports.set(3, report);
    expect(await reports.get(3)).toEqual(report);
    expect(await reports.get(4)).toBeNull();
    await reports.set(3, null);
    expect(await reports.get(3)).toBeNull();
  });
});

describe('createInjector', () => {
  it('tells a running sidebar what to do, and injects one only where none answers', async () => {
    const inject = vi.fn(async () => {});
    const running = new Set([1]);
    const sent: [number, TabMessage][] = [];
    const injector = createInjector({ send: async (tab, m) => (sent.push([tab, m]), running.has(tab)), inject });
    await injector.open(1, true, null);
    expect(inject).not.toHaveBeenCalled();
    await injector.open(2, true, { text: 'x', cut: false });
    expect(inject).toHaveBeenCalledWith(2);
    expect(injector.take(2)).toEqual({ open: true, lookup: { text: 'x', cut: false } });
    expect(injector.take(2)).toBeUndefined();
  });

  it('injects once while an injection is under way, keeping what a second request wanted', async () => {
    let finish!: () => void;
    const inject = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const injector = createInjector({ send: async () => false, inject });
    const first = injector.open(5, false, null);
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(1));
    await injector.open(5, true, { text: 'later', cut: true });
    finish();
    await first;
    expect(inject).toHaveBeenCalledTimes(1);
    expect(injector.take(5)).toEqual({ open: true, lookup: { text: 'later', cut: true } });
  });
});

function testRouter(clock?: Clock) {
  const { library } = testLibrary();
  const marks: [number, TabReport | null][] = [];
  const published: unknown[] = [];
  const announced: number[] = [];
  const opened: number[] = [];
  const injector = createInjector({ send: async () => false, inject: async (tab) => void opened.push(tab) });
  const read: [number, string][] = [];
  const feeds: RouterParts['feeds'] = {
    rows: async () => [],
    add: async () => ({ ok: false, error: 'no' }),
    remove: async () => [],
    refresh: async () => [],
    readTab: async (tab, url) => (read.push([tab, url]), false),
    poolStats: async () => ({ articles: 0, bytes: 0, oldest: null }),
    poolArticles: async () => [],
    forgetPool: async () => ({ articles: 0, bytes: 0, oldest: null }),
  };
  const forgotten: string[] = [];
  const router = createRouter({
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    library,
    reports: createTabReports(sessionArea()),
    injector,
    settings: async () => DEFAULT_SETTINGS,
    mark: (tab, r) => void marks.push([tab, r]),
    tabUrl: async () => 'https://news.example/a',
    askTab: async () => undefined,
    selectionIn: async () => 'selected text',
    openSourcesPage: async () => {},
    publishIndex: async (index) => void published.push(index),
    storiesChanged: async () => void announced.push(announced.length),
    clock,
    feeds,
    found: { forget: async () => void forgotten.push('found'), covers: async (story, p) => !(story === 'found-2' && p.title.includes('semi-final')) },
  });
  return { router, marks, published, announced, opened, library, read, forgotten };
}

const page: Sender = { id: 'ext', url: 'https://news.example/a', frameId: 0, tab: { id: 7, url: 'https://news.example/a' } };
const options: Sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };

describe('createRouter', () => {
  it('lets pages send only what their scripts send, the extension’s pages anything, others nothing', () => {
    const { router } = testRouter();
    const importPack: Message = { type: 'importPack', text: '{}' };
    expect(router.allowed({ type: 'coverage', score: 1, detected: true, story: NATO }, page)).toBe(true);
    expect(router.allowed(importPack, page)).toBe(false);
    expect(router.allowed(importPack, options)).toBe(true);
    expect(router.allowed(importPack, { ...options, id: 'another-extension' })).toBe(false);
    expect(router.allowed({ type: 'listStories' }, { id: 'ext', url: 'file:///x.html', tab: { id: 1 } })).toBe(false);
  });

  it('marks a coverage tab, injects the sidebar, and keeps counts only for the same story', async () => {
    const { router, marks, opened } = testRouter();
    await router.handle({ type: 'coverage', score: 0.9, detected: true, story: NATO }, page);
    expect(opened).toEqual([7]);
    expect(marks.at(-1)).toEqual([7, { score: 0.9, detected: true, story: NATO, counts: null }]);
    await router.handle({ type: 'coverage', score: 0.9, detected: true, story: NATO }, { ...page, frameId: 3 });
    expect(marks).toHaveLength(1);
  });

  it('with a clock, hands the page its path to the first card in the matchClaims reply, the route once', async () => {
    let t = 1000;
    const { router } = testRouter({ now: () => (t += 10), worker: () => [1, 2] });
    await router.handle({ type: 'coverage', score: 0.9, detected: true, story: NATO }, page);
    const match: Message = { type: 'matchClaims', story: NATO, blocks: ['"We stand together," Rutte said.'] };
    const first = await router.handle(match, page);
    expect(first).toMatchObject({ results: [{ claim: { kind: 'quote', text: 'We stand together' } }], truncated: false, timings: { worker: [1, 2], route: [1010, 1020], match: [1030, 1040, 1050, 1060] } });
    const again = (await router.handle(match, page)) as { timings: object };
    expect(again.timings).toEqual({ worker: [1, 2], route: undefined, match: [1070, 1080, 1090, 1100] });
    // Another page in the tab: what was kept of the last is forgotten.
    await router.handle({ type: 'coverage', score: 0.9, detected: true, story: NATO }, page);
    router.forget(7);
    expect(((await router.handle(match, page)) as { timings: { route?: unknown } }).timings.route).toBeUndefined();
    // Without a clock, the reply is the match alone.
    expect(Object.keys((await testRouter().router.handle(match, page)) as object).sort()).toEqual(['results', 'self', 'truncated']);
  });

  it('hands every top-frame page the detector read to learning from reading, coverage or not', async () => {
    const { router, read } = testRouter();
    await router.handle({ type: 'coverage', score: 0.1, detected: false, story: null }, page);
    await router.handle({ type: 'coverage', score: 0.1, detected: false, story: null }, { ...page, frameId: 2 });
    expect(read).toEqual([[7, 'https://news.example/a']]);
  });

  it('asks the found stories whether a page reports its story’s event, for the page’s sidebar', async () => {
    const { router } = testRouter();
    const near: Message = { type: 'reportsEvent', story: 'found-2', page: { title: 'She takes the title', outlet: '', date: '2026-06-13', url: 'https://news.example/a', blocks: ['Text.'] } };
    expect(router.allowed(near, page)).toBe(true);
    expect(await router.handle(near, page)).toBe(true);
    const semi = { ...near, page: { ...near.page, title: 'Into the semi-final' } } as Message;
    expect(await router.handle(semi, page)).toBe(false);
    // A page that is no web page is refused by the protocol.
    expect(isMessage({ ...near, page: { ...near.page, url: 'file:///x' } })).toBe(false);
  });

  it('keeps the feeds and the pool to the extension’s own pages', () => {
    const { router } = testRouter();
    for (const type of ['listFeeds', 'refreshFeeds', 'poolStats', 'poolArticles', 'forgetPool'] as const) {
      expect(router.allowed({ type }, page)).toBe(false);
      expect(router.allowed({ type }, options)).toBe(true);
    }
  });

  it('takes the found stories with a forgotten pool; renames, keeps or deletes only a found story, in words', async () => {
    const { router, forgotten, announced } = testRouter();
    expect(await router.handle({ type: 'forgetPool' }, options)).toEqual({ articles: 0, bytes: 0, oldest: null });
    expect(forgotten).toEqual(['found']);
    for (const msg of [{ type: 'renameStory', story: NATO, title: 'Mine' }, { type: 'keepStory', story: NATO, keep: true }, { type: 'deleteStory', story: NATO }] as const) {
      expect(router.allowed(msg, page)).toBe(false);
      expect(await router.handle(msg, options)).toEqual({ ok: false, error: 'Only a found story can be renamed, kept or deleted.' });
    }
    expect(announced).toEqual([]);
  });

  it('adds a page to a story and reports the source, and tells the pages that list sources; a bad story is refused in words', async () => {
    const { router, announced } = testRouter();
    const pageSource = { title: 'T', outlet: '', date: '', url: 'https://news.example/a', blocks: ['"We stand together," Rutte said.'] };
    const added = await router.handle({ type: 'addPage', story: NATO, page: pageSource }, page);
    expect(added).toMatchObject({ ok: true, source: { url: 'https://news.example/a' } });
    expect(announced).toHaveLength(1);
    expect(await router.handle({ type: 'removeSource', source: (added as { source: { id: string } }).source.id }, options)).toEqual({ ok: true });
    expect(announced).toHaveLength(2);
    expect(await router.handle({ type: 'addPage', story: 'no-such-story', page: pageSource }, page)).toEqual({ ok: false, error: 'no story "no-such-story"' });
  });

  it('imports a pack, publishes the new index, and refuses a bad one with its reason', async () => {
    const { router, published } = testRouter();
    const text = JSON.stringify(toPackFile(readPack(RATE_CUT_DIR)));
    expect(await router.handle({ type: 'importPack', text }, options)).toEqual({ ok: true, story: 'rate-cut', added: 5, skipped: 0, recognition: null });
    expect(published).toHaveLength(1);
    expect(await router.handle({ type: 'importPack', text: 'nope' }, options)).toEqual({ ok: false, error: 'The file is not JSON.' });
    expect(published).toHaveLength(1);
  });
});

describe('openReaderStore (IndexedDB)', () => {
  it('keeps heads, sources and switched-off stories, and saves all or nothing', async () => {
    const store = openReaderStore();
    const head = { ...realCorpus(), sources: [] };
    const source = { story: NATO, source: { ...realCorpus().sources[0], id: 'page-x' } };
    await store.save({ head, sources: [source] });
    expect((await store.heads()).map((h) => h.story.id)).toEqual([NATO]);
    expect((await store.sources(NATO)).map((s) => s.source.id)).toEqual(['page-x']);
    // A source that cannot be stored (a function is not cloneable) fails the whole save.
    const good = { story: 'x', source: { ...source.source, id: 'page-z' } };
    const bad = { story: 'x', source: { ...source.source, id: 'page-y', text: (() => {}) as unknown as string } };
    await expect(store.save({ sources: [good, bad] })).rejects.toThrow();
    expect((await store.sources()).map((s) => s.source.id)).toEqual(['page-x']);
    await store.setDisabled(NATO, true);
    expect(await store.disabled()).toEqual([NATO]);
    await store.setDisabled(NATO, false);
    await store.removeSource('page-x');
    expect(await store.sources()).toEqual([]);
  });
});
