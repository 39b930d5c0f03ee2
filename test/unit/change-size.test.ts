// What moved and the part of it (lib/claims/change-size.ts), from the clauses before a figure.
import { describe, expect, it } from 'vitest';
import { isChangeSize, subjectPart, wordsByClause } from '../../lib/claims/change-size';
import { conceptOf } from '../../lib/claims/concepts';

describe('wordsByClause', () => {
  it('splits at commas, semicolons and joining words, each clause as lower-case words', () => {
    expect(wordsByClause('Inflation peaked at 12% in 2022, but has fallen since; Sales of kitchens’ fronts fell')).toEqual([
      ['inflation', 'peaked', 'at', 'in'],
      [],
      ['has', 'fallen', 'since'],
      ['sales', 'of', 'kitchens’', 'fronts', 'fell'],
    ]);
  });
});

describe('subjectPart', () => {
  it('narrows a moved subject to the part after "of", read from the last clause', () => {
    const clauses = wordsByClause('Sales of kitchens fell ');
    expect(subjectPart(clauses[clauses.length - 1])).toBe(conceptOf('kitchens'));
  });

  it('gives none when the clause did not move or names no part', () => {
    expect(subjectPart(wordsByClause('Sales of kitchens were ')[0])).toBeUndefined();
    expect(subjectPart(wordsByClause('Sales fell by ')[0])).toBeUndefined();
  });
});

describe('isChangeSize', () => {
  it('is a change right after a verb of movement, "by" between allowed', () => {
    const s = 'Profit fell by 4% to 17 million.';
    expect(isChangeSize(s, s.indexOf('4%'), s.indexOf('4%') + 2, [])).toBe(true);
    expect(isChangeSize(s, s.indexOf('17'), s.indexOf('17') + 10, [])).toBe(false);
  });
});
