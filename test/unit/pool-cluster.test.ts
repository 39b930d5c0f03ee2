import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bylineDate, dayOf, type PoolArticle } from '../../lib/pool/article';
import { bcubed } from '../../lib/pool/bcubed';
import { addArticle, createPool } from '../../lib/pool/cluster';
import { aheadDays, datesCompatible, dayNamed } from '../../lib/pool/days';
import { eventSides, twoEvents } from '../../lib/pool/events';
import { articleLead } from '../../lib/pool/lead';
import { articleTerms } from '../../lib/pool/terms';
import { fingerprint, similarity } from '../../lib/pool/fingerprint';
import { foundStories, isStory } from '../../lib/pool/found';

const TODAY = dayOf('2026-07-01')!;
const sentence = (i: number) => `Sentence ${i} of a report tells readers about harbour matters and the council vote today.`;
const article = (id: string, blocks: string[], extra: Partial<PoolArticle> = {}): PoolArticle => ({
  id, url: `https://${id}.example/a`, title: `Title ${id}`, outlet: id, date: '2026-05-01', blocks, ...extra,
});
const arbArticle = fc.record({
  id: fc.string({ maxLength: 12 }),
  url: fc.oneof(fc.constant(''), fc.webUrl()),
  title: fc.string({ maxLength: 80 }),
  outlet: fc.string({ maxLength: 20 }),
  date: fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constantFrom('2026-02-30', '9999-12-31', '1901-01-01', '2026-05-01', 'yesterday')),
  blocks: fc.array(fc.oneof(fc.string({ maxLength: 200 }), fc.lorem({ maxCount: 60 })), { maxLength: 8 }),
});

describe('the pool on hostile input', () => {
  it('takes any article without throwing, and keeps every record in exactly one cluster', () => {
    fc.assert(
      fc.property(fc.array(arbArticle, { maxLength: 25 }), (articles) => {
        const pool = createPool(TODAY);
        for (const a of articles) addArticle(pool, a);
        const members = [...pool.clusters.values()].flatMap((c) => c.members);
        expect(members.sort()).toEqual([...pool.records.keys()].sort());
        for (const r of pool.records.values()) expect(pool.clusters.get(r.cluster)!.members).toContain(r.article.id);
      }),
      { numRuns: 60 },
    );
  });

  it('drops dates it cannot place: malformed, impossible, before 1990 or in the far future', () => {
    const pool = createPool(TODAY);
    for (const [i, date] of ['2026-02-30', '9999-12-31', '1901-01-01', 'soon', '2026-06-01'].entries()) addArticle(pool, article(`d${i}`, [sentence(i)], { date }));
    expect([...pool.records.values()].map((r) => r.article.date)).toEqual(['', '', '', '', '2026-06-01']);
  });

  it('keeps an empty, a one-word and a huge article apart from each other', () => {
    const pool = createPool(TODAY);
    const huge = Array.from({ length: 3000 }, (_, i) => sentence(i));
    for (const a of [article('empty', []), article('one', ['Word']), article('huge', huge)]) addArticle(pool, a);
    expect(pool.records.size).toBe(3);
    expect(pool.records.get('huge')!.terms.size).toBeLessThanOrEqual(360);
  });

  it('the same article twice, or its id or address again, is known, not a second text', () => {
    const pool = createPool(TODAY);
    const a = article('a', [sentence(1), sentence(2), sentence(3)]);
    addArticle(pool, a);
    expect(addArticle(pool, a).kind).toBe('known');
    expect(addArticle(pool, { ...a, url: 'https://other.example/x' }).kind).toBe('known');
    expect(addArticle(pool, { ...a, id: 'b' }).kind).toBe('known');
    expect(pool.records.size).toBe(1);
  });

  it('near-identical text at another address is a copy: every address kept, counted once', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => sentence(i));
    const pool = createPool(TODAY);
    addArticle(pool, article('wire', blocks));
    const copy = addArticle(pool, article('reprint', [...blocks.slice(0, 11), 'Sentence eleven changed a little here for the local readers.']));
    expect(copy).toMatchObject({ kind: 'copy', of: 'wire' });
    expect(pool.records.get('wire')!.copies.map((c) => c.url)).toEqual(['https://reprint.example/a']);
    // One text from two sites is not a story of two outlets.
    expect(isStory([pool.records.get('wire')!])).toBe(false);
    expect(foundStories(pool)).toEqual([]);
  });
});

