// Stories that find themselves, wired as the background wires them, over IndexedDB (fake-indexeddb):
// articles of the development pool (test/fixtures/pool) arrive in the pool, the clusterer's state
// and the found stories are stored, and the library lists and serves them as it does packs.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleCoverage, extractClaims, matchArticleClaims } from '../../lib/analyze';
import { poolRecord, type PoolRecord } from '../../lib/article-pool';
import { createFoundStories, inheritMeta } from '../../lib/found-stories';
import type { PoolArticle } from '../../lib/pool/article';
import { openClusterStore, openPoolStore, openReaderStore } from '../../lib/reader-store';
import { createLibrary, type FoundMeta, type Library, type ReaderStore } from '../../lib/stories';
import { readPoolFixtures } from '../../scripts/pool-files';
import { generalData } from './support/corpus';
import { openOldDatabase } from './support/old-database';

const FINAL = ['meridian-2026-06-14-castellane-beats-brevik', 'coastline-2026-06-14-castellane-saltmarsh-title', 'lantern-2026-06-15-brevik-tears', 'ledger-2026-06-15-just-the-next-ball', 'courier-2026-06-15-northfield-celebrates-castellane'];
const SEMI = ['coastline-2026-06-13-castellane-outlasts-harlan', 'courier-2026-06-13-castellane-beats-harlan', 'meridian-2026-06-13-saltmarsh-semi-finals'];
/** Unrelated articles: a pool of three texts alone tells no word from another (every word is in
 * all of them), so each pool here starts with these. */
const NOISE = ['coastline-2026-05-30-aveline-rowing-centenary', 'courier-2026-05-20-fortnightly-bins', 'gearpulse-2026-05-12-tallow-band-3-review', 'hometable-2026-03-02-barley-leek-stew', 'lantern-2026-04-04-marguerite-ollan-interview', 'ledger-2026-02-21-review-the-salt-road', 'valleypost-2026-06-10-weather-outlook'];
const NOW = Date.UTC(2026, 5, 20);
const limits = { maxArticles: 5000, maxDays: 3650 };

let articles: Map<string, PoolArticle>;
beforeAll(() => {
  articles = new Map(readPoolFixtures().articles.map((a) => [a.id, a]));
});

interface World {
  store: ReaderStore;
  library: Library;
  found: ReturnType<typeof createFoundStories>;
  changed: string[][];
  arrive(...ids: string[]): Promise<string[]>;
  /** As arrive, with the pool holding at most `max` articles. */
  arriveIn(max: number, ...ids: string[]): Promise<string[]>;
}

/** The background's parts over the one database, the noise in its pool; a second world over it is a restarted worker. */
async function world(noise = true): Promise<World> {
  const store = openReaderStore();
  const pool = openPoolStore();
  const library = createLibrary({ bundled: [], fetchSources: async () => ({ terms: '', sources: [] }), store, general: async () => generalData() });
  const changed: string[][] = [];
  // Each arrival a moment after the last: the pool's limits send the oldest out first.
  let now = NOW;
  const found = createFoundStories({
    pool,
    clusters: openClusterStore(),
    store,
    general: async () => generalData(),
    today: () => '2026-06-20',
    async changed(stories) {
      changed.push(stories);
      for (const s of stories) library.reload(s);
    },
  });
  const arrive = (...ids: string[]) => arriveIn(limits.maxArticles, ...ids);
  async function arriveIn(max: number, ...ids: string[]) {
    const records: PoolRecord[] = ids.map((id) => {
      const a = articles.get(id)!;
      return poolRecord({ title: a.title, outlet: a.outlet, date: a.date, url: a.url, blocks: a.blocks }, 'feed', ++now);
    });
    return found.add(await pool.add(records, { ...limits, maxArticles: max }, now));
  }
  if (noise) await arrive(...NOISE);
  return { store, library, found, changed, arrive, arriveIn };
}

