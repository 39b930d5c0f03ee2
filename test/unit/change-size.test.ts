// What moved and the part of it (lib/claims/change-size.ts), from the clauses before a figure.
import { describe, expect, it } from 'vitest';
import { isChangeSize, isEarlierLevel, subjectPart, wordsByClause } from '../../lib/claims/change-size';
import { extractFigures } from '../../lib/claims/figures';
import { compareFigures } from '../../lib/match/compare-figures';
import { THRESHOLDS } from '../../lib/match/strictness';
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

describe('isEarlierLevel', () => {
  const at = (sentence: string, figure: string) => isEarlierLevel(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);

  it('reads a level of an earlier period, the base a report compares with', () => {
    expect(at('Revenue rose to $30 billion from $13.5 billion a year earlier.', '$13.5 billion')).toBe(true);
    expect(at('That is more than double the $13.5 billion reported in the same quarter last year.', '$13.5 billion')).toBe(true);
    expect(at('It beat last year’s record 8,400 visitors.', '8,400')).toBe(true);
    expect(at('Sales hit $2.1 billion in the previous quarter.', '$2.1 billion')).toBe(true);
    expect(at('Sales hit $2.1 billion this quarter, a record.', '$2.1 billion')).toBe(false);
  });

  it('leaves the report’s own level, even when a change beside it names the earlier period', () => {
    expect(at('Operating income was $18.6 billion, up 10% from the prior quarter.', '$18.6 billion')).toBe(false);
    expect(at('Data centre revenue was $26.3 billion for the quarter—up 16% from the previous quarter.', '$26.3 billion')).toBe(false);
    expect(at('Revenue rose to $30 billion from $13.5 billion a year earlier.', '$30 billion')).toBe(false);
  });
});

describe('an earlier level against the report’s own', () => {
  it('never disagrees: two periods, two quantities', () => {
    const [earlier] = extractFigures(['That is more than double the $13.5 billion reported in the same quarter last year.']);
    const [own] = extractFigures(['Operating income was reported at $18.6 billion for the quarter.']);
    expect(earlier.earlier).toBe(true);
    expect(compareFigures(earlier, own, () => 1, THRESHOLDS.balanced)).toBeNull();
    expect(compareFigures(earlier, { ...own, earlier: true }, () => 1, THRESHOLDS.balanced)).toMatchObject({ differs: true });
  });
});
