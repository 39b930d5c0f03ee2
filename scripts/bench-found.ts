// npm run bench:found: stories that find themselves, measured in Node (fake-indexeddb stands in
// for the browser's IndexedDB, so the store's share is only indicative).
// - benchFoundDetector: the detector's index with 200 found stories (built as the background
//   builds them, from rounds of the development pool): its size, and the median time to score a
//   5,000-word page against it.
// - benchFoundPath: a pool of 5,000 articles clustered and stored; the time a restarted worker
//   takes to restore the clusterer, and the median time to add one article through the whole
//   path (pool store, clusterer, its stored state, the story rebuilt and stored).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { poolRecord } from '../lib/article-pool';
import { detectIndex } from '../lib/corpus';
import { detectStory, type DetectIndex } from '../lib/detect';
import { createFoundStories, poolArticle } from '../lib/found-stories';
import { dayOf, type PoolArticle } from '../lib/pool/article';
import { addArticle, createPool } from '../lib/pool/cluster';
import { foundStories } from '../lib/pool/found';
import { withoutText } from '../lib/pool/persist';
import { storyFromCluster } from '../lib/pool/story';
import { openClusterStore, openPoolStore, openReaderStore } from '../lib/reader-store';
import { buildContrast } from '../lib/vocabulary';
import { syntheticPool } from './bench-pool';
import { readGeneral } from './packs';
import { readPoolFixtures } from './pool-files';

const TODAY = '2100-01-01';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const entry = (a: PoolArticle) => poolRecord({ title: a.title, outlet: a.outlet, date: a.date, url: a.url, blocks: a.blocks }, 'feed', 0);

/** Index bytes and median ms to score a 5,000-word page of the pool's words in Node, with `count`
 * found stories; the index and the page, for the shipped detector in the browser (bench.ts). */
export function benchFoundDetector(count = 200): { stories: number; indexBytes: number; detectMs: number; buildMs: number; index: DetectIndex; page: string[] } {
  const { articles } = readPoolFixtures();
  const general = readGeneral();
  const pool = createPool(dayOf(TODAY)!, buildContrast(general.frequency, []).english);
  for (let i = 0; foundStories(pool).length < count; i += articles.length) for (const a of syntheticPool(articles, i + articles.length).slice(i)) addArticle(pool, a);
  const start = performance.now();
  const corpora = foundStories(pool).slice(0, count).map(({ cluster, records }) => storyFromCluster(cluster, records, general));
  const buildMs = performance.now() - start;
  const index = detectIndex(corpora);
  const words = articles.flatMap((a) => a.blocks.join(' ').split(/\s+/)).slice(0, 5000);
  const sample = { title: articles[0].title, lead: words.slice(0, 120).join(' '), body: words.slice(120).join(' '), date: null };
  const times = Array.from({ length: 31 }, () => {
    const t = performance.now();
    detectStory(sample, index);
    return performance.now() - t;
  });
  return { stories: corpora.length, indexBytes: JSON.stringify(index).length, detectMs: median(times.slice(1)), buildMs, index, page: [sample.title, ...articles.flatMap((a) => a.blocks)] };
}

/** A stored pool of `size` articles; the restore, and the median ms of adding one article. */
export async function benchFoundPath(size = 5000, measured = 9): Promise<{ restoreMs: number; addMs: number }> {
  const { articles } = readPoolFixtures();
  const general = readGeneral();
  const all = syntheticPool(articles, size + measured);
  const pool = createPool(dayOf(TODAY)!, buildContrast(general.frequency, []).english);
  for (const a of all.slice(0, size)) addArticle(pool, poolArticle(entry(a)));
  const poolStore = openPoolStore();
  const clusters = openClusterStore();
  const limits = { maxArticles: size * 2, maxDays: 1e6 };
  await poolStore.add(all.slice(0, size).map(entry), limits, 0);
  await clusters.save([...pool.records.values()].map(withoutText), [], pool.nextCluster);
  const found = createFoundStories({
    pool: poolStore, clusters, store: openReaderStore(), general: async () => general, today: () => TODAY, changed: async () => {},
  });
  const arrive = async (a: PoolArticle) => found.add(await poolStore.add([entry(a)], limits, 0));
  let t = performance.now();
  await arrive(all[size]);
  const restoreMs = performance.now() - t;
  const times: number[] = [];
  for (const a of all.slice(size + 1)) {
    t = performance.now();
    await arrive(a);
    times.push(performance.now() - t);
  }
  return { restoreMs, addMs: median(times) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const d = benchFoundDetector();
  console.log(`Detector with ${d.stories} found stories: index ${(d.indexBytes / 1024).toFixed(1)} KB, a 5,000-word page scored in ${d.detectMs.toFixed(3)} ms (budget 1 ms); stories built in ${(d.buildMs / 1000).toFixed(1)} s`);
  const p = await benchFoundPath();
  console.log(`Pool of 5,000: restore and first add ${p.restoreMs.toFixed(0)} ms; add one article through the whole path ${p.addMs.toFixed(1)} ms (median)`);
}
