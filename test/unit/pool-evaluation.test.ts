// The clusterer against the labelled development pool (test/fixtures/pool): B-cubed over its 58
// articles, near-misses kept apart from their events, every main event a story built as a pack is.
import { describe, expect, it } from 'vitest';
import { dayOf, type PoolArticle } from '../../lib/pool/article';
import { bcubed } from '../../lib/pool/bcubed';
import { addArticle, createPool } from '../../lib/pool/cluster';
import { foundStories, storyOfIds } from '../../lib/pool/found';
import { storyFromCluster } from '../../lib/pool/story';
import { termWords } from '../../lib/pool/terms';
import { readGeneral } from '../../scripts/packs';
import { readPoolFixtures, zipfTable } from '../../scripts/pool-files';

const { articles, labels } = readPoolFixtures();
const general = readGeneral();
const zipf = zipfTable(general.frequency);
const gold = new Map(articles.map((a) => [a.id, labels.articles[a.id].event ?? `noise:${a.id}`]));

function cluster(order: PoolArticle[]) {
  const pool = createPool(dayOf('2026-07-01')!, zipf);
  for (const a of order) addArticle(pool, a);
  return pool;
}

/** A fixed shuffle (Park–Miller), so that a failure can be replayed. */
function shuffled(seed: number): PoolArticle[] {
  const out = [...articles];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Stories that hold an event and its near-miss. */
function nearMissesMerged(predicted: Map<string, string>): string[][] {
  const byStory = new Map<string, Set<string>>();
  for (const [id, story] of predicted) (byStory.get(story) ?? byStory.set(story, new Set()).get(story)!).add(gold.get(id)!);
  return [...byStory.values()].map((events) => [...events]).filter((events) => events.some((e) => events.includes(labels.events[e]?.nearMissOf ?? '')));
}

describe('clustering the development pool', () => {
  it('reads all 58 pages with the dates the labels give', () => {
    expect(articles).toHaveLength(58);
    for (const a of articles) expect(a.date, a.id).toBe(labels.articles[a.id].date);
  });

  it('keeps the wire copy once, with both addresses', () => {
    const pool = cluster(articles);
    const wire = pool.records.get('ledger-2026-04-29-kestrel-grid-profit-jumps')!;
    expect(wire.copies.map((c) => c.id)).toEqual(['valleypost-2026-04-29-kestrel-first-quarter-profit']);
    expect(pool.records.size).toBe(57);
  });

  const orders = [articles, [...articles].reverse(), ...Array.from({ length: 10 }, (_, i) => shuffled(i + 1))];

  it('reaches B-cubed precision and recall 0.9 in the file order, reversed and in ten shuffled orders', () => {
    for (const [i, order] of orders.entries()) {
      const score = bcubed(storyOfIds(cluster(order)), gold);
      expect(score.precision, `order ${i}`).toBeGreaterThanOrEqual(0.9);
      expect(score.recall, `order ${i}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('makes every main event a story titled with words of its headlines', () => {
    const pool = cluster(articles);
    const stories = foundStories(pool);
    for (const [event, meta] of Object.entries(labels.events)) {
      if (meta.nearMissOf) continue;
      const found = stories.find(({ records }) => records.filter((r) => gold.get(r.article.id) === event).length * 2 > records.length);
      expect(found, event).toBeDefined();
      const corpus = storyFromCluster(found!.cluster, found!.records, general);
      const headlineWords = new Set(found!.records.flatMap((r) => termWords(r.article.title)));
      for (const w of termWords(corpus.story.title)) expect(headlineWords, `${event}: ${corpus.story.title}`).toContain(w);
      expect(corpus.sources).toHaveLength(found!.records.length);
      expect(corpus.vocab.terms.length).toBeGreaterThan(0);
      expect(corpus.story.from <= corpus.story.to).toBe(true);
    }
  });

  it('merges no near-miss into its event, in any of those orders', () => {
    for (const [i, order] of orders.entries()) expect(nearMissesMerged(storyOfIds(cluster(order))), `order ${i}`).toEqual([]);
  });

  it('brings the announcements ahead and the features that reach back into their events', () => {
    const stories = storyOfIds(cluster(articles));
    const storyOf = (id: string) => stories.get(id) ?? id;
    const together = [
      ['capbiz-2025-11-18-corvid-to-unveil-city-car', 'meridian-2026-03-24-corvid-unveils-wren'],
      ['straits-2026-01-20-vessmar-to-host-summit', 'meridian-2026-04-17-vessmar-accord-signed'],
      ['lantern-2026-02-08-kayak-cafe-owner', 'meridian-2026-02-07-tamsk-bursts-banks'],
      ['valleypost-2026-02-08-marrow-end-rescues', 'meridian-2026-02-07-tamsk-bursts-banks'],
    ];
    for (const [a, b] of together) expect(storyOf(a), a).toBe(storyOf(b));
  });

  it('lets a feature that came before the reports join them on the day its lead names, and only then', () => {
    const kayak = articles.find((a) => a.id === 'lantern-2026-02-08-kayak-cafe-owner')!;
    const inFlood = (feature: PoolArticle) => {
      const stories = storyOfIds(cluster([feature, ...articles.filter((a) => a !== kayak)]));
      return stories.get(feature.id) !== undefined && stories.get(feature.id) === stories.get('meridian-2026-02-07-tamsk-bursts-banks');
    };
    expect(inFlood(kayak)).toBe(true);
    // The same piece set on another day ("last Monday") shares too few words to join on words alone.
    const otherDay = { ...kayak, blocks: kayak.blocks.map((b) => b.replace('before dawn yesterday', 'before dawn last Monday')) };
    expect(otherDay.blocks).not.toEqual(kayak.blocks);
    expect(inFlood(otherDay)).toBe(false);
  });
});
