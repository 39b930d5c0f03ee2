// The reader's stories and sources in IndexedDB, through idb (a thin, typed, promise wrapper
// over the platform's own store: nothing to learn, about 1 KB). Pages added to a story,
// imported packs and stories switched off survive browser and worker restarts. The article pool
// (feeds and reading) and the feeds subscribed to live beside them, in stores of their own, and
// the clusterer's state (each pool article's features and cluster) beside the pool.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { keptSince, leaving, mergeAddresses, recordBytes, type PoolLimits, type PoolRecord, type PoolStats } from './article-pool';
import type { FeedRecord } from './feeds/schedule';
import type { PoolRecord as ClusteredRecord } from './pool/cluster';
import { readStoredSource, type CorpusSource, type StoredSource } from './corpus';
import { termTable } from './source-index';
import type { FoundMeta, ReaderSource, ReaderStore, StoryHead } from './stories';
import { intoTable, tableIds, type TermTableRecord } from './story-table';

/** A reader's source as stored: in the stored form, numbering its terms in its story's table
 * (one stored before version 4 that could not be converted keeps its fields as objects). */
type StoredReaderSource = Omit<ReaderSource, 'source'> & { source: StoredSource | CorpusSource };

interface Schema extends DBSchema {
  heads: { key: string; value: StoryHead };
  sources: { key: string; value: StoredReaderSource; indexes: { story: string } };
  /** Each reader's story's term table (TermTableRecord): only ever appended to. */
  terms: { key: string; value: TermTableRecord };
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
  return openDB<Schema>(NAME, 4, {
    upgrade(d, from, _to, tx) {
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
      if (from < 4) {
        d.createObjectStore('terms', { keyPath: 'story' });
        // Every source then stored converts to the stored form, numbered in its story's new table;
        // a failure undoes the upgrade, and the data stays as version 3 left it.
        if (from >= 1) convertSources(tx).catch(() => tx.abort());
      }
    },
  });
}

type UpgradeTx = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;
type WriteTx = IDBPTransaction<Schema, ('heads' | 'sources' | 'terms' | 'found')[], 'readwrite'>;

/** Version 3's sources (each with its own terms, its fields as objects) in the stored form, each
 * story's numbered in one new table. One that cannot be converted is kept, its index dropped (it
 * is indexed from its text when loaded). */
async function convertSources(tx: UpgradeTx): Promise<void> {
  const sources = tx.objectStore('sources');
  const tables = new Map<string, Map<string, number>>();
  for (const r of (await sources.getAll()) as ReaderSource[]) {
    const table = tables.get(r.story) ?? new Map<string, number>();
    tables.set(r.story, table);
    let source: StoredSource | CorpusSource;
    try {
      source = intoTable(r.source, table);
    } catch {
      source = { ...r.source, index: undefined };
    }
    await sources.put({ ...r, source });
  }
  for (const [story, table] of tables) await tx.objectStore('terms').put({ story, terms: termTable(table) });
}

/** A stored source read back: its stored fields parsed when first read. */
const readerSource = (r: StoredReaderSource): ReaderSource =>
  typeof r.source.sentences === 'string' ? { ...r, source: readStoredSource(r.source as StoredSource) } : (r as ReaderSource);

/** Writes a head and sources, each source numbered in its story's table (new terms appended).
 * All or nothing: a source or value that cannot be stored undoes the whole transaction. */
async function writeStory(tx: WriteTx, { head, sources, terms }: { head?: StoryHead; sources: ReaderSource[]; terms?: string }): Promise<void> {
  const puts: Promise<unknown>[] = [];
  try {
    if (head) puts.push(tx.objectStore('heads').put(head));
    for (const story of new Set(sources.map((s) => s.story))) {
      // Read and written back in this one transaction: a concurrent writer's appends come before
      // or after, never between.
      const table = tableIds((await tx.objectStore('terms').get(story))?.terms);
      for (const r of sources) if (r.story === story) puts.push(tx.objectStore('sources').put({ ...r, source: intoTable(r.source, table, terms) }));
      puts.push(tx.objectStore('terms').put({ story, terms: termTable(table) }));
    }
  } catch (e) {
    tx.abort();
    await Promise.allSettled([...puts, tx.done]);
    throw e;
  }
  await Promise.all([...puts, tx.done]);
}

export function openReaderStore(): ReaderStore {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => (db ??= connect());
  return {
    heads: async () => (await open()).getAll('heads'),
    async sources(story) {
      const d = await open();
      return (story ? await d.getAllFromIndex('sources', 'story', story) : await d.getAll('sources')).map(readerSource);
    },
    async story(story) {
      const tx = (await open()).transaction(['sources', 'terms']);
      const [sources, table] = await Promise.all([tx.objectStore('sources').index('story').getAll(story), tx.objectStore('terms').get(story)]);
      return { terms: table?.terms ?? '', sources: sources.map(readerSource) };
    },
    disabled: async () => (await (await open()).getAllKeys('off')).map(String),
    save: async (change) => writeStory((await open()).transaction(['heads', 'sources', 'terms', 'found'], 'readwrite'), change),
    removeSource: async (id) => (await open()).delete('sources', id),
    async setDisabled(story, off) {
      const d = await open();
      await (off ? d.put('off', { story }) : d.delete('off', story));
    },
    found: async () => (await open()).getAll('found'),
    setFound: async (meta) => void (await (await open()).put('found', meta)),
    async replaceStory({ head, sources, found, terms }) {
      const tx = (await open()).transaction(['heads', 'sources', 'terms', 'found'], 'readwrite');
      const old = await tx.objectStore('sources').index('story').getAllKeys(head.story.id);
      for (const id of old) await tx.objectStore('sources').delete(id);
      // Every source of the story is replaced: its table starts again.
      await tx.objectStore('terms').delete(head.story.id);
      await tx.objectStore('found').put(found);
      await writeStory(tx, { head, sources, terms });
    },
    async removeStory(story, found) {
      const tx = (await open()).transaction(['heads', 'sources', 'terms', 'off', 'found'], 'readwrite');
      for (const id of await tx.objectStore('sources').index('story').getAllKeys(story)) await tx.objectStore('sources').delete(id);
      await tx.objectStore('heads').delete(story);
      await tx.objectStore('terms').delete(story);
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
