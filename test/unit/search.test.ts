import { describe, expect, it } from 'vitest';
import { createSearch, excerpt, groupHits, hitKind, markWords, phraseMarks, samePassage, searchItems, sourcesLine, type SearchHit } from '../../lib/search';
import { plainWords } from '../../lib/text/tokens';
import { realCorpus } from './support/corpus';

describe('corpus search', () => {
  const corpus = realCorpus();
  const search = createSearch(corpus);

  it('indexes quotes (with speakers) and sentences, each sentence with its figures', () => {
    const items = searchItems(corpus);
    expect(items.some((i) => i.kind === 'quote' && i.speaker === 'Jens Stoltenberg')).toBe(true);
    const aged = items.find((i) => i.kind === 'sentence' && i.text.includes('57-year-old'))!;
    expect(aged.figures.map(([a, b]) => aged.text.slice(a, b))).toContain('57-year-old');
    for (const i of items) expect(corpus.sources.find((s) => s.id === i.source)!.text.slice(i.start, i.end)).toBe(i.text);
  });

  it('calls a hit a figure only when the query is on one of its figures, else a sentence', () => {
    const item = { kind: 'sentence' as const, figures: [[4, 15]] as [number, number][] };
    expect(hitKind(item, [[4, 6]])).toBe('figure');
    expect(hitKind(item, [[20, 25]])).toBe('sentence');
    expect(hitKind({ kind: 'quote', figures: [] }, [[0, 3]])).toBe('quote');
    expect(search('57')[0].kind).toBe('figure');
    // Sentences with figures that "Stoltenberg" finds are sentences, not figures.
    const hits = search('Stoltenberg');
    expect(hits.some((h) => h.kind === 'sentence' && /\d/.test(h.text))).toBe(true);
    expect(hits.filter((h) => h.kind === 'figure')).toEqual([]);
  });

  it('gives one result for a passage several sources hold, naming them all, the first opened', () => {
    const results = groupHits(search('both candidates'));
    const held = results.filter((r) => r.text.includes('I know both candidates very well'));
    expect(held).toHaveLength(1);
    expect(held[0].sources.length).toBeGreaterThanOrEqual(3);
    expect(new Set(held[0].sources.map((x) => x.source)).size).toBe(held[0].sources.length);
    expect(held[0].sources[0].source).toBe(held[0].source);
  });

  it('finds "safe hands" in 004 with the phrase marked', () => {
    const results = search('safe hands');
    const hit = results.find((r) => r.source.startsWith('004') && r.text.includes('NATO will be in safe hands'));
    expect(hit).toBeDefined();
    // Found as the exact words, so marked as one run.
    expect(hit!.marks.map(([a, b]) => hit!.text.slice(a, b).toLowerCase())).toEqual(['safe hands']);
    expect(hit!.score).toBeGreaterThan(0);
  });

  it('gives each passage of a source once (a quote and its sentence are one), and nothing for a query too short or unknown', () => {
    const results = search('Rutte');
    const overlapping = results.filter((a) => results.some((b) => a !== b && a.source === b.source && a.start < b.end && b.start < a.end));
    expect(overlapping).toEqual([]);
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
    const texts = groupHits(search('Rutte')).map((r) => r.text.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('grouping passages', () => {
  const hit = (source: string, text: string, kind: SearchHit['kind'] = 'sentence'): SearchHit => ({
    kind, source, text, start: 0, end: text.length, speaker: null, label: `Title ${source}`, outlet: source === 'c' ? '' : source.toUpperCase(), name: source.toUpperCase(), marks: [], score: 1,
  });
  const words = (t: string) => plainWords(t);

  it('takes the same words, a close copy, or a quote inside a sentence not much longer as one passage', () => {
    expect(samePassage(words('We stand together, he said.'), words('“We stand together,” he said'))).toBe(true);
    expect(samePassage(words('The alliance will stand with Ukraine for as long as it takes'), words('The alliance would stand with Ukraine for as long as it takes'))).toBe(true);
    expect(samePassage(words('our doors stay open to every partner'), words('“Our doors stay open to every partner,” Rutte said on Tuesday.'))).toBe(true);
  });

  it('keeps different passages apart, and short ones unless equal', () => {
    expect(samePassage(words('The alliance will stand with Ukraine'), words('The alliance met in Brussels on Tuesday'))).toBe(false);
    expect(samePassage(words('in safe hands'), words('in safe hands, he said at the ceremony'))).toBe(false);
    expect(samePassage(words('our doors stay open'), words('Our doors stay open, Rutte said at the end of a long meeting in Brussels on Tuesday.'))).toBe(false);
  });

  it('groups hits by passage in order, each source once, the first hit’s kind and source first', () => {
    const results = groupHits([
      hit('a', '“We stand together,” he said.', 'quote'), hit('b', 'Another passage entirely about budgets.'),
      hit('b', 'We stand together, he said'), hit('c', 'we stand together he said'), hit('a', 'We stand together he said.'),
    ]);
    expect(results.map((r) => [r.kind, r.source, r.sources.map((s) => s.source)])).toEqual([
      ['quote', 'a', ['a', 'b', 'c']],
      ['sentence', 'b', ['b']],
    ]);
    expect(groupHits([hit('a', 'one two three four'), hit('b', 'five six seven eight')], 1)).toHaveLength(1);
  });

  it('names the sources in a line by the names that tell them apart, two and a count', () => {
    const where = (source: string) => ({ source, label: `Title ${source}`, outlet: source === 'c' ? '' : source.toUpperCase(), name: source === 'c' ? 'Title c' : source.toUpperCase() });
    expect(sourcesLine([where('a')])).toBe('in A');
    expect(sourcesLine([where('c')])).toBe('in Title c');
    expect(sourcesLine([where('a'), where('c')])).toBe('in A · Title c');
    expect(sourcesLine([where('a'), where('b'), where('c')])).toBe('in A · B · 1 more');
  });
});

describe('excerpt', () => {
  const text = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen';
  it('keeps a short passage whole', () => {
    expect(excerpt('Short text.', [[0, 5]], 40)).toEqual({ text: 'Short text.', marks: [[0, 5]] });
  });
  it('cuts a long one at word boundaries around its first mark, the marks moved with it', () => {
    const at = text.indexOf('fifteen');
    const cut = excerpt(text, [[at, at + 7]], 40);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(42);
    expect(cut.marks.map(([a, b]) => cut.text.slice(a, b))).toEqual(['fifteen']);
    expect(cut.text).not.toMatch(/…\S*[a-z]…/);
    expect(cut.text.slice(1, -1).split(' ').every((w) => text.split(' ').includes(w))).toBe(true);
  });
});
