// Stories that find themselves, in the background: each article the pool gains joins the
// clusterer (lib/pool); a cluster that becomes a story, or a story's cluster that changed, is
// built again with the code that builds a pack and stored as an imported pack is (head and
// sources in the reader's store), the others untouched. The clusterer's state is stored beside
// the pool, so a worker that restarts goes on where it stopped. Browser calls come in as parts.
import type { PageSource } from './article';
import type { PoolRecord as PoolEntry } from './article-pool';
import type { General } from './corpus';
import { dayOf, type PoolArticle } from './pool/article';
import { addArticle, type Pool, type PoolRecord } from './pool/cluster';
import { foundCluster, foundStoryId, isStory, outletOf } from './pool/found';
import { reportsEvent } from './pool/coverage';
import { restorePool, withoutText } from './pool/persist';
import { storyFromCluster } from './pool/story';
import type { ClusterStore, PoolStore } from './reader-store';
import { headOf, type FoundMeta, type ReaderStore } from './stories';
import { buildContrast } from './vocabulary';

export interface FoundStoriesParts {
  pool: Pick<PoolStore, 'ids' | 'get'>;
  clusters: ClusterStore;
  store: ReaderStore;
  general(): Promise<General>;
  /** Today, YYYY-MM-DD: a date after it is a page's mistake. */
  today(): string;
  /** These stories came, changed or went: the library reads them again, the detector's index follows. */
  changed(stories: string[]): Promise<void>;
}

/** A pool entry as the clusterer reads it. */
export function poolArticle(entry: PoolEntry): PoolArticle {
  return { id: entry.id, url: entry.urls[0] ?? '', title: entry.title, outlet: entry.outlet, date: entry.date, blocks: entry.blocks };
}

