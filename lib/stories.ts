// The stories as the background holds them: the bundled ones (their heads in the bundle, their
// sources fetched the first time a story is asked for) and the reader's (imported packs, pages
// added to a story, stories found in the article pool), each story's matcher and search built
// once and kept while the background lives. The reader's part lives behind ReaderStore
// (IndexedDB in the extension).
import { fnv1a } from './text/hash';
import { detectIndex, prepareSource, prepareStory, readStoredSource, sourceLabel, type CorpusSource, type General, type StoredSources, type StoryCorpus } from './corpus';
import type { DetectIndex } from './detect';
import { createMatcher, type Matcher, type MatchOptions } from './match/matcher';
import type { ClaimResult } from './match/verdicts';
import { toPackFile, type PackFile, type StoryMeta, type StoryPack } from './pack';
import { createSearch, groupHits, type SearchHit, type SearchResult } from './search';
import type { SourceOrigin, StoryOrigin } from './origins';
import type { RecognitionFault } from './recognition';
import type { SourceFile } from './sources';

/** A corpus source as lists show it: metadata only, never the text. */
export interface SourceSummary {
  id: string;
  /** The article's own title; empty when it states none. */
  title: string;
  /** What lists show: the title, else the opening words (sourceLabel). */
  label: string;
  outlet: string;
  date: string;
  /** The article's address, when it states one. */
  url?: string;
  sentences: number;
}
/** A story's sources as lists show them, and the names its sources use in full. */
export interface StorySources {
  /** The story, or null when the sources of every story were asked for. */
  story: { id: string; title: string; summary: string; found?: { articles: number; outlets: number } } | null;
  sources: SourceSummary[];
  names: string[];
}

/** What is known of a story without its sources: enough to detect it and to list it. */
export type StoryHead = Omit<StoryCorpus, 'sources'> & { sources: SourceSummary[] };

/** A source the reader added (a page, or a source of an imported pack), or an article of a found story. */
export interface ReaderSource {
  story: string;
  source: CorpusSource;
  /** Absent in a source stored before origins were kept. */
  origin?: 'imported' | 'added' | 'found';
}

/** A found story's own record: the cluster it was built from and what the reader made of it. */
export interface FoundMeta {
  story: string;
  cluster: number;
  /** Kept by the reader: it never expires, and stays as the reader's when the pool is forgotten. */
  kept: boolean;
  /** The reader's name for it; null: the title made from its articles. */
  title: string | null;
  /** Deleted by the reader: its cluster makes no story again (until the pool is forgotten). */
  deleted: boolean;
  /** Texts (a wire copy counts once) and their outlets. */
  articles: number;
  outlets: string[];
}

const PAGE_ID_PREFIX = 'page-';

/** A reader's source's origin; one stored without it was a page if its id is a page's. */
export function readerOrigin(r: ReaderSource): 'imported' | 'added' | 'found' {
  return r.origin ?? (r.source.id.startsWith(PAGE_ID_PREFIX) ? 'added' : 'imported');
}

/** The reader's part: stories they imported (with their head), pages they added, stories off. */
export interface ReaderStore {
  heads(): Promise<StoryHead[]>;
  sources(story?: string): Promise<ReaderSource[]>;
  /** A story's sources as the matcher loads them, as a bundled story's are: its one term table
   * and its sources in the stored form, numbered there (their fields parsed when first read). */
  story(story: string): Promise<{ terms: string; sources: ReaderSource[] }>;
  disabled(): Promise<string[]>;
  /** All or nothing: the new head (if any) and every source, in one transaction. Each source is
   * stored numbered in its story's table; `terms` is the table the sources were prepared with,
   * when their indexes hold no terms of their own. */
  save(change: { head?: StoryHead; sources: ReaderSource[]; terms?: string }): Promise<void>;
  removeSource(id: string): Promise<void>;
  setDisabled(story: string, off: boolean): Promise<void>;
  found(): Promise<FoundMeta[]>;
  setFound(meta: FoundMeta): Promise<void>;
  /** All or nothing: the story's head, its sources (replacing all it had) and its found record. */
  replaceStory(change: { head: StoryHead; sources: ReaderSource[]; found: FoundMeta; terms?: string }): Promise<void>;
  /** The story, its sources and its switch gone; its found record replaced by `found`, or gone. */
  removeStory(story: string, found?: FoundMeta): Promise<void>;
}