const foundRows = async (library: Library) => (await library.rows()).filter((r) => r.origin === 'found');
const urlsOf = (ids: string[]) => ids.map((id) => articles.get(id)!.url);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('found stories', () => {
  it('become a story once three articles from two outlets report one event, with a title from what they say', async () => {
    const w = await world();
    expect(await w.arrive(FINAL[0], FINAL[1])).toEqual([]);
    expect(await foundRows(w.library)).toEqual([]);
    const [story] = await w.arrive(FINAL[2]);
    const [row] = await foundRows(w.library);
    expect(row.story.id).toBe(story);
    expect(row.found).toMatchObject({ kept: false, articles: 3 });
    expect(row.found!.outlets).toHaveLength(3);
    expect(row.story.title.length).toBeGreaterThan(5);
    expect(row.sources.map((s) => s.origin)).toEqual(['found', 'found', 'found']);
    expect(row.sources.map((s) => s.url).sort()).toEqual(urlsOf(FINAL.slice(0, 3)).sort());
    // It is on, in the detector's index, and a look-up or a search reaches its sources.
    expect((await w.library.index()).stories.map((s) => s.id)).toContain(story);
    expect((await w.library.sources(story)).story).toMatchObject({ found: { articles: 3, outlets: 3 } });
    expect(await w.library.search('Castellane', story)).not.toEqual([]);
    // Exported, it is a pack like any other.
    const pack = await w.library.exportPack(story);
    expect(pack.story).toMatchObject({ id: story, title: row.story.title });
    expect(pack.sources.map((s) => s.url).sort()).toEqual(urlsOf(FINAL.slice(0, 3)).sort());
  });

  it('grows as articles arrive, rebuilding only the story whose cluster changed, also after a worker restart', async () => {
    const first = await world();
    await first.arrive(...FINAL.slice(0, 3), ...SEMI);
    const before = await foundRows(first.library);
    const final = before.find((r) => r.sources.some((s) => s.url === articles.get(FINAL[0])!.url))!;
    // A restarted worker: a new clusterer over the stored state.
    const again = await world(false);
    const replace = vi.spyOn(again.store, 'replaceStory');
    expect(await again.arrive(FINAL[3])).toEqual([final.story.id]);
    expect(replace).toHaveBeenCalledTimes(1);
    const after = (await foundRows(again.library)).find((r) => r.story.id === final.story.id)!;
    expect(after.found!.articles).toBe(4);
    expect(after.sources.map((s) => s.url).sort()).toEqual(urlsOf(FINAL.slice(0, 4)).sort());
  });

  it('keeps the same people at another event out: the semi-final joins no final story', async () => {
    const w = await world();
    await w.arrive(...FINAL.slice(0, 3));
    await w.arrive(...SEMI);
    const rows = await foundRows(w.library);
    const final = rows.find((r) => r.sources.some((s) => s.url === articles.get(FINAL[0])!.url))!;
    expect(final.sources.map((s) => s.url).sort()).toEqual(urlsOf(FINAL.slice(0, 3)).sort());
    for (const r of rows.filter((x) => x !== final)) expect(r.sources.every((s) => urlsOf(SEMI).includes(s.url!))).toBe(true);
  });

  it('tells a page of the event from the same people’s page of the day before, a lone one too', async () => {
    const w = await world();
    const [story] = await w.arrive(...FINAL.slice(0, 3));
    const page = (id: string) => {
      const a = articles.get(id)!;
      return { title: a.title, outlet: a.outlet, date: a.date, url: a.url, blocks: a.blocks };
    };
    expect(await w.found.covers(story, page(FINAL[3]))).toBe(true);
    // No semi-final in the pool: the page's lead alone tells another day, other words, another player.
    expect(await w.found.covers(story, page(SEMI[2]))).toBe(false);
    // Two semi-final reports in the pool: the clusterer would put the third with them.
    await w.arrive(SEMI[0], SEMI[1]);
    expect(await w.found.covers(story, page(SEMI[2]))).toBe(false);
    expect(await w.found.covers(story, page(FINAL[4]))).toBe(true);
    // Any other story is the detector's alone; a found story whose cluster is gone has nothing to tell.
    expect(await w.found.covers('nato-handover-2024', page(SEMI[2]))).toBe(true);
    expect(await w.found.covers('found-999', page(SEMI[2]))).toBe(true);
  });

  it('renames, keeps and deletes a found story; a deleted one does not come back when its event grows', async () => {
    const w = await world();
    const [story] = await w.arrive(...FINAL.slice(0, 3));
    await w.library.renameStory(story, '  The final  ');
    await w.library.keepStory(story, true);
    expect((await foundRows(w.library))[0]).toMatchObject({ story: { title: 'The final' }, found: { kept: true } });
    // The reader's name survives a rebuild.
    await w.arrive(FINAL[3]);
    expect((await foundRows(w.library))[0]).toMatchObject({ story: { title: 'The final' }, found: { kept: true, articles: 4 } });
    await w.library.deleteStory(story);
    expect(await foundRows(w.library)).toEqual([]);
    expect(await w.arrive(FINAL[4])).toEqual([]);
    expect(await w.library.rows()).toEqual([]);
    await expect(w.library.renameStory('nato', 'x')).rejects.toThrow(/found story/);
  });

  it('expire when their articles leave the pool, unless kept', async () => {
    const w = await world();
    const [final] = await w.arrive(...FINAL.slice(0, 3));
    const [semi] = await w.arrive(...SEMI);
    await w.library.keepStory(semi, true);
    // The pool keeps the three latest articles: one of the final's, two of the semi-final's.
    await w.arriveIn(3, FINAL[3]);
    expect((await foundRows(w.library)).map((r) => [r.story.id, r.found!.articles])).toEqual([[semi, 3]]);
    expect(w.changed.at(-1)).toContain(final);
    await w.arriveIn(1, FINAL[4]);
    expect((await foundRows(w.library)).map((r) => [r.story.id, r.found!.articles])).toEqual([[semi, 3]]);
  });

  it('go when the pool is forgotten; a kept one stays as the reader’s story with its sources', async () => {
    const w = await world();
    const [final] = await w.arrive(...FINAL.slice(0, 3));
    const [semi] = await w.arrive(...SEMI);
    expect(semi).toBeDefined();
    await w.library.keepStory(final, true);
    await openPoolStore().clear();
    await w.found.forget();
    w.library.reload();
    const rows = await w.library.rows();
    expect(rows.map((r) => [r.story.id, r.origin, r.sources.length])).toEqual([[final, 'imported', 3]]);
    expect(w.changed.at(-1)!.sort()).toEqual([final, semi].sort());
    // The event found again is a new story, beside the kept one.
    const [next] = await w.arrive(...NOISE, ...FINAL.slice(0, 3));
    expect(next).not.toBe(final);
    expect((await foundRows(w.library)).map((r) => r.story.id)).toEqual([next]);
  });

  it('never takes a page of the story as its own evidence', async () => {
    const w = await world();
    const [story] = await w.arrive(...FINAL.slice(0, 4));
    const page = articles.get(FINAL[1])!;
    const matcher = await w.library.matcher(story);
    const { claims } = extractClaims(page.blocks, matcher.names);
    const { self, results } = matchArticleClaims(matcher, page.blocks, claims);
    const own = (await w.library.sources(story)).sources.find((s) => s.url === page.url)!;
    expect(self).toBe(own.id);
    expect(results.flatMap((r) => r.evidence.map((e) => e.source))).not.toContain(own.id);
    // The detector finds the event's fifth page, not in the story, and not the semi-final.
    const index = await w.library.index();
    const { title, blocks } = articles.get(FINAL[4])!;
    expect(articleCoverage({ title, blocks }, index).story).toBe(story);
  });
});

