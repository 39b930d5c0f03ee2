import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import { scopesDiffer } from '../../lib/claims/scope';
import { compareFigures } from '../../lib/match/compare-figures';
import { THRESHOLDS } from '../../lib/match/strictness';

const figure = (text: string) => extractFigures([text])[0];

describe('scopesDiffer: where a figure holds', () => {
  const european = figure('Its share of the European phone market has grown to 4% this year.');
  const global = figure('Its share of the global smartphone market is about 4% this year.');
  const plain = figure('Its share of the phone market has grown to 4% this year.');

  it('keeps apart two figures whose clauses name different scopes', () => {
    expect(scopesDiffer(european, global)).toBe(true);
    expect(compareFigures(european, global, () => 1, THRESHOLDS.balanced)).toBeNull();
  });

  it('compares figures of two parts, of one scope, or with none named on a side', () => {
    expect(scopesDiffer(european, figure('Its share of the American phone market has grown to 4% this year.'))).toBe(false);
    expect(scopesDiffer(european, plain)).toBe(false);
    expect(scopesDiffer(european, figure('The European phone market share of the firm reached 4% this year.'))).toBe(false);
    expect(compareFigures(european, plain, () => 1, THRESHOLDS.balanced)).toMatchObject({ match: 'exact' });
  });
});
