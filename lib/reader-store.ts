// The reader's stories and sources in IndexedDB, through idb (a thin, typed, promise wrapper
// over the platform's own store: nothing to learn, about 1 KB). Pages added to a story,
// imported packs and stories switched off survive browser and worker restarts. The article pool
// (feeds and reading) and the feeds subscribed to live beside them, in stores of their own, and
// the clusterer's state (each pool article's features and cluster) beside the pool.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { keptSince, leaving, mergeAddresses, recordBytes, type PoolLimits, type PoolRecord, type PoolStats } from './article-pool';
import type { FeedRecord } from './feeds/schedule';
import type { PoolRecord as ClusteredRecord } from './pool/cluster';
import type { FoundMeta, ReaderSource, ReaderStore, StoryHead } from './stories';

interface Schema extends DBSchema {
  heads: { key: string; value: StoryHead };
  sources: { key: string; value: ReaderSource; indexes: { story: string } };
  off: { key: string; value: { story: string } };
  pool: { key: string; value: PoolRecord; indexes: { urls: string; textKey: string; addedAt: number } };
  feeds: { key: string; value: FeedRecord };
  clustered: { key: string; value: ClusteredRecord };
  found: { key: string; value: FoundMeta };
  /** The number the next new cluster gets, under NEXT_CLUSTER: it outlives a forgotten pool. */
  clusterer: { key: string; value: number };
}

const NEXT_CLUSTER = 'nextCluster';

const NAME = 'triangulate';

/** Opens the database, creating what each version added; an upgrade keeps every store it finds. */
function connect(): Promise<IDBPDatabase<Schema>> {
  return openDB<Schema>(NAME, 3, {
    upgrade(d, from) {
      if (from < 1) {
        d.createObjectStore('heads', { keyPath: 'story.id' });
        d.createObjectStore('sources', { keyPath: 'source.id' }).createIndex('story', 'story');
        d.createObjectStore('off', { keyPath: 'story' });
      }
      if (from < 2) {
        const pool = d.createObjectStore('pool', { keyPath: 'id' });
        pool.createIndex('urls', 'urls', { multiEntry: true });
        pool.createIndex('textKey', 'textKey');
        pool.createIndex('addedAt', 'addedAt');
        d.createObjectStore('feeds', { keyPath: 'url' });
      }
      if (from < 3) {
        d.createObjectStore('clustered', { keyPath: 'article.id' });
        d.createObjectStore('found', { keyPath: 'story' });
        d.createObjectStore('clusterer');
      }
    },
  });
}

export function openReaderStore(): ReaderStore {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => (db ??= connect());
  return {
    heads: async () => (await open()).getAll('heads'),
    sources: async (story) => (story ? (await open()).getAllFromIndex('sources', 'story', story) : (await open()).getAll('sources')),
    disabled: async () => (await (await open()).getAllKeys('off')).map(String),
    async save({ head, sources }) {
      const tx = (await open()).transaction(['heads', 'sources'], 'readwrite');
      const puts: Promise<unknown>[] = [];
      try {
        if (head) puts.push(tx.objectStore('heads').put(head));
        for (const s of sources) puts.push(tx.objectStore('sources').put(s));
      } catch (e) {
        // A put that throws (a value that cannot be stored) leaves the others queued: undo them.
        tx.abort();
        await Promise.allSettled([...puts, tx.done]);
        throw e;
      }
      await Promise.all([...puts, tx.done]);
    },
    removeSource: async (id) => (await open()).delete('sources', id),
    async setDisabled(story, off) {
      const d = await open();
      await (off ? d.put('off', { story }) : d.delete('off', story));
    },
    found: async () => (await open()).getAll('found'),
    setFound: async (meta) => void (await (await open()).put('found', meta)),
    async replaceStory({ head, sources, found }) {
      const tx = (await open()).transaction(['heads', 'sources', 'found'], 'readwrite');
      const old = await tx.objectStore('sources').index('story').getAllKeys(head.story.id);
      for (const id of old) await tx.objectStore('sources').delete(id);
      await tx.objectStore('heads').put(head);
      for (const s of sources) await tx.objectStore('sources').put(s);
      await tx.objectStore('found').put(found);
      await tx.done;
    },
    async removeStory(story, found) {
      const tx = (await open()).transaction(['heads', 'sources', 'off', 'found'], 'readwrite');
      for (const id of await tx.objectStore('sources').index('story').getAllKeys(story)) await tx.objectStore('sources').delete(id);
      await tx.objectStore('heads').delete(story);
      await tx.objectStore('off').delete(story);
      await (found ? tx.objectStore('found').put(found) : tx.objectStore('found').delete(story));
      await tx.done;
    },
  };
}

