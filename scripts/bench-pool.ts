// npm run bench:pool: the median time to add one article to a pool of 500 and of 5,000 articles.
// The pools are the development pool's articles again and again, each round's names changed
// (every capitalised word gets the round's suffix) and its dates moved on: as many events and
// near-misses as a big pool holds, deterministically.
import { performance } from 'node:perf_hooks';
import { dateOfDay, dayOf, type PoolArticle } from '../lib/pool/article';
import { addArticle, createPool } from '../lib/pool/cluster';
import { readGeneral } from './packs';
import { readPoolFixtures, zipfTable } from './pool-files';

const MEASURED = 25;
const ROUND_DAYS = 11;

/** The round's variant of an article: its names suffixed, its date `round * ROUND_DAYS` later. */
export function variant(article: PoolArticle, round: number): PoolArticle {
  if (round === 0) return article;
  const suffix = round.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
  const rename = (text: string) => text.replace(/\b(\p{Lu}\p{Ll}{3,})/gu, `$1${suffix}`);
  const day = dayOf(article.date);
  return {
    id: `${article.id}~${round}`,
    url: article.url ? `${article.url}?r=${round}` : '',
    title: rename(article.title),
    outlet: article.outlet,
    date: day === null ? '' : dateOfDay(day + round * ROUND_DAYS),
    blocks: article.blocks.map(rename),
  };
}

/** `count` articles: rounds of the development pool. */
export function syntheticPool(base: PoolArticle[], count: number): PoolArticle[] {
  return Array.from({ length: count }, (_, i) => variant(base[i % base.length], Math.floor(i / base.length)));
}

function medianAddMs(base: PoolArticle[], size: number, zipf: Map<string, number>): number {
  const articles = syntheticPool(base, size + MEASURED);
  const pool = createPool(dayOf('2100-01-01')!, zipf);
  for (const a of articles.slice(0, size)) addArticle(pool, a);
  const times = articles.slice(size).map((a) => {
    const start = performance.now();
    addArticle(pool, a);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median milliseconds to add one article to a pool of 500 and of 5,000. */
export function benchPool(): { addMs500: number; addMs5000: number } {
  const { articles } = readPoolFixtures();
  const zipf = zipfTable(readGeneral().frequency);
  return { addMs500: medianAddMs(articles, 500, zipf), addMs5000: medianAddMs(articles, 5000, zipf) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { addMs500, addMs5000 } = benchPool();
  console.log(`Add one article to a pool of 500:   ${addMs500.toFixed(2)} ms (budget 50)`);
  console.log(`Add one article to a pool of 5,000: ${addMs5000.toFixed(2)} ms (budget 50)`);
}
