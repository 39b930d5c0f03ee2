// A found story as a pack would be: its story.json made from what its articles say (the words its
// headlines share most, else the earliest headline; the names and terms most of its articles
// share; the span of their dates), built by the same prepareStory that builds a bundled pack.
import { prepareStory, type General, type StoryCorpus } from '../corpus';
import type { StoryMeta } from '../pack';
import type { SourceFile } from '../sources';
import { NAME_WORD, isStopword } from '../text/tokens';
import { dateOfDay } from './article';
import type { Cluster, PoolRecord } from './cluster';
import { foundStoryId } from './found';

/** Headline words that most headlines share make the title when there are this many. */
const TITLE_WORDS = 3;
const SUMMARY_TERMS = 8;

/** The words of a headline as written, function words and the letters of a number ("15th",
 * "2-0s") left out. */
function headlineWords(title: string): string[] {
  return [...title.matchAll(NAME_WORD)]
    .filter((m) => !/\d/.test(title[m.index - 1] ?? ''))
    .map((m) => m[0].replace(/['’]s$/, '').replace(/\.$/, ''))
    .filter((w) => w.length > 1 && !isStopword(w.toLowerCase()));
}

/** The title: the headline words at least half the headlines share, in the order of the
 * earliest headline that has them all; else that earliest headline. */
export function storyTitle(records: PoolRecord[]): string {
  const sorted = [...records].sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity) || (a.article.id < b.article.id ? -1 : 1));
  const counts = new Map<string, number>();
  for (const r of sorted) for (const w of new Set(headlineWords(r.article.title).map((x) => x.toLowerCase()))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const shared = (w: string) => (counts.get(w.toLowerCase()) ?? 0) * 2 >= records.length;
  for (const r of sorted) {
    const words = [...new Set(headlineWords(r.article.title).filter(shared))];
    if (words.length >= TITLE_WORDS) return words.join(' ');
  }
  return sorted.find((r) => r.article.title)?.article.title ?? 'Untitled story';
}

/** The summary: the terms most of the articles share, most shared first. */
export function storySummary(records: PoolRecord[]): string {
  const df = new Map<string, { n: number; raw: string }>();
  for (const r of records) {
    const seen = new Set<string>();
    for (const w of headlineWords([r.article.title, ...r.article.blocks.slice(0, 3)].join(' '))) {
      const key = w.toLowerCase();
      if (seen.has(key) || !/^\p{Lu}/u.test(w)) continue;
      seen.add(key);
      df.set(key, { n: (df.get(key)?.n ?? 0) + 1, raw: df.get(key)?.raw ?? w });
    }
  }
  const top = [...df.values()].filter((d) => d.n * 2 >= records.length).sort((a, b) => b.n - a.n || (a.raw < b.raw ? -1 : 1));
  return top.slice(0, SUMMARY_TERMS).map((d) => d.raw).join(', ') || storyTitle(records);
}

/** The story.json of a cluster. */
export function storyMeta(cluster: Cluster, records: PoolRecord[]): StoryMeta {
  const days = records.flatMap((r) => (r.from === null ? [] : [r.from]));
  const from = days.length ? dateOfDay(Math.min(...days)) : '1970-01-01';
  const to = days.length ? dateOfDay(Math.max(...days)) : from;
  return { id: foundStoryId(cluster.id), title: storyTitle(records), summary: storySummary(records), from, to, language: 'en' };
}

/** A record as a source file: one per text, at its first address. */
function sourceOf(r: PoolRecord, index: number): SourceFile {
  const { article } = r;
  const id = `found-${index}-${article.id.replace(/[^\w.-]+/g, '-').slice(0, 60)}`;
  return { id, title: article.title, outlet: article.outlet, date: article.date, url: article.url, body: [article.title, ...article.blocks].join('\n') };
}

/** A cluster of at least three texts from two outlets as the corpus a pack builds. */
export function storyFromCluster(cluster: Cluster, records: PoolRecord[], general: General, others: string[] = []): StoryCorpus {
  return prepareStory({ story: storyMeta(cluster, records), sources: records.map(sourceOf) }, general, others);
}