/** The clusterer's state: each pool article's features and cluster, and the next cluster's number. */
export interface ClusterStore {
  records(): Promise<ClusteredRecord[]>;
  nextCluster(): Promise<number>;
  /** Stores these records (new, or moved to another cluster) and drops those ids, in one go. */
  save(records: ClusteredRecord[], gone: string[], nextCluster: number): Promise<void>;
  /** Forgets every record; the cluster numbering goes on, so no story id is given twice. */
  clear(): Promise<void>;
}

export function openClusterStore(): ClusterStore {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => (db ??= connect());
  return {
    records: async () => (await open()).getAll('clustered'),
    nextCluster: async () => (await (await open()).get('clusterer', NEXT_CLUSTER)) ?? 0,
    async save(records, gone, nextCluster) {
      const tx = (await open()).transaction(['clustered', 'clusterer'], 'readwrite');
      for (const r of records) await tx.objectStore('clustered').put(r);
      for (const id of gone) await tx.objectStore('clustered').delete(id);
      await tx.objectStore('clusterer').put(nextCluster, NEXT_CLUSTER);
      await tx.done;
    },
    clear: async () => (await open()).clear('clustered'),
  };
}

export interface PoolStore {
  /** Adds articles, each once: one already there at any of its addresses or with the same text
   * gains the addresses it lacked. Then the limits apply, oldest out. Gives the records added. */
  add(records: PoolRecord[], limits: PoolLimits, now: number): Promise<PoolRecord[]>;
  /** Whether an article at this address is in the pool already. */
  has(url: string): Promise<boolean>;
  /** The ids of every article in the pool (no text read). */
  ids(): Promise<string[]>;
  /** These articles, those still in the pool. */
  get(ids: string[]): Promise<PoolRecord[]>;
  all(): Promise<PoolRecord[]>;
  stats(): Promise<PoolStats>;
  /** Empties the pool; stories, their sources and the feeds stay. */
  clear(): Promise<void>;
}

export function openPoolStore(): PoolStore {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => (db ??= connect());
  return {
    async add(records, limits, now) {
      const tx = (await open()).transaction('pool', 'readwrite');
      const pool = tx.objectStore('pool');
      const added: PoolRecord[] = [];
      for (const record of records) {
        let same = await pool.index('textKey').get(record.textKey);
        for (const url of record.urls) same ??= await pool.index('urls').get(url);
        const merged = same ? mergeAddresses(same, record) : null;
        if (merged) await pool.put(merged);
        if (same) continue;
        await pool.put(record);
        added.push(record);
      }
      // Counted and listed by key only: the articles' text is never loaded to apply the limits.
      const byAge = pool.index('addedAt');
      const total = await byAge.count();
      const old = await byAge.count(IDBKeyRange.upperBound(keptSince(limits, now), true));
      const count = leaving(total, old, limits);
      const out = new Set(count ? await byAge.getAllKeys(null, count) : []);
      for (const id of out) await pool.delete(id);
      await tx.done;
      return added.filter((r) => !out.has(r.id));
    },
    has: async (url) => (await (await open()).countFromIndex('pool', 'urls', url)) > 0,
    ids: async () => (await (await open()).getAllKeys('pool')).map(String),
    async get(ids) {
      const d = await open();
      return (await Promise.all(ids.map((id) => d.get('pool', id)))).filter((r): r is PoolRecord => r !== undefined);
    },
    all: async () => (await open()).getAllFromIndex('pool', 'addedAt'),
    async stats() {
      const d = await open();
      const [first] = await d.getAllFromIndex('pool', 'addedAt', null, 1);
      // One read of every record (getAll is far quicker than a cursor's step per record).
      const bytes = (await d.getAll('pool')).reduce((n, r) => n + recordBytes(r), 0);
      return { articles: await d.count('pool'), bytes, oldest: first?.addedAt ?? null };
    },
    clear: async () => (await open()).clear('pool'),
  };
}

export interface FeedStore {
  all(): Promise<FeedRecord[]>;
  get(url: string): Promise<FeedRecord | undefined>;
  put(feed: FeedRecord): Promise<void>;
  remove(url: string): Promise<void>;
}

export function openFeedStore(): FeedStore {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => (db ??= connect());
  return {
    all: async () => (await open()).getAll('feeds'),
    get: async (url) => (await open()).get('feeds', url),
    put: async (feed) => void (await (await open()).put('feeds', feed)),
    remove: async (url) => (await open()).delete('feeds', url),
  };
}
