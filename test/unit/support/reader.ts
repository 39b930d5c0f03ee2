// A ReaderStore in memory (holding what the IndexedDB one holds: each story's term table, and
// its sources in the stored form numbered there), and a library over the real bundled story, for tests of the
// background's modules without a browser.
import { readStoredSource, storeSource, type StoredSource, type StoredSources } from '../../../lib/corpus';
import { termTable } from '../../../lib/source-index';
import { createLibrary, headOf, type FoundMeta, type Library, type ReaderSource, type ReaderStore, type StoryHead } from '../../../lib/stories';
import { intoTable, tableIds } from '../../../lib/story-table';
import { generalData, realCorpus } from './corpus';

type StoredReaderSource = Omit<ReaderSource, 'source'> & { source: StoredSource };

export function memoryStore(): ReaderStore & { failNextSave(): void } {
  const heads = new Map<string, StoryHead>();
  const sources = new Map<string, StoredReaderSource>();
  const tables = new Map<string, string>();
  const off = new Set<string>();
  const found = new Map<string, FoundMeta>();
  let fail = false;
  const dropStory = (story: string) => {
    heads.delete(story);
    off.delete(story);
    tables.delete(story);
    for (const [id, s] of sources) if (s.story === story) sources.delete(id);
  };
  const read = (list: StoredReaderSource[]): ReaderSource[] =>
    structuredClone(list).map((r) => ({ ...r, source: readStoredSource(r.source) }));
  const put = (list: ReaderSource[], terms?: string) => {
    for (const story of new Set(list.map((s) => s.story))) {
      const table = tableIds(tables.get(story));
      for (const r of list) if (r.story === story) sources.set(r.source.id, structuredClone({ ...r, source: intoTable(r.source, table, terms) }));
      tables.set(story, termTable(table));
    }
  };
  return {
    heads: async () => structuredClone([...heads.values()]),
    sources: async (story) => read([...sources.values()].filter((s) => !story || s.story === story)),
    story: async (story) => ({ terms: tables.get(story) ?? '', sources: read([...sources.values()].filter((s) => s.story === story)) }),
    disabled: async () => [...off],
    async save({ head, sources: list, terms }) {
      if (fail) {
        fail = false;
        throw new Error('quota exceeded');
      }
      if (head) heads.set(head.story.id, structuredClone(head));
      put(list, terms);
    },
    removeSource: async (id) => void sources.delete(id),
    setDisabled: async (story, o) => void (o ? off.add(story) : off.delete(story)),
    found: async () => structuredClone([...found.values()]),
    setFound: async (meta) => void found.set(meta.story, structuredClone(meta)),
    async replaceStory({ head, sources: list, found: meta, terms }) {
      for (const [id, s] of sources) if (s.story === head.story.id) sources.delete(id);
      tables.delete(head.story.id);
      heads.set(head.story.id, structuredClone(head));
      put(list, terms);
      found.set(meta.story, structuredClone(meta));
    },
    async removeStory(story, meta) {
      dropStory(story);
      if (meta) found.set(story, structuredClone(meta));
      else found.delete(story);
    },
    failNextSave: () => void (fail = true),
  };
}

export function testLibrary(store: ReaderStore = memoryStore()): { library: Library; fetched: string[] } {
  const fetched: string[] = [];
  const library = createLibrary({
    bundled: [headOf(realCorpus())],
    fetchSources: async (story): Promise<StoredSources> => {
      fetched.push(story);
      const { terms = '', sources } = realCorpus();
      return structuredClone({ terms, sources: sources.map(storeSource) });
    },
    store,
    general: async () => generalData(),
  });
  return { library, fetched };
}