/** A story as the options page lists it. */
export interface StoryRow {
  story: StoryMeta;
  origin: StoryOrigin;
  enabled: boolean;
  /** Why the story cannot recognise its pages, or null. */
  recognition: RecognitionFault | null;
  sources: (SourceSummary & { origin: SourceOrigin })[];
  /** A found story's articles, outlets and whether the reader keeps it; null for a pack. */
  found: Pick<FoundMeta, 'kept' | 'articles' | 'outlets'> | null;
}

/** What an import did; `recognition` is a new story's fault (a merge keeps the story's vocabulary). */
export interface Imported {
  story: string;
  added: number;
  skipped: number;
  recognition: RecognitionFault | null;
}

export interface Library {
  /** The detector's index of every story that is on. */
  index(): Promise<DetectIndex>;
  has(story: string): Promise<boolean>;
  matcher(story: string): Promise<Matcher>;
  sources(story: string | null): Promise<StorySources>;
  search(query: string, story: string | null): Promise<SearchResult[]>;
  /** A look-up in one story, or in every story that is on (the best answer wins). */
  lookup(text: string, story: string | null, options?: MatchOptions): Promise<ClaimResult>;
  rows(): Promise<StoryRow[]>;
  addPage(story: string, page: SourceFile): Promise<SourceSummary>;
  removeSource(id: string): Promise<void>;
  importPack(pack: StoryPack): Promise<Imported>;
  exportPack(story: string): Promise<PackFile>;
  setEnabled(story: string, on: boolean): Promise<void>;
  /** A found story: the reader's name for it, kept or not, deleted. */
  renameStory(story: string, title: string): Promise<void>;
  keepStory(story: string, keep: boolean): Promise<void>;
  deleteStory(story: string): Promise<void>;
  /** The store was changed by another writer (the found stories): read it again. */
  reload(story?: string): void;
}

export interface LibraryParts {
  bundled: StoryHead[];
  /** A bundled story's sources, fetched from the extension's own files. */
  fetchSources(story: string): Promise<StoredSources>;
  store: ReaderStore;
  /** What a reader's story is contrasted with, fetched when a pack is first imported. */
  general(): Promise<General>;
}

const VERDICT_RANK = { corroborated: 2, varying: 1, unique: 0 } as const;

export function summarize(source: CorpusSource): SourceSummary {
  return { id: source.id, title: source.title, label: sourceLabel(source), outlet: source.outlet, date: source.date, url: source.url, sentences: source.sentences.length };
}

/** The head of a prepared story. */
export function headOf({ terms: _shared, ...corpus }: StoryCorpus): StoryHead {
  return { ...corpus, sources: corpus.sources.map(summarize) };
}

/** A short id for a page the reader adds, from its address: the same page gets the same id. */
export function pageSourceId(url: string): string {
  return `${PAGE_ID_PREFIX}${fnv1a(url).toString(36)}`;
}

