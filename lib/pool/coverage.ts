// Whether a page reports a found story's event. The detector knows a story by its words, and the
// same people at another event (the semi-final the day before the final) share most of them; the
// clusterer tells events apart. A page is the story's when the clusterer would put it with the
// story's reports; not when it would put it with another group; and when it would start a group of
// its own, not when its lead also names another day without the words the story's leads agree on.
import type { PoolArticle } from './article';
import { placeRecord, type Pool } from './cluster';
import { otherEvent } from './events';

export function reportsEvent(pool: Pool, cluster: number, page: PoolArticle): boolean {
  const group = pool.clusters.get(cluster);
  if (!group) return false;
  const place = placeRecord(pool, page);
  if (place.cluster === cluster) return true;
  // Another group of the pool is closer: another event, or another story.
  if (place.cluster !== null) return false;
  return !otherEvent(place.lead, group.members.map((id) => pool.records.get(id)!));
}