export function createFoundStories(p: FoundStoriesParts) {
  // The clusterer, and the ids of its records whose articles have left the pool (they stay in it
  // until the worker restarts, as nothing takes a record out of a cluster, but in no story).
  let state: Promise<{ pool: Pool; left: Set<string> }> | undefined;
  // One change at a time: each reads the state the one before it left.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T,>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job);
    queue = next.catch(() => {});
    return next;
  };

  /** The clusterer as stored. */
  function restore() {
    state ??= (async () => {
      const [general, stored, next] = await Promise.all([p.general(), p.clusters.records(), p.clusters.nextCluster()]);
      return { pool: restorePool(dayOf(p.today()) ?? 0, buildContrast(general.frequency, []).english, stored, next), left: new Set<string>() };
    })();
    state.catch(() => (state = undefined));
    return state;
  }

  /** The records of a cluster with their text, those still in the pool. */
  async function withText(records: PoolRecord[]): Promise<PoolRecord[]> {
    const entries = new Map((await p.pool.get(records.map((r) => r.article.id))).map((e) => [e.id, e]));
    return records.flatMap((r) => (entries.has(r.article.id) ? [{ ...r, article: { ...r.article, blocks: entries.get(r.article.id)!.blocks } }] : []));
  }

  /** Builds again the story of each of these clusters; one that is no story any more goes, unless
   * kept. A story merged into another (`merges`: gone -> kept cluster) hands it the reader's name and keep. */
  async function rebuild(pool: Pool, clusters: Set<number>, merges: Map<number, number>): Promise<string[]> {
    const metas = new Map((await p.store.found()).map((m) => [m.story, m]));
    for (const [gone, kept] of merges) inheritMeta(metas, foundStoryId(gone), foundStoryId(kept), kept);
    const general = await p.general();
    const changed: string[] = [];
    for (const id of clusters) {
      const story = foundStoryId(id);
      const meta = metas.get(story);
      if (meta?.deleted) continue;
      const cluster = pool.clusters.get(id);
      const records = cluster ? await withText(cluster.members.map((m) => pool.records.get(m)!)) : [];
      // A kept story never expires: it is built again when it gains, never when its articles leave.
      if (cluster && isStory(records) && !(meta?.kept && records.length < meta.articles)) {
        const corpus = storyFromCluster(cluster, records, general);
        const outlets = [...new Set(records.map((r) => r.article.outlet || outletOf(r.article)))];
        await p.store.replaceStory({
          head: headOf(corpus),
          sources: corpus.sources.map((source) => ({ story, source, origin: 'found' as const })),
          terms: corpus.terms,
          found: { story, cluster: id, kept: meta?.kept ?? false, title: meta?.title ?? null, deleted: false, articles: records.length, outlets },
        });
      } else if (meta && !meta.kept) {
        await p.store.removeStory(story);
      } else continue;
      changed.push(story);
    }
    return changed;
  }

  return {
    /** The articles the pool gained: each joins the clusterer; the stories whose clusters changed follow. */
    add: (entries: PoolEntry[]) =>
      serial(async () => {
        const { pool, left } = await restore();
        const was = new Map([...pool.records].map(([id, r]) => [id, r.cluster]));
        const touched = new Set<number>();
        const merges = new Map<number, number>();
        // Articles the pool's limits sent out since the last change: their stories are built again without them.
        const inPool = new Set(await p.pool.ids());
        const leaving = [...pool.records.values()].filter((r) => !inPool.has(r.article.id) && !left.has(r.article.id));
        for (const r of leaving) {
          left.add(r.article.id);
          touched.add(r.cluster);
        }
        // A copy adds an address to the text it copies: that record is stored again.
        const copied = new Set<string>();
        for (const entry of entries) {
          const result = addArticle(pool, poolArticle(entry));
          touched.add(result.cluster);
          if (result.kind === 'added' && result.merged !== null) {
            touched.add(result.merged);
            merges.set(result.merged, result.cluster);
          }
          if (result.kind === 'copy') copied.add(result.of);
        }
        // Records that came or moved (a merge, a split) are stored again; their text stays in the pool.
        const moved: PoolRecord[] = [];
        for (const [id, r] of pool.records) {
          if (left.has(id) || (was.get(id) === r.cluster && !r.article.blocks.length && !copied.has(id))) continue;
          if (was.has(id)) touched.add(was.get(id)!);
          touched.add(r.cluster);
          pool.records.set(id, withoutText(r));
          moved.push(pool.records.get(id)!);
        }
        await p.clusters.save(moved, leaving.map((r) => r.article.id), pool.nextCluster);
        const changed = await rebuild(pool, touched, merges);
        if (changed.length) await p.changed(changed);
        return changed;
      }),
    /** Whether a page the detector found to cover a story reports its event: for a found story,
     * the clusterer's say (pool/coverage.ts); any other story is the detector's alone. */
    async covers(story: string, page: PageSource): Promise<boolean> {
      const cluster = foundCluster(story);
      if (cluster === null) return true;
      const { pool } = await restore();
      // A story kept after its cluster went has no event to tell apart.
      return !pool.clusters.has(cluster) || reportsEvent(pool, cluster, { id: page.url, ...page });
    },
    /** The pool was forgotten: found stories go; a kept one stays as the reader's, its sources with it. */
    forget: () =>
      serial(async () => {
        await p.clusters.clear();
        state = undefined;
        const [metas, heads] = await Promise.all([p.store.found(), p.store.heads()]);
        for (const meta of metas) {
          const head = heads.find((h) => h.story.id === meta.story);
          const kept = head && meta.kept && !meta.deleted ? await p.store.story(meta.story) : null;
          await p.store.removeStory(meta.story);
          if (head && kept) {
            const story = { ...head.story, title: meta.title ?? head.story.title };
            await p.store.save({ head: { ...head, story }, sources: kept.sources.map((s) => ({ ...s, origin: 'imported' as const })), terms: kept.terms });
          }
        }
        if (metas.length) await p.changed(metas.map((m) => m.story));
      }),
  };
}

/** The reader's name and keep of a story that merged into another go to that one (its own name
 * first); the merged story then goes like any cluster that is gone. */
export function inheritMeta(metas: Map<string, FoundMeta>, gone: string, kept: string, cluster: number): void {
  const from = metas.get(gone);
  if (!from || from.deleted || (from.title === null && !from.kept)) return;
  const to = metas.get(kept);
  if (to?.deleted) return;
  metas.set(kept, { story: kept, cluster, articles: 0, outlets: [], deleted: false, ...to, title: to?.title ?? from.title, kept: (to?.kept ?? false) || from.kept });
  metas.set(gone, { ...from, kept: false });
}

export type FoundStories = ReturnType<typeof createFoundStories>;