export function createLibrary(parts: LibraryParts): Library {
  const loaded = new Map<string, Promise<{ corpus: StoryCorpus; matcher: Matcher; search: (query: string) => SearchHit[] }>>();
  // What the reader's store holds, read once and again only after a change through this library
  // (its only writer): every message asks which stories there are.
  let catalogue: Promise<Catalogue> | undefined;
  const forget = (story: string) => {
    catalogue = undefined;
    loaded.delete(story);
  };
  const read = () => {
    catalogue ??= readCatalogue(parts);
    catalogue.catch(() => (catalogue = undefined));
    return catalogue;
  };
  const heads = async () => (await read()).heads;
  async function enabledHeads() {
    const { heads, off } = await read();
    return heads.filter((h) => !off.has(h.story.id));
  }
  async function head(story: string) {
    const h = (await heads()).find((x) => x.story.id === story);
    if (!h) throw new Error(`no story "${story}"`);
    return h;
  }

  function load(story: string) {
    let entry = loaded.get(story);
    if (!entry) {
      entry = (async () => {
        const h = await head(story);
        const reader = await parts.store.story(story);
        const own = reader.sources.map((r) => r.source);
        const corpus: StoryCorpus = parts.bundled.some((b) => b.story.id === story) ? withBundled(h, await parts.fetchSources(story), reader.terms, own) : { ...h, terms: reader.terms, sources: own };
        // The search is built on the first search: a page's claims need the matcher alone.
        let search: ReturnType<typeof createSearch> | undefined;
        return { corpus, matcher: createMatcher(corpus), search: (query: string) => (search ??= createSearch(corpus))(query) };
      })();
      entry.catch(() => forget(story));
      loaded.set(story, entry);
    }
    return entry;
  }

  async function everyEnabled() {
    return Promise.all((await enabledHeads()).map((h) => load(h.story.id)));
  }

  return {
    index: async () => detectIndex(await enabledHeads()),
    has: async (story) => (await enabledHeads()).some((h) => h.story.id === story),
    matcher: async (story) => (await load(story)).matcher,
    async sources(story) {
      if (story) {
        const h = await head(story);
        const found = (await read()).found.get(story);
        const counts = found ? { found: { articles: found.articles, outlets: found.outlets.length } } : {};
        return { story: { id: h.story.id, title: h.story.title, summary: h.story.summary, ...counts }, sources: h.sources, names: h.names };
      }
      const all = await enabledHeads();
      return { story: null, sources: all.flatMap((h) => h.sources), names: all.flatMap((h) => h.names) };
    },
    async search(query, story) {
      const hits = (story ? [await load(story)] : await everyEnabled()).flatMap((l) => l.search(query));
      // Best first (a stable sort keeps each story's exact words ahead of its near ones).
      return groupHits(hits.sort((a, b) => b.score - a.score));
    },
    async lookup(text, story, options) {
      const stories = story ? [await load(story)] : await everyEnabled();
      const results = stories.map((l) => l.matcher.lookup(text, options));
      const top = (r: ClaimResult) => VERDICT_RANK[r.verdict] * 10 + Math.max(0, ...r.evidence.map((e) => e.score));
      return results.reduce((best, r) => (top(r) > top(best) ? r : best));
    },
    async rows() {
      const { heads, off, origins, found } = await read();
      return heads.map((h) => {
        const meta = found.get(h.story.id);
        return {
          story: h.story,
          origin: parts.bundled.some((b) => b.story.id === h.story.id) ? 'bundled' : meta ? 'found' : 'imported',
          enabled: !off.has(h.story.id),
          recognition: h.recognition ?? null,
          sources: h.sources.map((s) => ({ ...s, origin: origins.get(s.id) ?? 'bundled' })),
          found: meta ? { kept: meta.kept, articles: meta.articles, outlets: meta.outlets } : null,
        };
      });
    },
    async addPage(story, page) {
      await head(story);
      const source = prepareSource(page);
      await parts.store.save({ sources: [{ story, source, origin: 'added' }] });
      forget(story);
      return summarize(source);
    },
    async removeSource(id) {
      const owner = (await heads()).find((h) => h.sources.some((s) => s.id === id));
      const origin = (await read()).origins.get(id);
      if (!owner || !origin || origin === 'found') throw new Error('Only sources you added can be removed.');
      await parts.store.removeSource(id);
      forget(owner.story.id);
    },
    async importPack(pack) {
      const all = await heads();
      const existing = all.find((h) => h.story.id === pack.story.id);
      const taken = new Set(all.flatMap((h) => h.sources.map((s) => s.id)));
      const fresh = pack.sources.filter((s) => !taken.has(s.id));
      // A new story's sources come prepared with it, numbered in its table (the store's table for
      // the story starts as that one); a merge's are prepared each on its own.
      let newStory: StoryCorpus | undefined;
      if (!existing) {
        const others = (await everyEnabled()).flatMap((l) => l.corpus.sources.map((s) => s.text)).slice(0, 200);
        newStory = prepareStory({ story: pack.story, sources: fresh }, await parts.general(), others);
      }
      const sources = newStory?.sources ?? fresh.map((f) => prepareSource(f));
      await parts.store.save({ head: newStory && headOf(newStory), sources: sources.map((source) => ({ story: pack.story.id, source, origin: 'imported' as const })), terms: newStory?.terms });
      forget(pack.story.id);
      return { story: pack.story.id, added: fresh.length, skipped: pack.sources.length - fresh.length, recognition: newStory?.recognition ?? null };
    },
    async exportPack(story) {
      const { corpus } = await load(story);
      return toPackFile({ story: corpus.story, sources: corpus.sources.map(({ text, ...meta }) => ({ ...meta, body: text })) });
    },
    async setEnabled(story, on) {
      await head(story);
      await parts.store.setDisabled(story, !on);
      catalogue = undefined;
    },
    ...foundStoryEdits(parts, read, forget),
    reload: (story) => (story ? forget(story) : void (catalogue = undefined)),
  };
}

