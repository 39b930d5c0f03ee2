// The clusterer as it is stored: each record with its features and its cluster id, its text left
// out (the article pool keeps it). A worker that restarts rebuilds the pool's indexes from these
// in one pass, without comparing a single article again.
import { bandKeys } from './fingerprint';
import { createPool, type Pool, type PoolRecord } from './cluster';
import { MAX_TERMS, termInformation } from './terms';

/** A record as stored: everything but its text. */
export function withoutText(r: PoolRecord): PoolRecord {
  return { ...r, article: { ...r.article, blocks: [] } };
}

/** The pool these records make, each in the cluster it was stored in; new clusters are numbered
 * from `nextCluster` on (never below the stored ones). */
export function restorePool(today: number, zipf: Map<string, number>, records: PoolRecord[], nextCluster = 0): Pool {
  const pool = createPool(today, zipf);
  for (const r of records) {
    pool.records.set(r.article.id, r);
    for (const a of [r.article, ...r.copies]) {
      pool.aliases.set(a.id, r.article.id);
      if (a.url) pool.aliases.set(a.url, r.article.id);
    }
    for (const t of r.terms.keys()) pool.df.set(t, (pool.df.get(t) ?? 0) + 1);
    if (r.signature) for (const key of bandKeys(r.signature)) (pool.bands.get(key) ?? pool.bands.set(key, []).get(key)!).push(r.article.id);
  }
  for (const r of records) {
    let c = pool.clusters.get(r.cluster);
    if (!c) pool.clusters.set(r.cluster, (c = { id: r.cluster, members: [], sum: new Map(), from: null, to: null, ahead: [] }));
    c.members.push(r.article.id);
    for (const [t, w] of r.terms) c.sum.set(t, (c.sum.get(t) ?? 0) + w);
    if (r.from !== null) {
      c.from = c.from === null ? r.from : Math.min(c.from, r.from);
      c.to = c.to === null ? r.to : Math.max(c.to!, r.to!);
    }
    c.ahead.push(...r.ahead);
    // The terms that look the cluster up, as the clusterer posts them on a join.
    const telling = [...r.terms.keys()]
      .map((t): [string, number] => [t, r.terms.get(t)! * termInformation(t, pool.df.get(t) ?? 0, records.length, zipf)])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_TERMS / 4);
    for (const [t] of telling) (pool.postings.get(t) ?? pool.postings.set(t, new Set()).get(t)!).add(c.id);
  }
  pool.nextCluster = Math.max(nextCluster, ...records.map((r) => r.cluster + 1));
  return pool;
}
