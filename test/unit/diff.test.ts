import { describe, expect, it } from 'vitest';
import { lcsPairs, wordDiff, type DiffPart } from '../../lib/diff';

/** The page's side and the source's side of a diff, rebuilt from its parts. */
const sides = (parts: DiffPart[]) => ({
  page: parts.filter((p) => p.op !== 'source').map((p) => p.text).join(' '),
  source: parts.filter((p) => p.op !== 'page').map((p) => p.text).join(' '),
});

describe('lcsPairs', () => {
  it('gives the matched index pairs of a longest common subsequence', () => {
    expect(lcsPairs([1, 2, 3, 4], [2, 4, 5])).toEqual([
      [1, 0],
      [3, 1],
    ]);
  });

  it('gives a longest subsequence (length 4 for the textbook example), increasing on both sides', () => {
    const pairs = lcsPairs('ABCBDAB'.split(''), 'BDCABA'.split(''));
    expect(pairs).toHaveLength(4);
    for (let k = 1; k < pairs.length; k++) {
      expect(pairs[k][0]).toBeGreaterThan(pairs[k - 1][0]);
      expect(pairs[k][1]).toBeGreaterThan(pairs[k - 1][1]);
    }
    for (const [i, j] of pairs) expect('ABCBDAB'[i]).toBe('BDCABA'[j]);
  });

  it('gives nothing when a side is empty or nothing is shared', () => {
    expect(lcsPairs([], [1, 2])).toEqual([]);
    expect(lcsPairs([1, 2], [])).toEqual([]);
    expect(lcsPairs([1, 2], [3, 4])).toEqual([]);
  });

  it('uses the equality test given', () => {
    expect(lcsPairs(['A', 'b'], ['a', 'B'])).toEqual([]);
    expect(lcsPairs(['A', 'b'], ['a', 'B'], (x, y) => x.toLowerCase() === y.toLowerCase())).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('matches identical sequences fully', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i % 7}`);
    expect(lcsPairs(words, words)).toEqual(words.map((_, i) => [i, i]));
  });
});

describe('wordDiff', () => {
  it('marks what the page has and what the source has (000 vs 002)', () => {
    expect(wordDiff('He was the one pushing us to spend more, and he achieved', 'He pushed us to spend more, and he achieved that.')).toEqual([
      { op: 'same', text: 'He' },
      { op: 'page', text: 'was the one pushing' },
      { op: 'source', text: 'pushed' },
      { op: 'same', text: 'us to spend more, and he achieved' },
      { op: 'source', text: 'that.' },
    ]);
  });

  it('finds the one differing word of 000 vs 001 (elections / election)', () => {
    const parts = wordDiff(
      'I will be able to work with both, whatever is the outcome of the elections.',
      'I will be able to work with both. Whatever is the outcome of the election,',
    );
    expect(parts).toEqual([
      { op: 'same', text: 'I will be able to work with both, whatever is the outcome of the' },
      { op: 'page', text: 'elections.' },
      { op: 'source', text: 'election,' },
    ]);
  });

  it('treats case, punctuation and curly quotes as no difference', () => {
    expect(wordDiff('I’m NOT worried!', "i'm not worried")).toEqual([{ op: 'same', text: 'I’m NOT worried!' }]);
    expect(wordDiff('“Mark has the perfect background,"', '"Mark has the perfect background."')).toEqual([
      { op: 'same', text: '“Mark has the perfect background,"' },
    ]);
  });

  it('keeps the page’s spelling in same parts', () => {
    const [part] = wordDiff('NATO’s Chief', "nato's chief");
    expect(part).toEqual({ op: 'same', text: 'NATO’s Chief' });
  });

  it('handles empty sides', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('a b', '')).toEqual([{ op: 'page', text: 'a b' }]);
    expect(wordDiff('', 'a b')).toEqual([{ op: 'source', text: 'a b' }]);
  });

  it('never has two neighbouring parts of the same kind', () => {
    const parts = wordDiff('one two three four five six', 'one 2 three 4 five seven eight');
    for (let i = 1; i < parts.length; i++) expect(parts[i].op).not.toBe(parts[i - 1].op);
  });

  it('loses no word of either side', () => {
    const page = 'Rutte said the alliance would stay united, whatever happens in Washington.';
    const source = 'The alliance will stay united whatever happens, Rutte said in Brussels.';
    const { page: p, source: s } = sides(wordDiff(page, source));
    expect(p.split(/\s+/).sort()).toEqual(page.split(/\s+/).sort());
    // Same parts carry the page's spelling, so compare the source side on its normalised words.
    const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).sort();
    expect(norm(s)).toEqual(norm(source));
  });
});

describe('lcsPairs: with and without an equality test', () => {
  it('gives the same pairs for === whether or not the test is passed', () => {
    const a = 'the new secretary general of the alliance said'.split(' ');
    const b = 'the alliance said its new secretary general'.split(' ');
    expect(lcsPairs(a, b)).toEqual(lcsPairs(a, b, (x, y) => x === y));
    expect(lcsPairs(a, b)).toHaveLength(4);
  });
});