describe('fingerprints and days', () => {
  it('MinHash agreement tracks shared text', () => {
    const a = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ');
    const b = Array.from({ length: 40 }, (_, i) => sentence(i + 100)).join(' ');
    expect(similarity(fingerprint(a)!, fingerprint(a)!)).toBe(1);
    expect(similarity(fingerprint(a)!, fingerprint(`${a} One more closing line.`)!)).toBeGreaterThan(0.8);
    expect(similarity(fingerprint(a)!, fingerprint('entirely different words about a regatta '.repeat(20))!)).toBeLessThan(0.2);
    expect(fingerprint('too short to be a copy')).toBeNull();
    expect(similarity(fingerprint(a)!, fingerprint(b)!)).toBeLessThan(0.9);
  });

  it('a report that names a later date only in its body does not look ahead to it', () => {
    const pool = createPool(TODAY);
    const debate = article('debate', ['The candidates clashed on Tuesday night in the last debate.', 'Voters were restless.', 'Polls open on May 7.']);
    addArticle(pool, { ...debate, date: '2026-04-28' });
    expect(pool.records.get('debate')!.ahead).toEqual([]);
    addArticle(pool, article('notice', ['The council will vote on May 7 on the harbour plan.'], { date: '2026-04-28' }));
    expect(pool.records.get('notice')!.ahead).toEqual([dayOf('2026-05-07')]);
  });

  it('an announcement looks ahead to the day it names, and that day fits the event', () => {
    const published = dayOf('2025-11-18')!;
    const ahead = aheadDays(articleLead('Car maker sets date', ['The company will unveil the car on March 24 next year, it said on Tuesday.'], published).days, published);
    expect(ahead).toEqual([dayOf('2026-03-24')]);
    const event = { from: dayOf('2026-03-24')!, to: dayOf('2026-03-25')!, ahead: [] };
    expect(datesCompatible({ from: published, to: published, ahead }, event)).toBe(true);
    expect(datesCompatible({ from: published, to: published, ahead: [] }, event)).toBe(false);
    expect(datesCompatible({ from: null, to: null, ahead: [] }, event)).toBe(true);
  });

  it('names days from the day of writing: weekdays back to the last one, yesterday the day before', () => {
    const monday = dayOf('2026-06-15')!;
    expect(dayNamed('sunday', monday)).toBe(dayOf('2026-06-14'));
    expect(dayNamed('monday', monday)).toBe(monday);
    expect(dayNamed('sat', monday)).toBe(dayOf('2026-06-13'));
    expect(dayNamed('yesterday', monday)).toBe(dayOf('2026-06-14'));
    expect(dayNamed('final', monday)).toBeNull();
  });

  it("reads a lead's words and days from the headline and first blocks, past a byline", () => {
    const lead = articleLead('Castellane reaches the final', ['Sunday 14 June 2026 — by A. Writer', 'She won her semi-final on Saturday.', 'Next: Brevik.', 'On Friday she rested.'], dayOf('2026-06-14'));
    expect([...lead.words]).toEqual(expect.arrayContaining(['castellane', 'final', 'semi-final', 'brevik']));
    expect(lead.words.has('rested')).toBe(false);
    expect(lead.days).toEqual([dayOf('2026-06-13')]);
    expect(articleLead('Summit set', ['Leaders will meet on April 16 in the capital.'], dayOf('2026-01-20')).days).toEqual([dayOf('2026-04-16')]);
  });

  it('tells two events apart only by leads that name other days and each agree on their own words', () => {
    const led = (words: string, ...days: number[]) => ({ lead: { words: new Set(words.split(' ')), days } });
    const semis = [led('castellane semi-final harlan', 13), led('castellane semi-final harlan qualifier', 13)];
    const finals = [led('castellane final title brevik', 14), led('castellane title champion brevik', 14), led('castellane club celebrates')];
    expect(twoEvents(semis, finals)).toBe(true);
    // The same day, a lead naming no day, or one lead alone: no evidence of two events.
    expect(twoEvents(semis, finals.map((f) => ({ lead: { ...f.lead, days: [13] } })))).toBe(false);
    expect(twoEvents([led('castellane semi-final harlan')], finals)).toBe(false);
    expect(twoEvents([led('castellane pizza night', 13)], finals)).toBe(false);
    const sides = eventSides([...semis, ...finals], () => 1)!;
    expect(sides[0]).toEqual(semis);
    expect(sides[1]).toEqual(finals);
    expect(eventSides(finals, () => 0)).toBeNull();
  });

  it('reads the dates bylines print', () => {
    expect(bylineDate('Published 13/06/2026 — by R. S.')).toBe('2026-06-13');
    expect(bylineDate('By Maeve Ostrander30 May 2026, 18:00')).toBe('2026-05-30');
    expect(bylineDate('Mon 15 Jun 2026 07.30')).toBe('2026-06-15');
    expect(bylineDate('June 13, 2026 6:31 PM')).toBe('2026-06-13');
    expect(bylineDate('31/02/2026')).toBe('');
    expect(bylineDate('no date here')).toBe('');
  });
});

describe('B-cubed', () => {
  it('scores a perfect clustering 1 and one lump below 1 in precision', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    expect(bcubed(new Map([['a', '1'], ['b', '1']]), gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubed(new Map([['a', '1'], ['b', '1'], ['c', '1']]), gold).precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(bcubed(new Map(), gold).recall).toBeCloseTo((0.5 + 0.5 + 1) / 3);
  });
});

describe('figures as terms', () => {
  it('rounds counts and sums to two significant digits, and keeps years whole', () => {
    const a = articleTerms('Revenue hits $30.04 billion', ['Revenue was $30.04 billion in 2025, up 122%.']);
    const b = articleTerms('Revenue hits $30 billion', ['Revenue was $30 billion in 2025, up 122 percent.']);
    for (const t of ['#30000000000', '#120', '#2025']) {
      expect(a.has(t), t).toBe(true);
      expect(b.has(t), t).toBe(true);
    }
    expect(a.has('#2000')).toBe(false);
  });
});