describe('the database upgrade to version 3', () => {
  it('keeps every store of version 2 and adds the clusterer’s', async () => {
    const old = await openOldDatabase(2);
    await old.put('off', { story: 'nato' });
    await old.put('pool', poolRecord({ title: 'T', outlet: 'O', date: '', url: 'https://o.example/1', blocks: ['Text.'] }, 'feed', NOW));
    await old.put('feeds', { url: 'https://o.example/rss' });
    old.close();
    expect(await openReaderStore().disabled()).toEqual(['nato']);
    expect(await openPoolStore().ids()).toHaveLength(1);
    expect(await openClusterStore().records()).toEqual([]);
    expect(await openClusterStore().nextCluster()).toBe(0);
    const db = await openDB('triangulate');
    expect([...db.objectStoreNames].sort()).toEqual(['clustered', 'clusterer', 'feeds', 'found', 'heads', 'off', 'pool', 'sources', 'terms']);
    expect(await db.count('feeds')).toBe(1);
    db.close();
  });
});

describe('inheritMeta', () => {
  const meta = (story: string, patch: Partial<FoundMeta> = {}): FoundMeta => ({ story, cluster: Number(story.slice(6)), kept: false, title: null, deleted: false, articles: 3, outlets: ['a', 'b'], ...patch });
  it('hands a merged story’s name and keep to the story it merged into, which keeps its own name', () => {
    const metas = new Map([['found-1', meta('found-1', { title: 'My name', kept: true })]]);
    inheritMeta(metas, 'found-1', 'found-2', 2);
    expect(metas.get('found-2')).toMatchObject({ story: 'found-2', cluster: 2, title: 'My name', kept: true, deleted: false });
    // The merged story goes like any whose cluster is gone: it is no longer kept.
    expect(metas.get('found-1')).toMatchObject({ kept: false, title: 'My name' });
    const named = new Map([['found-1', meta('found-1', { title: 'Old' })], ['found-2', meta('found-2', { title: 'Mine' })]]);
    inheritMeta(named, 'found-1', 'found-2', 2);
    expect(named.get('found-2')).toMatchObject({ title: 'Mine', kept: false, articles: 3 });
  });

  it('hands nothing from a story the reader left alone or deleted, nor to one deleted', () => {
    for (const [from, to] of [[meta('found-1'), undefined], [meta('found-1', { title: 'x', deleted: true }), undefined], [meta('found-1', { kept: true }), meta('found-2', { deleted: true })]] as const) {
      const metas = new Map<string, FoundMeta>([['found-1', from], ...(to ? [['found-2', to] as [string, FoundMeta]] : [])]);
      const before = structuredClone([...metas]);
      inheritMeta(metas, 'found-1', 'found-2', 2);
      expect([...metas]).toEqual(before);
    }
  });
});
