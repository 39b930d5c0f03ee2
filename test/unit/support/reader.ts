// A ReaderStore in memory, and a library over the real bundled story, for tests of the
// background's modules without a browser.
import { storeSource, type StoredSources } from '../../../lib/corpus';
import { createLibrary, headOf, type FoundMeta, type Library, type ReaderSource, type ReaderStore, type StoryHead } from '../../../lib/stories';
import { generalData, realCorpus } from './corpus';

export function memoryStore(): ReaderStore & { failNextSave(): void } {
  const heads = new Map<string, StoryHead>();
  const sources = new Map<string, ReaderSource>();
  const off = new Set<string>();
  const found = new Map<string, FoundMeta>();
  let fail = false;
  const dropStory = (story: string) => {
    heads.delete(story);
    off.delete(story);
    for (const [id, s] of sources) if (s.story === story) sources.delete(id);
  };
  return {
    heads: async () => structuredClone([...heads.values()]),
    sources: async (story) => structuredClone([...sources.values()].filter((s) => !story || s.story === story)),
    disabled: async () => [...off],
    async save({ head, sources: list }) {
      if (fail) {
        fail = false;
        throw new Error('quota exceeded');
      }
      if (head) heads.set(head.story.id, structuredClone(head));
      for (const s of list) sources.set(s.source.id, structuredClone(s));
    },
    removeSource: async (id) => void sources.delete(id),
    setDisabled: async (story, o) => void (o ? off.add(story) : off.delete(story)),
    found: async () => structuredClone([...found.values()]),
    setFound: async (meta) => void found.set(meta.story, structuredClone(meta)),
    async replaceStory({ head, sources: list, found: meta }) {
      for (const [id, s] of sources) if (s.story === head.story.id) sources.delete(id);
      heads.set(head.story.id, structuredClone(head));
      for (const s of list) sources.set(s.source.id, structuredClone(s));
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
