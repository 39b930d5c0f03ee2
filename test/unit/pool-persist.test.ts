// The clusterer as stored and restored (lib/pool/persist): a restarted worker's pool groups the
// articles that come next as the pool that never stopped would.
import { beforeAll, describe, expect, it } from 'vitest';
import { dayOf, type PoolArticle } from '../../lib/pool/article';
import { addArticle, createPool, type Pool } from '../../lib/pool/cluster';
import { restorePool, withoutText } from '../../lib/pool/persist';
import { buildContrast } from '../../lib/vocabulary';
import { readPoolFixtures } from '../../scripts/pool-files';
import { generalData } from './support/corpus';

let articles: PoolArticle[];
let zipf: Map<string, number>;
beforeAll(() => {
  articles = readPoolFixtures().articles;
  zipf = buildContrast(generalData().frequency, []).english;
});

/** Each article's fellow members, as sorted id lists: the grouping, whatever the cluster numbers. */
const grouping = (pool: Pool) =>
  Object.fromEntries([...pool.records.values()].map((r) => [r.article.id, [...pool.clusters.get(r.cluster)!.members].sort()]));

describe('restorePool', () => {
  it('rebuilds the pool from stored records (text left out): the same clusters, and the same joins after', () => {
    const today = dayOf('2026-12-01')!;
    const live = createPool(today, zipf);
    const half = Math.floor(articles.length / 2);
    for (const a of articles.slice(0, half)) addArticle(live, a);
    const stored = structuredClone([...live.records.values()].map(withoutText));
    expect(stored.every((r) => r.article.blocks.length === 0)).toBe(true);
    const restored = restorePool(today, zipf, stored, live.nextCluster);
    expect(grouping(restored)).toEqual(grouping(live));
    expect([...restored.df]).toEqual([...live.df]);
    expect(restored.nextCluster).toBe(live.nextCluster);
    for (const a of articles.slice(half)) {
      const [x, y] = [addArticle(live, a), addArticle(restored, a)];
      expect(y.kind).toBe(x.kind);
    }
    expect(grouping(restored)).toEqual(grouping(live));
    // A known address is known after a restore too.
    expect(addArticle(restored, { ...articles[0], id: 'again' }).kind).toBe('known');
  });

  it('numbers new clusters after every stored one, and after a number it was told to keep', () => {
    const pool = createPool(0);
    addArticle(pool, articles[0]);
    const [record] = [...pool.records.values()].map(withoutText);
    expect(restorePool(0, new Map(), [{ ...record, cluster: 7 }]).nextCluster).toBe(8);
    expect(restorePool(0, new Map(), [], 12).nextCluster).toBe(12);
  });
});
