// The bundled stories as the background holds them: each story's matcher and search built
// the first time that story is asked for, and kept while the background lives.
import { detectIndex, sourceLabel, type CorpusData, type StoryCorpus } from './corpus';
import type { DetectIndex } from './detect';
import { createMatcher, type ClaimResult, type Matcher, type MatchOptions } from './match';
import type { SourceSummary, StorySources } from './messages';
import { createSearch, type SearchResult } from './search';

export interface Stories {
  index: DetectIndex;
  has(story: string): boolean;
  matcher(story: string): Matcher;
  sources(story: string | null): StorySources;
  search(query: string, story: string | null): SearchResult[];
  /** A look-up in one story, or in every story (the best answer wins). */
  lookup(text: string, story: string | null, options?: MatchOptions): ClaimResult;
}

const VERDICT_RANK = { corroborated: 2, varying: 1, unique: 0 } as const;

export function summarize(source: StoryCorpus['sources'][number]): SourceSummary {
  return { id: source.id, title: source.title, label: sourceLabel(source), outlet: source.outlet, date: source.date, sentences: source.sentences.length };
}

export function loadStories(corpus: CorpusData): Stories {
  const byId = new Map(corpus.stories.map((s) => [s.story.id, s]));
  const matchers = new Map<string, Matcher>();
  const searches = new Map<string, ReturnType<typeof createSearch>>();
  const all = { sources: corpus.stories.flatMap((s) => s.sources), names: corpus.stories.flatMap((s) => s.names) };
  const get = (id: string) => {
    const story = byId.get(id);
    if (!story) throw new Error(`no story "${id}"`);
    return story;
  };
  const matcher = (id: string) => matchers.get(id) ?? matchers.set(id, createMatcher(get(id))).get(id)!;
  const search = (id: string | null) => {
    const key = id ?? '';
    return searches.get(key) ?? searches.set(key, createSearch(id ? get(id) : all)).get(key)!;
  };
  return {
    index: detectIndex(corpus.stories),
    has: (id) => byId.has(id),
    matcher,
    sources(id) {
      const story = id ? get(id) : null;
      return {
        story: story && { id: story.story.id, title: story.story.title, summary: story.story.summary },
        sources: (story ? story.sources : all.sources).map(summarize),
        names: story ? story.names : all.names,
      };
    },
    search: (query, id) => search(id)(query),
    lookup(text, id, options) {
      const results = (id ? [id] : [...byId.keys()]).map((s) => matcher(s).lookup(text, options));
      const top = (r: ClaimResult) => VERDICT_RANK[r.verdict] * 10 + Math.max(0, ...r.evidence.map((e) => e.score));
      return results.reduce((best, r) => (top(r) > top(best) ? r : best));
    },
  };
}
