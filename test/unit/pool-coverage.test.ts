// Whether a page reports a found story's event (lib/pool/coverage.ts), against the labelled
// development pool: each page left out of the pool and put to the story of its event, or of the
// event it is a near-miss of — with the near-miss's own reports in the pool, and without them.
import { describe, expect, it } from 'vitest';
import { dayOf, type PoolArticle } from '../../lib/pool/article';
import { addArticle, createPool, placeArticle, type Pool } from '../../lib/pool/cluster';
import { reportsEvent } from '../../lib/pool/coverage';
import { otherEvent } from '../../lib/pool/events';
import { foundStories } from '../../lib/pool/found';
import { readGeneral } from '../../scripts/packs';
import { readPoolFixtures, zipfTable } from '../../scripts/pool-files';

const { articles, labels } = readPoolFixtures();
const zipf = zipfTable(readGeneral().frequency);
const eventOf = (id: string) => labels.articles[id].event;
const nearMissOf = (event: string | null) => (event ? labels.events[event].nearMissOf : null);

function poolOf(list: PoolArticle[]): Pool {
  const pool = createPool(dayOf('2026-07-01')!, zipf);
  for (const a of list) addArticle(pool, a);
  return pool;
}

/** The story whose reports are mostly of this event. */
function storyOf(pool: Pool, event: string): number | null {
  const story = foundStories(pool).find(({ records }) => records.filter((r) => eventOf(r.article.id) === event).length * 2 > records.length);
  return story?.cluster.id ?? null;
}

/** Every page of a main event and of a near-miss, each put to its (or its near-miss's) event's story. */
function verdicts(lone: boolean): { page: string; event: string; same: boolean; says: boolean }[] {
  const out: { page: string; event: string; same: boolean; says: boolean }[] = [];
  for (const page of articles) {
    const own = eventOf(page.id);
    if (!own) continue;
    const target = nearMissOf(own) ?? own;
    // Lone: none of a near-miss page's own event's reports in the pool.
    const pool = poolOf(articles.filter((a) => a.id !== page.id && !(lone && own !== target && eventOf(a.id) === own)));
    const story = storyOf(pool, target);
    if (story !== null) out.push({ page: page.id, event: target, same: own === target, says: reportsEvent(pool, story, page) });
  }
  return out;
}

describe('reportsEvent over the development pool', () => {
  for (const lone of [false, true]) {
    it(`takes every page of an event and no page of its near-miss${lone ? ', a lone near-miss too' : ''}`, () => {
      const all = verdicts(lone);
      expect(all.filter((v) => v.same).length).toBeGreaterThanOrEqual(30);
      expect(all.filter((v) => !v.same).length).toBeGreaterThanOrEqual(12);
      expect(all.filter((v) => v.same !== v.says)).toEqual([]);
    });
  }
});

describe('placeArticle', () => {
  it('says where an article would go, as adding it does, and leaves the pool as it was', () => {
    const left = articles.find((a) => eventOf(a.id) === 'orrin-flood-2026')!;
    const pool = poolOf(articles.filter((a) => a !== left));
    const before = JSON.stringify([[...pool.df], [...pool.records.keys()], [...pool.clusters.values()]]);
    const place = placeArticle(pool, left);
    expect(JSON.stringify([[...pool.df], [...pool.records.keys()], [...pool.clusters.values()]])).toBe(before);
    expect(place).toBe(storyOf(pool, 'orrin-flood-2026'));
    expect(addArticle(pool, left)).toMatchObject({ kind: 'added', cluster: place });
    // A page already in the pool, by its address or as a copy, is where its text is.
    expect(placeArticle(pool, { ...left, id: 'another-id' })).toBe(place);
    expect(placeArticle(pool, { ...left, id: 'copy', url: 'https://elsewhere.example/copy' })).toBe(place);
    // Nothing like it: a cluster of its own.
    expect(placeArticle(pool, { id: 'x', url: '', title: 'Quince jam', outlet: '', date: '2026-06-01', blocks: ['Simmer quinces with sugar and lemon until amber.'] })).toBeNull();
  });
});

describe('a lone report of the same people at another event', () => {
  it('starts its own group rather than join the event’s, and the next report of its event joins it', () => {
    const of = (event: string) => articles.filter((a) => eventOf(a.id) === event);
    const semi = of('tennis-semi-2026');
    const semi1 = semi.find((a) => a.id.startsWith('meridian'))!;
    const semi2 = semi.find((a) => a !== semi1)!;
    const pool = poolOf(articles.filter((a) => eventOf(a.id) !== 'tennis-semi-2026'));
    const final = storyOf(pool, 'tennis-final-2026')!;
    const lone = addArticle(pool, semi1);
    expect(lone).toMatchObject({ kind: 'added', merged: null });
    expect(lone.cluster).not.toBe(final);
    expect(addArticle(pool, semi2).cluster).toBe(lone.cluster);
    expect(pool.clusters.get(final)!.members.every((id) => eventOf(id) === 'tennis-final-2026')).toBe(true);
  });
});

describe('otherEvent', () => {
  const led = (days: number[], ...words: string[]) => ({ lead: { days, words: new Set(words) } });
  const group = [led([10], 'final', 'title'), led([10], 'final', 'champion'), led([], 'final')];
  it('needs another day and words the group’s leads agree on that the page never uses', () => {
    expect(otherEvent(led([9], 'semi-final').lead, group)).toBe(true);
    expect(otherEvent(led([9, 10], 'semi-final').lead, group)).toBe(false);
    expect(otherEvent(led([9], 'final', 'semi-final').lead, group)).toBe(false);
    // A day a report of the group looks ahead to ("sentencing is set for the 9th") is the next event's.
    const ahead = [{ lead: { days: [10, 9], words: new Set(['verdict']) }, ahead: [9] }, { lead: { days: [10], words: new Set(['verdict']) } }];
    expect(otherEvent(led([9], 'sentenced').lead, ahead)).toBe(true);
    expect(otherEvent(led([9], 'sentenced').lead, ahead.map(({ lead }) => ({ lead })))).toBe(false);
    // A lead that names no day, or a group whose leads name none, cannot be told apart.
    expect(otherEvent(led([], 'semi-final').lead, group)).toBe(false);
    expect(otherEvent(led([9], 'semi-final').lead, [led([], 'final'), led([], 'final')])).toBe(false);
  });
});
