// Which clusters are stories: the same event reported by at least two outlets, three texts in
// all. A copy of a text (wire copy on another site) is no second text and no second outlet.
import type { Cluster, Pool, PoolRecord } from './cluster';

export const MIN_TEXTS = 3;
export const MIN_OUTLETS = 2;

/** A found story's id: its cluster's. */
export const foundStoryId = (cluster: number) => `found-${cluster}`;

/** The cluster of a found story's id; null for any other story. */
export function foundCluster(story: string): number | null {
  const m = /^found-(\d+)$/.exec(story);
  return m ? Number(m[1]) : null;
}
/** An outlet as the page names it, else its site's address. */
export function outletOf(article: { outlet: string; url: string }): string {
  if (article.outlet) return article.outlet.toLowerCase();
  const host = /^https?:\/\/([^/:?#]+)/i.exec(article.url);
  return host ? host[1].toLowerCase().replace(/^www\./, '') : '';
}

export function isStory(records: PoolRecord[]): boolean {
  const outlets = new Set(records.map((r) => outletOf(r.article)).filter(Boolean));
  return records.length >= MIN_TEXTS && outlets.size >= MIN_OUTLETS;
}

/** The pool's stories: clusters that are stories, with their records. */
export function foundStories(pool: Pool): { cluster: Cluster; records: PoolRecord[] }[] {
  const out: { cluster: Cluster; records: PoolRecord[] }[] = [];
  for (const cluster of pool.clusters.values()) {
    const records = cluster.members.map((id) => pool.records.get(id)!);
    if (isStory(records)) out.push({ cluster, records });
  }
  return out;
}

/** Every id in the pool (copies too) -> the story it belongs to; ids in no story are absent. */
export function storyOfIds(pool: Pool): Map<string, string> {
  const out = new Map<string, string>();
  for (const { cluster, records } of foundStories(pool)) {
    for (const r of records) for (const id of [r.article.id, ...r.copies.map((c) => c.id)]) out.set(id, String(cluster.id));
  }
  return out;
}
