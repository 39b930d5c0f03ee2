// The reader's database as an older version left it, for tests of the upgrades.
import { openDB, type IDBPDatabase } from 'idb';

/** Opens the database at `version` (1 to 3) with the stores that version had. */
export function openOldDatabase(version: 1 | 2 | 3): Promise<IDBPDatabase> {
  return openDB('triangulate', version, {
    upgrade(d) {
      d.createObjectStore('heads', { keyPath: 'story.id' });
      d.createObjectStore('sources', { keyPath: 'source.id' }).createIndex('story', 'story');
      d.createObjectStore('off', { keyPath: 'story' });
      if (version < 2) return;
      const pool = d.createObjectStore('pool', { keyPath: 'id' });
      pool.createIndex('urls', 'urls', { multiEntry: true });
      pool.createIndex('textKey', 'textKey');
      pool.createIndex('addedAt', 'addedAt');
      d.createObjectStore('feeds', { keyPath: 'url' });
      if (version < 3) return;
      d.createObjectStore('clustered', { keyPath: 'article.id' });
      d.createObjectStore('found', { keyPath: 'story' });
      d.createObjectStore('clusterer');
    },
  });
}
