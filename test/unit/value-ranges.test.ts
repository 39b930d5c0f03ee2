// CLAIMS §5a: which values can both be true. Hedges, bounds, rounding and other units that hold a
// source's value tell one value two ways; values no reading satisfies both of disagree.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import type { FigureClaim } from '../../lib/claims/types';
import { compareFigures } from '../../lib/match/compare-figures';
import { THRESHOLDS } from '../../lib/match/strictness';
import { compatibleValues, sameQualifier, valueRange } from '../../lib/value-ranges';

const figure = (sentence: string): FigureClaim => {
  const [f] = extractFigures([sentence]);
  if (!f) throw new Error(`no figure in "${sentence}"`);
  return f;
};
const compatible = (a: string, b: string) => compatibleValues(figure(a), figure(b));
/** Each pair, both ways round. */
function expectCompatible(pairs: [string, string][], want: boolean) {
  for (const [a, b] of pairs) {
    expect(compatible(a, b), `${a} / ${b}`).toBe(want);
    expect(compatible(b, a), `${b} / ${a}`).toBe(want);
  }
}

describe('compatibleValues', () => {
  it('holds a hedge, a bound, a rounding and another unit of the same value', () => {
    const pairs: [string, string][] = [
      ['Nearly 5,000 people marched.', 'About 5,000 people marched.'],
      ['Nearly 5,000 people marched.', 'Some 4,950 people marched.'],
      ['More than 30 allies signed.', 'In all 32 allies signed.'],
      ['She served for nearly 14 years.', 'She served for 14 years.'],
      ['Rates fell by half a point.', 'Rates fell by 0.5 points.'],
      ['He led it for ten years.', 'He led it for a decade.'],
      ['The term was cut by 18 months.', 'The term was cut by a year and a half.'],
      ['Roughly 38% voted for her.', 'In all 38.4% voted for her.'],
      ['At least 30 people died.', 'At least 41 people died.'],
      ['The phone lasts up to 30 hours.', 'The phone lasts about 30 hours.'],
      ['The price is just under $800.', 'The price is $799.'],
    ];
    expectCompatible(pairs, true);
  });

  it('tells values that cannot both be true', () => {
    const pairs: [string, string][] = [
      ['They will close 46 stores.', 'They will close 64 stores.'],
      ['The river peaked at 9.1 metres.', 'The river peaked at 8.2 metres.'],
      ['It held rates for two years.', 'It held rates for 18 months.'],
      ['The sentence is four years.', 'The sentence is four and a half years.'],
      ['Shares rose more than 11%.', 'Shares rose 6.3%.'],
      ['Nearly 12% said yes.', 'In all 12.3% said yes.'],
      ['Six members backed it.', 'Seven members backed it.'],
    ];
    expectCompatible(pairs, false);
  });
});

describe('valueRange', () => {
  it('reads a hedge to half the last digit as written, on its side', () => {
    expect(valueRange(figure('Nearly 5,000 people marched.'))).toEqual([4500, 5000]);
    expect(valueRange(figure('About 30 people marched.'))).toEqual([25, 35]);
    expect(valueRange(figure('More than 30 people marched.'))).toEqual([30, Infinity]);
    expect(valueRange(figure('Up to 30 people marched.'))).toEqual([-Infinity, 30]);
  });
});

describe('sameQualifier', () => {
  it('takes hedges that say the same as one, never two bounds', () => {
    expect(sameQualifier(figure('He served almost 11 months.'), figure('He served nearly 11 months.'))).toBe(true);
    expect(sameQualifier(figure('About 300 came.'), figure('Around 300 came.'))).toBe(true);
    expect(sameQualifier(figure('More than 300 came.'), figure('At least 300 came.'))).toBe(false);
    expect(sameQualifier(figure('About 300 came.'), figure('In all 300 came.'))).toBe(false);
  });
});

describe('compareFigures: another value needs strong subject evidence (CLAIMS §5a)', () => {
  const t = THRESHOLDS.balanced;
  const sim = (n: number) => () => n;
  const stores = figure('The chain will close 46 stores this year.');
  const shares = figure('It will pay $1.07 a share.');

  it('is a conflict for the same counted thing where the clauses share enough', () => {
    expect(compareFigures(stores, figure('The chain will close 64 stores this year.'), sim(t.figureVariant), t)).toMatchObject({ why: 'another value', differs: true });
  });

  it('is no match, not another value, where they share too little', () => {
    expect(compareFigures(stores, figure('The chain will close 64 stores this year.'), sim(t.figureVariant / 2), t)).toBeNull();
  });

  it('asks twice as much of values far apart: another quantity of the same kind, more often than one told wrong', () => {
    const total = figure('Net profit was $212 million.');
    expect(compareFigures(shares, total, sim(t.figureVariant * 1.5), t)).toBeNull();
    expect(compareFigures(shares, total, sim(t.figureVariant * 2), t)).toMatchObject({ differs: true });
    // Other units first: 18 months against two years is not far apart.
    expect(compareFigures(figure('It held rates for two years.'), figure('It held rates for 18 months.'), sim(t.figureVariant), t)).toMatchObject({ differs: true });
  });

  it('never calls a compatible value another value, however close the clauses', () => {
    const r = compareFigures(figure('More than 2,000 homes were flooded.'), figure('More than 2,300 homes were flooded.'), sim(1), t);
    expect(r).toMatchObject({ match: 'variant' });
    expect(r?.differs).toBeUndefined();
  });
});
