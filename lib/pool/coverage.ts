// Whether a page reports a found story's event. The detector knows a story by its words, and the
// same people at another event (the semi-final the day before the final) share most of them; the
// clusterer tells events apart. A page is the story's when the clusterer would put it with the
// story's reports; not when it would put it with another group; and when it would start a group of
// its own, not when its lead also names another day without the words the story's leads agree on.
import { dayOf, type PoolArticle } from './article';
import { placeArticle, type Pool } from './cluster';
import { otherEvent } from './events';
import { articleLead } from './lead';

export function reportsEvent(pool: Pool, cluster: number, page: PoolArticle): boolean {
  const group = pool.clusters.get(cluster);
  if (!group) return false;
  const place = placeArticle(pool, page);
  if (place === cluster) return true;
  // Another group of the pool is closer: another event, or another story.
  if (place !== null) return false;
  return !otherEvent(articleLead(page.title, page.blocks, dayOf(page.date)), group.members.map((id) => pool.records.get(id)!));
}
