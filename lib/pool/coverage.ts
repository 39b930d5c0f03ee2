// Whether a page reports a found story's event. The detector knows a story by its words, and the
// same people at another event (the semi-final the day before the final) share most of them; the
// clusterer tells events apart. A page is another event's when the clusterer would put it with
// another group of the pool, or when its lead names another day and lacks the words the story's
// leads agree on (events.ts `otherEvent`) and either the clusterer would not put it with the
// story or its lead names another participant.
import { dayOf, type PoolArticle } from './article';
import { placeArticle, type Pool } from './cluster';
import { otherEvent } from './events';
import { articleLead, leadTexts } from './lead';
import { termWords } from './terms';
import { classifyNames, findNames } from '../text/names';

export function reportsEvent(pool: Pool, cluster: number, page: PoolArticle): boolean {
  const group = pool.clusters.get(cluster);
  if (!group) return false;
  const place = placeArticle(pool, page);
  if (place !== null && place !== cluster) return false;
  const records = group.members.map((id) => pool.records.get(id)!);
  if (!otherEvent(articleLead(page.title, page.blocks, dayOf(page.date)), records)) return true;
  // Another day and other words are borne out by the clusterer leaving the page out, or by
  // another participant: a name in the page's lead whose words none of the story's leads use.
  if (place === null) return false;
  const used = new Set(records.flatMap((r) => [...r.lead.words]));
  const texts = leadTexts(page.title, page.blocks);
  const names = texts.map(findNames);
  classifyNames(texts, names);
  const participants = names.flat().filter((n) => n.kind === 'person' || n.kind === 'organisation');
  return !participants.some((n) => termWords(n.words.join(' ')).every((w) => !used.has(w)));
}
