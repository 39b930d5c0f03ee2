import { describe, expect, it } from 'vitest';
import { extractFigures, measureOf } from '../../lib/claims/figures';
import { compareFigures } from '../../lib/match/compare-figures';
import { THRESHOLDS } from '../../lib/match/strictness';
import { findNumbers } from '../../lib/text/numbers';

/** Each mention of a text as [its span, value, unit, noun]. */
const read = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit, m.noun.join(' ')]);
const t = THRESHOLDS.balanced;

describe('results and scores as one figure (unit score)', () => {
  it('reads the sets of a match as one score, whatever separates them', () => {
    expect(read('She beat Tamsin Roque 6-4 3-6 7-5 in the final.')).toEqual([['6-4 3-6 7-5', 60403060705, 'score', '6-4 3-6 7-5']]);
    expect(read('It ended 6-4, 3-6, 7-5.')[0].slice(1)).toEqual([60403060705, 'score', '6-4 3-6 7-5']);
    expect(read('beating Kowal 7-6 (5) 6-2 in the semi-final')[0][3]).toBe('7-6(5) 6-2');
    expect(read('beat him 6-7 (3/7), 7-6 (7/2), 7-6 (7/2) on Sunday')[0][3]).toBe('6-7(3/7) 7-6(7/2) 7-6(7/2)');
  });

  it('reads one pair beside a word of winning, losing or voting', () => {
    expect(read('United won 3-1 on Sunday.')).toEqual([['3-1', 301, 'score', '3-1']]);
    expect(read('The council voted 5-2 to approve it.')[0][2]).toBe('score');
    expect(read('In a 4-3 decision, the court agreed.')[0].slice(0, 3)).toEqual(['4-3', 403, 'score']);
    expect(read('the 2-1 defeat at home')[0][2]).toBe('score');
    expect(read('The court ruled by five votes to two.')).toEqual([['five votes to two', 502, 'score', '5-2']]);
  });

  it('never gives a fragment of a score or a range as a figure of its own', () => {
    for (const text of ['a 6-3 3-6 7-5 win', 'a 4-3 majority', 'they lost 1-0 and 2-1']) {
      expect(read(text).every(([, , unit]) => unit === 'score'), text).toBe(true);
    }
    expect(read('She led 5-3 in the opening set.')).toEqual([]);
    expect(read('a 2-1 lead in the second set')).toEqual([]);
    expect(read('groups of 10-15 people')).toEqual([]);
  });

  it('compares two scores as wholes: the same games are one result, others a variant only in a like clause', () => {
    const [final] = extractFigures(['Arkwell beat Roque 6-4 3-6 7-5 in the final.']);
    const [same] = extractFigures(['Arkwell won the final 6-4, 3-6, 7-5 on Sunday.']);
    const [tieBreak] = extractFigures(['Arkwell beat Roque 6-4 3-6 7-6 (5) in the final.']);
    const [twoSets] = extractFigures(['Arkwell beat Roque 6-4 7-5 in the final.']);
    expect(compareFigures(final, same, () => 0, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(final, tieBreak, () => 1, t)).toMatchObject({ match: 'variant', why: 'another value' });
    expect(compareFigures(final, twoSets, () => 1, t)).toBeNull();
    const [vote] = extractFigures(['In a 4-3 decision, the court cut the sentence.']);
    const [ruling] = extractFigures(['In a 5-2 ruling, the court cut the sentence.']);
    expect(compareFigures(vote, ruling, () => 0.9, t)).toMatchObject({ match: 'variant' });
    expect(compareFigures(vote, ruling, () => 0, t)).toBeNull();
    expect(compareFigures(ruling, { ...ruling }, () => 0, t)).toBeNull();
    expect(compareFigures(ruling, { ...ruling }, () => 1, t)).toMatchObject({ match: 'exact' });
  });
});

describe('durations in parts as one figure, in the smaller unit', () => {
  it('adds the parts up', () => {
    expect(read('in two hours and 38 minutes')).toEqual([['two hours and 38 minutes', 158, 'count', 'minutes']]);
    expect(read('in one hour and 49 minutes')[0][1]).toBe(109);
    expect(read('after 2 hours 38 minutes')[0].slice(1)).toEqual([158, 'count', 'minutes']);
    expect(read('won in 3 hours, 20 minutes, the longest final')[0].slice(1)).toEqual([200, 'count', 'minutes']);
    expect(read('a two hour 45-minute battle')[0][1]).toBe(165);
    expect(read('cut to four years and six months')).toEqual([['four years and six months', 54, 'months', 'months']]);
    expect(read('searched for a day and a half')).toEqual([['a day and a half', 36, 'count', 'hours']]);
    expect(read('cut by a year and a half')).toEqual([['a year and a half', 1.5, 'years', 'years']]);
  });

  it('leaves two durations that are not one alone', () => {
    expect(read('four years and six of his colleagues').map((r) => r[0])).toEqual(['four years', 'six of his colleagues']);
    expect(read('two hours and a crowd of fans').map((r) => r[2])).not.toContain('minutes');
  });

  it('compares spans of time in other units: four weeks are 28 days, two hours 120 minutes', () => {
    const weeks = extractFigures(['The river stayed high for four weeks after the storm.'])[0];
    const days = extractFigures(['The river stayed high for 28 days after the storm.'])[0];
    expect(measureOf(weeks)).toEqual(measureOf(days));
    expect(compareFigures(weeks, days, () => 1, t)).toMatchObject({ match: 'exact' });
    const hours = extractFigures(['The match lasted two hours and 38 minutes.'])[0];
    const minutes = extractFigures(['The match lasted 158 minutes.'])[0];
    expect(compareFigures(hours, minutes, () => 1, t)).toMatchObject({ match: 'exact' });
    const five = extractFigures(['The river stayed high for five weeks after the storm.'])[0];
    expect(compareFigures(five, days, () => 1, t)?.match).not.toBe('exact');
  });

  it('keeps the size of a change apart from the level it reached', () => {
    const [by, to] = extractFigures(['His sentence was cut by 18 months, to four years and six months.']);
    expect(by.subject).toBe('change');
    expect(to.subject).not.toBe('change');
  });
});

describe('money, counts and ordinals of every kind of news', () => {
  it('reads money in its common forms', () => {
    expect(read('costs 699 pounds in Britain')).toEqual([['699 pounds', 699, 'GBP', '']]);
    expect(read('weighs 150 pounds')[0][2]).not.toBe('GBP');
    expect(read('a profit of $4.2bn')[0].slice(1, 3)).toEqual([4200000000, 'USD']);
    expect(read('310 million euros')[0].slice(1, 3)).toEqual([310000000, 'EUR']);
    expect(read('shares rose to $22.38')[0].slice(1, 3)).toEqual([22.38, 'USD']);
  });

  it('counts with an ordinal that counts, not one that names a place in a sequence', () => {
    expect(read('to win her third league title')).toEqual([['third league title', 3, 'ordinal', 'league title']]);
    expect(read('The title is the 11th of Arkwell’s career.')[0].slice(1)).toEqual([11, 'ordinal', 'title']);
    expect(read('sales fell for the ninth straight quarter')[0].slice(1, 3)).toEqual([9, 'ordinal']);
    for (const text of ['she won the second set', 'out in the fourth round', 'broke in the ninth game', 'my second priority', 'the fourth seed', 'fourth-quarter revenue fell']) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('reads shares said as fractions, and counts whose noun stands before them', () => {
    expect(read('profit fell by almost a fifth.')).toEqual([['almost a fifth', 20, 'percent', 'percent']]);
    expect(read('she won more than half of the points')[0].slice(0, 3)).toEqual(['more than half', 50, 'percent']);
    // A count of terms ("a third term", as "a fifth title"), not a share.
    expect(read('a third term in office')).toEqual([['third term', 3, 'ordinal', 'term']]);
    expect(read('About a quarter of a million ballots were cast')[0].slice(1, 3)).toEqual([250000, 'count']);
    expect(read('in front of a crowd of 14,950.')).toEqual([['crowd of 14,950', 14950, 'count', 'crowd']]);
    expect(read('in the summer of 2024.')[0][2]).toBe('year');
    expect(read('11 other people were injured')).toEqual([['11 other people', 11, 'count', 'people']]);
  });

  it('gives a count after "with" that ends its clause the noun of the count before it', () => {
    const figures = extractFigures(['The Union won 21 seats, Labour finished with 17, and the Greens with eight.']);
    expect(figures.map((f) => [f.value, f.noun.join(' ')])).toEqual([[21, 'seats'], [17, 'seats'], [8, 'seats']]);
  });
});
