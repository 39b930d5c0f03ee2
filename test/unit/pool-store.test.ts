import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { keptSince, leaving, poolRecord, textKeyOf, type PoolRecord } from '../../lib/article-pool';
import type { PageSource } from '../../lib/article';
import { openFeedStore, openPoolStore, openReaderStore } from '../../lib/reader-store';
import { prepareSource } from '../../lib/corpus';
import { openOldDatabase } from './support/old-database';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);
const limits = { maxArticles: 5000, maxDays: 30 };

const page = (n: number, extra: Partial<PageSource> = {}): PageSource => ({
  title: `Article ${n}`,
  outlet: 'Harbour Ledger',
  date: '2026-06-13',
  url: `https://ledger.example/${n}`,
  blocks: [`Body of article ${n}, a sentence of its own.`, 'A second paragraph.'],
  ...extra,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('textKeyOf', () => {
  it('is the same for the same words whatever their case, punctuation, quotes and spacing', () => {
    expect(textKeyOf(['“Hello,” she said.', 'Next  one!'])).toBe(textKeyOf(['"hello" she said', 'next one']));
    expect(textKeyOf(['Hello she said'])).not.toBe(textKeyOf(['Hello he said']));
  });
});

describe('leaving', () => {
  it('sends out the too old first, then the oldest beyond the count', () => {
    expect(leaving(5, 1, { maxArticles: 10, maxDays: 30 })).toBe(1);
    expect(leaving(5, 0, { maxArticles: 3, maxDays: 30 })).toBe(2);
    expect(leaving(5, 3, { maxArticles: 3, maxDays: 30 })).toBe(3);
    expect(keptSince({ maxArticles: 3, maxDays: 30 }, T0 + 30 * DAY)).toBe(T0);
  });
});

describe('the pool store', () => {
  it('keeps an article once: by any of its addresses, and by near-identical text, every address kept', async () => {
    const pool = openPoolStore();
    const first = poolRecord(page(1), 'feed', T0, { feed: 'https://ledger.example/rss' });
    expect(await pool.add([first], limits, T0)).toHaveLength(1);
    // The same page again, reached from its canonical address.
    const again = poolRecord(page(1), 'reading', T0 + 1, { urls: ['https://ledger.example/canonical/1'] });
    // A syndicated copy: another site, the same words in other typography.
    const copy = poolRecord(page(1, { url: 'https://wire.example/1', blocks: ['BODY of article 1 — a sentence of its own', 'a second paragraph'] }), 'feed', T0 + 2);
    expect(await pool.add([again, copy], limits, T0 + 2)).toEqual([]);
    const all = await pool.all();
    expect(all).toHaveLength(1);
    expect(all[0].urls).toEqual(['https://ledger.example/1', 'https://ledger.example/canonical/1', 'https://wire.example/1']);
    expect(all[0]).toMatchObject({ title: 'Article 1', outlet: 'Harbour Ledger', origin: 'feed', feed: 'https://ledger.example/rss' });
    expect(await pool.has('https://wire.example/1')).toBe(true);
    expect(await pool.has('https://wire.example/2')).toBe(false);
  });

  it('holds to its limits, oldest out first, and says what it holds', async () => {
    const pool = openPoolStore();
    for (let i = 0; i < 6; i++) await pool.add([poolRecord(page(i), 'feed', T0 + i * DAY)], { maxArticles: 4, maxDays: 30 }, T0 + i * DAY);
    expect((await pool.all()).map((r) => r.title)).toEqual(['Article 2', 'Article 3', 'Article 4', 'Article 5']);
    const added = await pool.add([poolRecord(page(9), 'reading', T0 + 40 * DAY)], { maxArticles: 4, maxDays: 30 }, T0 + 40 * DAY);
    expect(added.map((r) => r.title)).toEqual(['Article 9']);
    expect((await pool.all()).map((r) => r.title)).toEqual(['Article 9']);
    const stats = await pool.stats();
    expect(stats).toMatchObject({ articles: 1, oldest: T0 + 40 * DAY });
    expect(stats.bytes).toBeGreaterThan(100);
  });

  it('forgets the pool and nothing else: stories, sources and feeds stay', async () => {
    const reader = openReaderStore();
    const source = { story: 'flood', source: prepareSource({ id: 'added-1', title: 'T', outlet: '', date: '', url: 'https://x.example/', body: 'Text.' }) };
    await reader.save({ sources: [source] });
    const feeds = openFeedStore();
    await feeds.put({ url: 'https://a.example/rss', title: 'A', addedAt: T0, fetchedAt: null, status: 'ok', line: '', items: 0, validators: {}, seen: [] });
    const pool = openPoolStore();
    await pool.add([poolRecord(page(1), 'feed', T0)], limits, T0);
    await pool.clear();
    expect(await pool.stats()).toEqual({ articles: 0, bytes: 0, oldest: null });
    expect(await reader.sources('flood')).toHaveLength(1);
    expect(await feeds.all()).toHaveLength(1);
  });

  it('upgrades a version 1 database and keeps everything in it', async () => {
    const v1 = await openOldDatabase(1);
    await v1.put('sources', { story: 'kept', source: { id: 'old-1' } });
    await v1.put('off', { story: 'kept' });
    v1.close();
    const reader = openReaderStore();
    expect((await reader.sources('kept')).map((s) => s.source.id)).toEqual(['old-1']);
    expect(await reader.disabled()).toEqual(['kept']);
    const pool = openPoolStore();
    expect(await pool.add([poolRecord(page(1), 'reading', T0)], limits, T0)).toHaveLength(1);
  });

  it('stores the record the clustering reads: the fields the pool promises', async () => {
    const pool = openPoolStore();
    await pool.add([poolRecord(page(3), 'reading', T0, { urls: ['https://ledger.example/c/3'] })], limits, T0);
    const [r] = await pool.all();
    const fields: (keyof PoolRecord)[] = ['id', 'urls', 'title', 'outlet', 'date', 'blocks', 'origin', 'addedAt'];
    for (const f of fields) expect(r[f]).toBeDefined();
    expect(r.feed).toBeUndefined();
  });
});
