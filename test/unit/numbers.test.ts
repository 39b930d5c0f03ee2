import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMention } from '../../lib/text/numbers';

/** The mentions of a text with the span each covers, for readable expectations. */
function find(text: string) {
  return findNumbers(text).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

/** The single mention in a text. */
function one(text: string): NumberMention & { text: string } {
  const all = find(text);
  expect(all, `one number in ${JSON.stringify(text)}`).toHaveLength(1);
  return all[0];
}

describe('findNumbers: digits', () => {
  it('reads a plain count with its noun', () => {
    expect(one('NATO has 32 nations.')).toMatchObject({ text: '32 nations', value: 32, unit: 'count', noun: ['nations'], qualifier: null });
  });

  it('reads thousands separators and decimals', () => {
    const [a, b] = find('It cost 1,000,000 dollars and 2.5 percent more.');
    expect(a).toMatchObject({ value: 1_000_000, unit: 'count', noun: ['dollars'] });
    expect(b).toMatchObject({ value: 2.5, unit: 'percent' });
  });

  it('reads a decimal comma and a scale word', () => {
    expect(one('about 3,5 million people')).toMatchObject({ value: 3_500_000, qualifier: 'about', noun: ['people'] });
    expect(one('2.5 million people')).toMatchObject({ value: 2_500_000 });
  });

  it('keeps several-word nouns ("32 member countries")', () => {
    expect(one('the 32 member countries')).toMatchObject({ value: 32, noun: ['member', 'countries'] });
    expect(one('the 32 member countries').compound).toBeUndefined();
  });

  it('marks a hyphenated modifier as compound ("32-member alliance")', () => {
    expect(one('the 32-member alliance')).toMatchObject({ value: 32, unit: 'count', noun: ['member', 'alliance'], compound: true });
  });

  it('reads the start and end of the mention as offsets into the text', () => {
    const text = 'Leaders of 23 countries were there.';
    const [m] = findNumbers(text);
    expect(text.slice(m.start, m.end)).toBe('23 countries');
  });

  it('ignores version-like dotted numbers', () => {
    expect(find('version 1.2.3 shipped')).toEqual([]);
  });
});

describe('findNumbers: number words', () => {
  it.each([
    ['twenty-three countries', 23],
    ['forty-two nations', 42],
    ['seventy five people', 75],
    ['one hundred and five soldiers', 105],
    ['ten thousand soldiers', 10_000],
    ['two billion people', 2_000_000_000],
    ['three million two hundred thousand voters', 3_200_000],
    ['a dozen eggs', 12],
    ['a million people', 1_000_000],
    ['a thousand cuts', 1000],
    ['zero cases', 0],
  ])('%s = %d', (text, value) => {
    expect(one(text)).toMatchObject({ value, unit: 'count' });
  });

  it('reads "half a million troops" as 500000', () => {
    expect(one('NATO has identified half a million troops that could deploy.')).toMatchObject({
      text: 'half a million troops', value: 500_000, unit: 'count', noun: ['troops'],
    });
  });

  it('reads "Four countries" with a capital letter', () => {
    expect(one('Four countries joined the alliance.')).toMatchObject({ value: 4, unit: 'count', noun: ['countries'] });
  });

  it('reads "three-and-a-half years" and "three and a half years" as 3.5 years', () => {
    expect(one('more than three-and-a-half years after the invasion')).toMatchObject({
      text: 'more than three-and-a-half years', value: 3.5, unit: 'years', qualifier: 'more than',
    });
    expect(one('three and a half years')).toMatchObject({ value: 3.5, unit: 'years' });
  });
});

describe('findNumbers: ordinals', () => {
  it('reads "14th secretary general" as ordinal 14 with its noun', () => {
    expect(one('Rutte, the 14th secretary general of NATO')).toMatchObject({
      text: '14th secretary general', value: 14, unit: 'ordinal', noun: ['secretary', 'general'],
    });
  });

  it('reads "13th secretary-general" the same way', () => {
    expect(one('NATO’s 13th secretary-general')).toMatchObject({ value: 13, unit: 'ordinal', noun: ['secretary', 'general'] });
  });

  it('reads word ordinals ("third year", "thirteenth secretary general")', () => {
    expect(one('with the war now in its third year')).toMatchObject({ text: 'third year', value: 3, unit: 'ordinal', noun: ['year'] });
    expect(one('the thirteenth secretary general')).toMatchObject({ value: 13, unit: 'ordinal' });
  });

  it('does not count the ordinal "first"', () => {
    expect(find('as he chaired his first meeting of alliance ambassadors')).toEqual([]);
    expect(find('Donald Trump’s first term in power')).toEqual([]);
  });

  it('needs a noun after an ordinal', () => {
    expect(find('He came 2nd.')).toEqual([]);
  });
});

describe('findNumbers: percentages', () => {
  it.each([
    ['2 percent of gross domestic product', 2],
    ['2% of their gross domestic product', 2],
    ['2 per cent of output', 2],
    ['twelve per cent', 12],
    ['a 2-percent target', 2],
    ['1.5% growth', 1.5],
    ['99 percent of all foreign weaponry', 99],
  ])('%s', (text, value) => {
    expect(one(text)).toMatchObject({ value, unit: 'percent', noun: ['percent'] });
  });

  it('ends the mention at the percent sign or word', () => {
    expect(one('spending 2 percent of GDP').text).toBe('2 percent');
    expect(one('spending 2% of GDP').text).toBe('2%');
    expect(one('spending 2 per cent of GDP').text).toBe('2 per cent');
  });
});

describe('findNumbers: durations', () => {
  it('reads "a decade" as 10 years without a qualifier', () => {
    expect(one('as he ended a decade in office')).toMatchObject({ text: 'a decade', value: 10, unit: 'years', qualifier: null });
  });

  it('reads "nearly a decade" as 10 years with the qualifier', () => {
    expect(one('who led NATO for nearly a decade')).toMatchObject({ text: 'nearly a decade', value: 10, unit: 'years', qualifier: 'nearly' });
    expect(one('Nearly a decade later')).toMatchObject({ qualifier: 'nearly' });
  });

  it('reads an adjective before decade ("a turbulent decade") and a bare "decade"', () => {
    expect(one('who led NATO for a turbulent decade')).toMatchObject({ value: 10, unit: 'years' });
    expect(one('whose decade at the helm')).toMatchObject({ value: 10, unit: 'years' });
  });

  it('multiplies decades and reads months', () => {
    expect(one('almost two decades of war')).toMatchObject({ value: 20, unit: 'years', qualifier: 'almost' });
    expect(one('six months later')).toMatchObject({ value: 6, unit: 'months' });
  });

  it('reads "four-year term" as 4 years of a term', () => {
    expect(one('his initial four-year term at the helm')).toMatchObject({ text: 'four-year term', value: 4, unit: 'years', noun: ['term'] });
  });

  it('reads "12 years in charge" as 12 years', () => {
    expect(one('who spent 12 years in charge')).toMatchObject({ value: 12, unit: 'years' });
  });
});

describe('findNumbers: qualifiers', () => {
  it.each([
    ['over 40 countries', 'over'],
    ['at least 5 ships', 'at least'],
    ['some 30 nations', 'some'],
    ['more than 30 nations', 'more than'],
    ['fewer than 30 nations', 'fewer than'],
    ['almost 30 nations', 'almost'],
  ])('%s', (text, qualifier) => {
    const m = one(text);
    expect(m.qualifier).toBe(qualifier);
    expect(m.text).toBe(text);
  });
});

describe('findNumbers: ages', () => {
  it('reads "57-year-old" as age 57', () => {
    expect(one('The straight-talking 57-year-old replaced Jens Stoltenberg')).toMatchObject({
      text: '57-year-old', value: 57, unit: 'age', noun: [],
    });
  });

  it('reads "57 years old" as age 57', () => {
    expect(one('He is 57 years old.')).toMatchObject({ value: 57, unit: 'age' });
  });

  it('reads a possessive age too', () => {
    expect(one("the straight-talking 57-year-old's first major test")).toMatchObject({ value: 57, unit: 'age' });
  });
});

describe('findNumbers: years', () => {
  it('reads "in 2014" as a year', () => {
    expect(one('took over in 2014, the year that')).toMatchObject({ text: '2014', value: 2014, unit: 'year', noun: [] });
  });

  it('reads a year before an event noun as a year, not a count', () => {
    expect(one('the 2024 U.S. presidential election')).toMatchObject({ value: 2024, unit: 'year' });
    expect(one('the 2024 election')).toMatchObject({ value: 2024, unit: 'year' });
  });

  it('reads a four-digit number before a plural noun as a count', () => {
    expect(one('2022 contracts were signed')).toMatchObject({ value: 2022, unit: 'count', noun: ['contracts'] });
  });
});

describe('findNumbers: dates', () => {
  it('reads "November 5" as day 5 of month 11', () => {
    expect(one('The outcome of the November 5 vote')).toMatchObject({ text: 'November 5', value: 5, unit: 'date', month: 11 });
  });

  it('reads "1 October 2024" with the year', () => {
    expect(one('on 1 October 2024 he took over')).toMatchObject({ text: '1 October 2024', value: 1, unit: 'date', month: 10 });
  });

  it('reads "Oct. 1, 2024" and "Oct. 1"', () => {
    expect(one('on Oct. 1, 2024 he took over')).toMatchObject({ text: 'Oct. 1, 2024', value: 1, unit: 'date', month: 10 });
    expect(one('at NATO headquarters on Oct. 1.')).toMatchObject({ text: 'Oct. 1', value: 1, month: 10 });
  });

  it('reads "October 01, 2024" (a zero-padded day)', () => {
    expect(one('Tuesday, October 01, 2024 - NATO')).toMatchObject({ value: 1, unit: 'date', month: 10 });
  });

  it('reads an ISO date "2024-10-01"', () => {
    expect(one('dated 2024-10-01 here')).toMatchObject({ text: '2024-10-01', value: 1, unit: 'date', month: 10 });
  });

  it('reads "May 5" as a date but not the verb "may"', () => {
    expect(one('May 5 was the day')).toMatchObject({ unit: 'date', month: 5, value: 5 });
    expect(find('it may 5').filter((m) => m.unit === 'date')).toEqual([]);
  });

  it('does not take a day out of range for a date', () => {
    expect(find('October 45 people').filter((m) => m.unit === 'date')).toEqual([]);
  });
});

describe('findNumbers: "one" as pronoun or article', () => {
  it('is not a figure in "one of", "one member", "One member"', () => {
    expect(find('One of Rutte’s key tasks')).toEqual([]);
    expect(find('an attack on one member is an attack on all')).toEqual([]);
    expect(find('One member left.')).toEqual([]);
    expect(find('He was the one pushing us to spend more')).toEqual([]);
  });

  it('is a figure when written in digits', () => {
    expect(one('Only 1 member left.')).toMatchObject({ value: 1, unit: 'count' });
  });

  it('is a figure as a scale ("one billion people")', () => {
    expect(one('to keep our one billion people.')).toMatchObject({ value: 1e9, noun: ['people'] });
  });
});

describe('findNumbers: several mentions', () => {
  it('finds every figure of a sentence in order, with increasing offsets', () => {
    const text = 'This year, 23 countries are set to reach NATO’s target of spending 2 percent of gross domestic product, up from 3 in 2014.';
    const found = find(text);
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      [23, 'count'],
      [2, 'percent'],
      [2014, 'year'],
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it('finds nothing in text without numbers', () => {
    expect(find('Rutte took over from Stoltenberg on Tuesday.')).toEqual([]);
    expect(find('')).toEqual([]);
  });
});

describe('findNumbers: edge cases found in review', () => {
  const read = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);
  it('does not read "1st", "the 1990s" or "10km" as counts', () => {
    expect(read('He took 1st place.')).toEqual([]);
    expect(read('Prices in the 1990s rose.')).toEqual([]);
    expect(read('She ran a 10km race.')).toEqual([]);
  });
  it('reads "November 5th" and "5 May 2024" as dates', () => {
    expect(read('the vote on November 5th')).toEqual([['November 5th', 5, 'date']]);
    expect(read('on 5 May 2024 the talks')).toEqual([['5 May 2024', 5, 'date']]);
  });
  it('ends the counted noun at its first plural', () => {
    expect(findNumbers("23 countries meet NATO's target")[0].noun).toEqual(['countries']);
    expect(findNumbers('half a million troops ready')[0].noun).toEqual(['troops']);
    expect(findNumbers('32 member countries met')[0].noun).toEqual(['member', 'countries']);
  });
});

describe('findNumbers: ages set off by commas', () => {
  it('reads "Rutte, 57, said" as an age, and not a list of numbers', () => {
    const ages = (text: string) => findNumbers(text).filter((m) => m.unit === 'age').map((m) => m.value);
    expect(ages('Rutte, 57, said he was ready.')).toEqual([57]);
    expect(ages('Mark Rutte, 57, took over.')).toEqual([57]);
    expect(ages('the scores were 12, 57, and 80')).toEqual([]);
  });
});

describe('findNumbers: money and "aged"', () => {
  const read = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit, m.noun.join(' ')]);
  it('counts currency with its scale', () => {
    expect(read('more than $500 million into advertising')).toEqual([['more than $500 million', 500_000_000, 'count', 'dollars']]);
    expect(read('a €1.5 billion fund')).toEqual([['€1.5 billion', 1_500_000_000, 'count', 'euros']]);
    expect(read('It cost £20.')).toEqual([['£20', 20, 'count', 'pounds']]);
  });
  it('reads "aged 57" as an age', () => {
    expect(read('Rutte, aged 57, took over')).toEqual([['57', 57, 'age', '']]);
  });
});
