import { describe, expect, it } from 'vitest';
import { createSearch, markWords, searchItems } from '../../lib/search';
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

  it('finds "safe hands" in 004 with both words marked', () => {
    const results = search('safe hands');
    const hit = results.find((r) => r.source.startsWith('004') && r.text.includes('NATO will be in safe hands'));
    expect(hit).toBeDefined();
    expect(hit!.marks.map(([a, b]) => hit!.text.slice(a, b).toLowerCase())).toEqual(['safe', 'hands']);
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