/** A bundled story's sources and those the reader added to it. The reader's number their terms in
 * the reader's table for the story, not the bundle's: each carries that table as its own terms
 * (pages added by hand: a small table). */
function withBundled(h: StoryHead, bundled: StoredSources, readerTerms: string, reader: CorpusSource[]): StoryCorpus {
  const own = bundled.sources.map(readStoredSource);
  const ids = new Set(own.map((s) => s.id));
  const added = reader.filter((r) => !ids.has(r.id)).map((r) => (r.index && r.index.terms === undefined ? Object.assign(r, { index: { ...r.index, terms: readerTerms } }) : r));
  return { ...h, terms: bundled.terms, sources: [...own, ...added] };
}

interface Catalogue {
  heads: StoryHead[];
  off: Set<string>;
  origins: Map<string, 'imported' | 'added' | 'found'>;
  found: Map<string, FoundMeta>;
}

/** What the reader's store holds, with the bundled stories, as the library lists it. */
async function readCatalogue(parts: LibraryParts): Promise<Catalogue> {
  const [reader, added, off, metas] = await Promise.all([parts.store.heads(), parts.store.sources(), parts.store.disabled(), parts.store.found()]);
  const found = new Map(metas.filter((m) => !m.deleted).map((m) => [m.story, m]));
  const bundledIds = new Set(parts.bundled.map((h) => h.story.id));
  const named = (h: StoryHead): StoryHead => (found.get(h.story.id)?.title ? { ...h, story: { ...h.story, title: found.get(h.story.id)!.title! } } : h);
  // A reader's story lists the sources the store still holds (one removed is gone from its
  // head's list too); a bundled one its own and the reader's.
  const heads = [...parts.bundled, ...reader.filter((h) => !bundledIds.has(h.story.id)).map((h) => ({ ...named(h), sources: [] }))].map((h) => ({
    ...h,
    sources: [...h.sources, ...added.filter((a) => a.story === h.story.id && !h.sources.some((s) => s.id === a.source.id)).map((a) => summarize(a.source))],
  }));
  return { heads, off: new Set(off), origins: new Map(added.map((a) => [a.source.id, readerOrigin(a)])), found };
}

/** What the reader can do to a story found in the pool: name it, keep it, delete it. */
function foundStoryEdits(parts: LibraryParts, read: () => Promise<Catalogue>, forget: (story: string) => void): Pick<Library, 'renameStory' | 'keepStory' | 'deleteStory'> {
  async function foundMeta(story: string): Promise<FoundMeta> {
    const meta = (await read()).found.get(story);
    if (!meta) throw new Error('Only a found story can be renamed, kept or deleted.');
    return meta;
  }
  return {
    async renameStory(story, title) {
      const name = title.trim();
      if (!name) throw new Error('A story needs a name.');
      await parts.store.setFound({ ...(await foundMeta(story)), title: name });
      forget(story);
    },
    async keepStory(story, keep) {
      await parts.store.setFound({ ...(await foundMeta(story)), kept: keep });
      forget(story);
    },
    async deleteStory(story) {
      await parts.store.removeStory(story, { ...(await foundMeta(story)), deleted: true, kept: false });
      forget(story);
    },
  };
}
