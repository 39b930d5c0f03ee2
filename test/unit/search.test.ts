import { describe, expect, it } from 'vitest';
import { createSearch, markWords, phraseMarks, searchItems } from '../../lib/search';
import { realCorpus } from './support/corpus';

describe('corpus search', () => {
  const corpus = realCorpus();
  const search = createSearch(corpus);

  it('indexes quotes (with speakers), figure sentences and sentences', () => {
    const items = searchItems(corpus);
    expect(items.some((i) => i.kind === 'quote' && i.speaker === 'Jens Stoltenberg')).toBe(true);
    expect(items.some((i) => i.kind === 'figure')).toBe(true);
    for (const i of items) expect(corpus.sources.find((s) => s.id === i.source)!.text.slice(i.start, i.end)).toBe(i.text);
  });

  it('finds "safe hands" in 004 with the phrase marked', () => {
    const results = search('safe hands');
    const hit = results.find((r) => r.source.startsWith('004') && r.text.includes('NATO will be in safe hands'));
    expect(hit).toBeDefined();
    // Found as the exact words, so marked as one run.
    expect(hit!.marks.map(([a, b]) => hit!.text.slice(a, b).toLowerCase())).toEqual(['safe hands']);
    expect(hit!.score).toBeGreaterThan(0);
  });

  it('gives each passage once, and nothing for a query too short or unknown', () => {
    const results = search('Rutte');
    expect(new Set(results.map((r) => `${r.source}:${r.start}`)).size).toBe(results.length);
    expect(search('a')).toEqual([]);
    expect(search('zzqxjv wobblefrotz')).toEqual([]);
  });

  it('treats extended-search operators in the query as text', () => {
    expect(() => search("'^ ! | =$ safe")).not.toThrow();
  });
});

describe('markWords', () => {
  it('marks whole-word starts, case-insensitively, without overlaps', () => {
    expect(markWords('Safe hands, safehouse; SAFE.', 'safe')).toEqual([[0, 4], [12, 16], [23, 27]]);
    expect(markWords('anything', '')).toEqual([]);
  });
});

describe('search: numbers, exact words first, merged passages', () => {
  const search = createSearch(realCorpus());
  it('finds numbers: "57" finds the 57-year-old, "32" the 32 nations', () => {
    expect(search('57')[0].text).toMatch(/57-year-old/);
    expect(search('32').some((r) => /32 (?:member |NATO )?(?:nations|countries|allies|members)/i.test(r.text))).toBe(true);
  });
  it('ranks the exact words above near ones: "2 percent" before "99 percent"', () => {
    const results = search('2 percent');
    const first = results.findIndex((r) => /(?<!\d)2 percent/.test(r.text));
    const other = results.findIndex((r) => /99 percent/.test(r.text));
    expect(first).toBe(0);
    if (other >= 0) expect(other).toBeGreaterThan(first);
  });
  it('marks whole words only', () => {
    expect(phraseMarks('2 percent of 92 percent', '2 percent')).toEqual([[0, 9]]);
    expect(phraseMarks('the 57-year-old', '57')).toEqual([[4, 6]]);
  });
  it('gives a passage once, whichever sources share it', () => {
    const texts = search('safe hands').map((r) => r.text.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
