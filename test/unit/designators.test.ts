import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import { designatorNear, mainDesignator } from '../../lib/claims/designators';
import { compareFigures } from '../../lib/match/compare-figures';
import { THRESHOLDS } from '../../lib/match/strictness';

describe('designators: names that carry a number', () => {
  it('finds the numbered name nearest the figure, and no date, phrase or figure of its own', () => {
    const s = 'At $799, the Vela 3 is $50 more than the Vela 2 was at launch.';
    expect(designatorNear(s, 3, 7)).toBe('vela 3');
    expect(designatorNear('The bank met on June 14 and cut rates at 4.75%.', 38, 43)).toBeUndefined();
    expect(designatorNear('Turnout was 61.3 percent in District 7.', 12, 24)).toBe('district 7');
    expect(designatorNear('He paid 12 million for Group 7.', 8, 18)).toBe('group 7');
  });

  it('takes the name a text gives most, and none when no one name leads', () => {
    expect(mainDesignator(['The Vela 3 goes on sale.', 'The Vela 3 costs more than the Vela 2 did.'])).toBe('vela 3');
    expect(mainDesignator(['The Vela 3 goes on sale.', 'The Vela 2 did not.'])).toBeUndefined();
  });

  it('keeps the figures of two numbered things apart, and lets an inferred one only doubt a conflict', () => {
    const [older] = extractFigures(['The Vela 2 went on sale last September at $749.']);
    const [newer] = extractFigures(['The Vela 3 went on sale last September at $749.']);
    expect(compareFigures(older, newer, () => 1, THRESHOLDS.balanced)).toBeNull();
    const story = ['The Vela 3 is here. The Vela 3 is thinner than the Vela 2.', 'The phone went on sale last September at $799.'];
    const price = extractFigures(story).find((f) => f.value === 799)!;
    expect(price).toMatchObject({ designator: 'vela 3', inferredDesignator: true });
    expect(compareFigures(older, price, () => 1, THRESHOLDS.balanced)).toBeNull();
    const [same] = extractFigures(['The phone went on sale last September at $749.']);
    expect(compareFigures(same, { ...price, value: 749 }, () => 1, THRESHOLDS.balanced)).toMatchObject({ match: 'exact' });
    const [plain] = extractFigures(['The phone went on sale last September at $699.']);
    expect(compareFigures(older, plain, () => 1, THRESHOLDS.balanced)).toMatchObject({ match: 'variant', differs: true });
  });
});

describe('designators: quarters are numbered periods', () => {
  it('reads "Q3", "third quarter" and "third-quarter" as one period', () => {
    const s = 'Third-quarter revenue of $35.1 billion beat the $30 billion of the second quarter.';
    expect(designatorNear(s, 27, 40)).toBe('quarter 3');
    expect(designatorNear(s, 45, 56)).toBe('quarter 2');
    expect(designatorNear('It expects $32.5 billion in Q3 revenue.', 11, 24)).toBe('quarter 3');
    expect(mainDesignator(['Second-quarter revenue rose.', 'The second quarter was strong, and the third quarter will be too.'])).toBe('quarter 2');
  });

  it('never sets one quarter’s figure against another’s', () => {
    const [q3] = extractFigures(['Third-quarter revenue was $35.08 billion, the company said.']);
    const [q2] = extractFigures(['Second-quarter revenue was $30.04 billion, the company said.']);
    const [plain] = extractFigures(['Revenue was $30.04 billion, the company said.']);
    expect(compareFigures(q3, q2, () => 1, THRESHOLDS.balanced)).toBeNull();
    expect(compareFigures(plain, q2, () => 1, THRESHOLDS.balanced)).toMatchObject({ match: 'exact' });
  });
});
