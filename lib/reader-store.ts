// The reader's stories and sources in IndexedDB, through idb (a thin, typed, promise wrapper
// over the platform's own store: nothing to learn, about 1 KB). Pages added to a story,
// imported packs and stories switched off survive browser and worker restarts.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReaderSource, ReaderStore, StoryHead } from './stories';

interface Schema extends DBSchema {
  heads: { key: string; value: StoryHead };
  sources: { key: string; value: ReaderSource; indexes: { story: string } };
  off: { key: string; value: { story: string } };
}

const NAME = 'triangulate';

export function openReaderStore(): ReaderStore {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () =>
    (db ??= openDB<Schema>(NAME, 1, {
      upgrade(d) {
        d.createObjectStore('heads', { keyPath: 'story.id' });
        d.createObjectStore('sources', { keyPath: 'source.id' }).createIndex('story', 'story');
        d.createObjectStore('off', { keyPath: 'story' });
      },
    }));
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
  };
}
