import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
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
    expect(a).toMatchObject({ value: 1_000_000, unit: 'USD' });
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

  it('reads "since she was 15" as a time of life, age 15, and not a number that goes on', () => {
    expect(one('Merle has coached Arkwell since she was 15, and it shows.')).toMatchObject({ text: 'since she was 15', value: 15, unit: 'age' });
    expect(findNumbers('Since she was 15 points behind, she attacked.').map((m) => m.unit)).toEqual(['count']);
    expect(findNumbers('The index was 15 when trading closed.').map((m) => m.unit)).not.toContain('age');
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
      [3, 'count'],
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
  it('does not read "1st", "the 1990s" or "5G" as counts, and reads "10km" as a measure', () => {
    expect(read('He took 1st place.')).toEqual([]);
    expect(read('Prices in the 1990s rose.')).toEqual([]);
    expect(read('a 5G mast went up')).toEqual([]);
    expect(findNumbers('She ran a 10km race.')).toMatchObject([{ value: 10, unit: 'count', noun: ['kilometres'] }]);
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
  it('reads money in its currency, with its scale', () => {
    expect(read('more than $500 million into advertising')).toEqual([['more than $500 million', 500_000_000, 'USD', '']]);
    expect(read('a €1.5 billion fund')).toEqual([['€1.5 billion', 1_500_000_000, 'EUR', '']]);
    expect(read('It cost £20.')).toEqual([['£20', 20, 'GBP', '']]);
  });
  it('reads "aged 57" as an age', () => {
    expect(read('Rutte, aged 57, took over')).toEqual([['57', 57, 'age', '']]);
  });
});

describe('findNumbers: money, points and rates', () => {
  const read = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);
  it.each([
    ['a £65m contract', '£65m', 65_000_000, 'GBP'],
    ['a €1.5bn fund', '€1.5bn', 1_500_000_000, 'EUR'],
    ['a $3 billion deal', '$3 billion', 3_000_000_000, 'USD'],
    ['it raised $500 million', '$500 million', 500_000_000, 'USD'],
    ['it lent 2.4 million euros', '2.4 million euros', 2_400_000, 'EUR'],
    ['worth US$2bn', 'US$2bn', 2_000_000_000, 'USD'],
    ['worth A$5m', 'A$5m', 5_000_000, 'AUD'],
    ['worth USD 40 million', 'USD 40 million', 40_000_000, 'USD'],
  ])('%s: %s = %d %s', (text, span, value, unit) => {
    expect(read(text)).toEqual([[span, value, unit]]);
  });

  it('keeps a currency shared by several countries as a counted noun', () => {
    expect(findNumbers('a saving of about 640 crowns a month')).toMatchObject([{ value: 640, unit: 'count', noun: ['crowns'], qualifier: 'about' }]);
  });

  it('reads basis points and percentage points, in digits and in words', () => {
    expect(read('it cut by 50 basis points')).toEqual([['50 basis points', 50, 'basis points']]);
    expect(read('the yield fell 21bp')).toEqual([['21bp', 21, 'basis points']]);
    expect(read('by half a percentage point to 4.75%')).toEqual([['half a percentage point', 0.5, 'percentage points'], ['4.75%', 4.75, 'percent']]);
    expect(read('a quarter-point cut')).toEqual([['a quarter-point', 0.25, 'percentage points']]);
    expect(read('cut by half a point')).toEqual([['half a point', 0.5, 'percentage points']]);
    expect(read('up 0.25 percentage points')).toEqual([['0.25 percentage points', 0.25, 'percentage points']]);
  });

  it('reads "per cent" as percent', () => {
    expect(read('to 4.75 per cent')).toEqual([['4.75 per cent', 4.75, 'percent']]);
  });

  it('reads a fraction of a whole as a share', () => {
    expect(read('Almost two-thirds of homeowners')).toEqual([['Almost two-thirds', 66.7, 'percent']]);
    expect(read('three quarters of voters')).toEqual([['three quarters', 75, 'percent']]);
    expect(read('it grew for three quarters')).toEqual([['three quarters', 3, 'count']]);
  });

  it('reads a decimal standing alone as a level', () => {
    expect(read('The crown was at 11.42 on Thursday.')).toEqual([['11.42', 11.42, 'count']]);
  });
});

describe('findNumbers: durations and words', () => {
  const read = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);
  it.each([
    ['for 10 years', '10 years'],
    ['for ten years', 'ten years'],
    ['for a decade', 'a decade'],
    ['after a bruising decade in office', 'a bruising decade'],
  ])('%s is ten years', (text, span) => {
    expect(read(text)).toEqual([[span, 10, 'years']]);
  });

  it('reads a bare singular decade after any determiner, whatever follows', () => {
    expect(read('whose decade in charge ended')).toEqual([['decade', 10, 'years']]);
    expect(read('her decade as mayor')).toEqual([['decade', 10, 'years']]);
    expect(read('two decades later')).toEqual([['two decades', 20, 'years']]);
  });

  it('reads "a year and a half" and "18 months"', () => {
    expect(read('for a year and a half')).toEqual([['a year and a half', 1.5, 'years']]);
    expect(read('for 18 months')).toEqual([['18 months', 18, 'months']]);
  });

  it.each([
    ['fifty-seven delegates', 57],
    ['Thirty-two flags flew', 32],
    ['one billion people', 1e9],
    ['a billion people', 1e9],
  ])('%s = %d', (text, value) => {
    expect(findNumbers(text)).toMatchObject([{ value, unit: 'count' }]);
  });

  it('reads a British day-month date like a month-day one', () => {
    expect(findNumbers('on 1 October')).toMatchObject([{ value: 1, unit: 'date', month: 10 }]);
    expect(findNumbers('on 13 March')).toMatchObject([{ value: 13, unit: 'date', month: 3 }]);
    expect(findNumbers('on October 1')).toMatchObject([{ value: 1, unit: 'date', month: 10 }]);
  });
});

describe('findNumbers: counted nouns joined by "of" or a hyphen', () => {
  it('counts the part of a whole, and the whole', () => {
    expect(findNumbers('23 of its 32 members met the target')).toMatchObject([
      { value: 23, unit: 'count', noun: ['members'] },
      { value: 32, unit: 'count', noun: ['members'] },
    ]);
    expect(findNumbers('six of the nine judges agreed')).toMatchObject([{ value: 6, noun: ['judges'] }, { value: 9, noun: ['judges'] }]);
  });

  it('orders days by number ("day 1,000 of the war")', () => {
    const text = 'On day 1,000 of the war, leaders met.';
    const [m] = findNumbers(text);
    expect(m).toMatchObject({ value: 1000, unit: 'ordinal', noun: ['day'] });
    expect(text.slice(m.start, m.end)).toBe('day 1,000');
  });

  it('counts people by what happened to them', () => {
    expect(findNumbers('around 1,000 killed or wounded a day')).toMatchObject([
      { value: 1000, qualifier: 'around', noun: ['killed', 'or', 'wounded'] },
    ]);
  });

  it('reads a measure hyphened to its adjective and a percentage of something', () => {
    expect(findNumbers('the 1.93m-tall striker')).toMatchObject([{ value: 1.93, noun: ['metres', 'tall'], compound: true }]);
    expect(findNumbers('a country of 38m people')).toMatchObject([{ value: 38_000_000, noun: ['people'] }]);
    expect(findNumbers('99 percent of the security assistance')).toMatchObject([{ value: 99, unit: 'percent' }]);
  });
});

describe('findNumbers: numbers that are not figures', () => {
  it.each([
    'Updated 12:48 PM EDT',
    'at 09:30 GMT',
    'by 10.15am on Friday',
    'at 10 am sharp',
    '[1] see the notes',
    '2) the plan',
    'under Article 5 of the treaty',
    'in section 3 of the law',
    'Kongsgate 12, Aldersund',
    'Visit us at Kongsgate 12 today',
    '© 2025 The Post',
    'Copyright 2025 The Post',
    'my second priority is growth',
    'she won a second term',
    'G7 leaders met',
    'the statement came at 9.30 GMT',
    'the COVID-19 pandemic',
    'an F-16 jet',
  ])('%s', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('keeps ordinals of time and rank', () => {
    expect(findNumbers('the war is in its third year')).toMatchObject([{ value: 3, unit: 'ordinal', noun: ['year'] }]);
    expect(findNumbers('the 14th secretary general')).toMatchObject([{ value: 14, unit: 'ordinal' }]);
  });

  it('keeps an ordinal after "a" that counts: from the third on ("a fifth title", "a 16th time")', () => {
    expect(findNumbers('clinched a fifth league success for the coach')).toMatchObject([{ value: 5, unit: 'ordinal', noun: ['league', 'success'] }]);
    expect(findNumbers('to win it for a 16th time next season')).toMatchObject([{ value: 16, unit: 'ordinal', noun: ['time', 'next', 'season'] }]);
    expect(findNumbers('she made my third point for me')).toEqual([]);
  });

  it('reads "in the 83rd minute" as "on 83 minutes": when in a contest something happened', () => {
    expect(findNumbers('He slid home in the 83rd minute to seal it.')).toMatchObject([{ value: 83, unit: 'count', noun: ['minutes'] }]);
    expect(findNumbers('his 83rd-minute goal')).toMatchObject([{ value: 83, unit: 'count', noun: ['minutes'] }]);
    expect(findNumbers('a strike on 83 minutes')).toMatchObject([{ value: 83, unit: 'count', noun: ['minutes'] }]);
    expect(findNumbers('in the ninth minute')).toMatchObject([{ value: 9, noun: ['minutes'] }]);
  });

  it('reads "the month-long trial" and "a year-long inquiry" as one unit of time', () => {
    expect(findNumbers('throughout the month-long trial of their son')).toMatchObject([{ value: 1, unit: 'months', noun: ['month'] }]);
    expect(findNumbers('after a year-long inquiry')).toMatchObject([{ value: 1, unit: 'years' }]);
    expect(findNumbers('the year ended; a month ago; this year-long plan')).toEqual([]);
  });

  it('reads a year or a month with a qualifier as a span, and leaves a bare one', () => {
    expect(findNumbers('The ruling comes nearly a year after the trial began.')).toMatchObject([{ value: 1, unit: 'years', qualifier: 'nearly' }]);
    expect(findNumbers('It took more than a month.')).toMatchObject([{ value: 1, unit: 'months', qualifier: 'more than' }]);
    expect(findNumbers('Once a year they meet; a year ago it rained.')).toEqual([]);
  });

  it('keeps a count after a day name', () => {
    expect(findNumbers('On Tuesday 32 nations met.')).toMatchObject([{ value: 32, noun: ['nations'] }]);
  });

  it('keeps a count or a year after a word that opens the sentence', () => {
    expect(findNumbers('Nearly 85,000 people are out of work.')).toMatchObject([{ value: 85_000, qualifier: 'nearly' }]);
    expect(findNumbers('In 2014, Russia annexed Crimea.')).toMatchObject([{ value: 2014, unit: 'year' }]);
  });
});

describe('findNumbers: numbers in words and their equivalents', () => {
  it('reads "two dozen" as 24 and keeps the noun', () => {
    expect(one('About two dozen schools will close.')).toMatchObject({ value: 24, qualifier: 'about', noun: ['schools'] });
    expect(one('Half a dozen schools will close.')).toMatchObject({ value: 6, noun: ['schools'] });
    expect(findNumbers('Dozens of schools will close.')).toEqual([]);
  });

  it('reads a part of a whole after a possessive: "Twenty-three of the union\'s 27 members"', () => {
    const [part, whole] = find("Twenty-three of the union's 27 members agreed.");
    expect(part).toMatchObject({ text: 'Twenty-three', value: 23, unit: 'count', noun: ['members'] });
    expect(whole).toMatchObject({ value: 27, noun: ['members'] });
  });

  it('reads "this year 23 of the 32 clubs" as a part, not day-like "year 23"', () => {
    const [part, whole] = find('This year 23 of the 32 clubs are expected to qualify.');
    expect(part).toMatchObject({ value: 23, unit: 'count', noun: ['clubs'] });
    expect(whole).toMatchObject({ value: 32, unit: 'count' });
    expect(findNumbers('on day 1,000 of the war')).toMatchObject([{ value: 1000, unit: 'ordinal' }]);
  });

  it('spans a part of a whole to its noun only when the noun phrase is whole', () => {
    expect(one('She sat in two of his cabinets.')).toMatchObject({ text: 'two of his cabinets', noun: ['cabinets'] });
    expect(find('It closed 38 of its larger out-of-town stores.')[0]).toMatchObject({ text: '38', value: 38 });
  });

  it('reads "N-strong" as a count of members', () => {
    expect(one('the 40-strong choir sang')).toMatchObject({ text: '40-strong choir', value: 40, unit: 'count', noun: ['members', 'choir'], compound: true });
  });

  it('reads the older value of a change with its noun left out: "up from three in 2014"', () => {
    const found = find('Nine firms pay it, up from three in 2014.');
    expect(found.map((m) => [m.value, m.unit, m.elided ?? false])).toEqual([[9, 'count', false], [3, 'count', true], [2014, 'year', false]]);
  });
});

describe('findNumbers: ages without a unit', () => {
  it.each([
    ['Jones, who is 61, said so.', 61],
    ['She became mayor at forty-three and stayed.', 43],
    ['He turned 50 on Monday.', 50],
  ])('%s', (text, value) => {
    expect(find(text).filter((m) => m.unit === 'age')).toMatchObject([{ value }]);
  });

  it('leaves levels and small numbers alone', () => {
    expect(findNumbers('The index closed at 43 on Friday.').filter((m) => m.unit === 'age')).toEqual([]);
    expect(findNumbers('We meet at 9 tomorrow.').filter((m) => m.unit === 'age')).toEqual([]);
    expect(findNumbers('With temperatures at 30 and rising, crowds gathered.').filter((m) => m.unit === 'age')).toEqual([]);
  });
});

describe('findNumbers: furniture', () => {
  it('passes over a zero-padded day-month timestamp whole', () => {
    expect(findNumbers('Official record · 01 Oct. 2024 | updated')).toEqual([]);
    expect(one('It opened on 1 October 2024 in town.')).toMatchObject({ text: '1 October 2024', unit: 'date', month: 10 });
  });

  it('passes over a bracketed file size', () => {
    expect(findNumbers('Download the audio (MP3, 14.2 MB).')).toEqual([]);
  });
});

describe('words that name built-in properties', () => {
  it('are not numbers, units or figures ("constructor", "toString", "valueOf")', () => {
    expect(findNumbers('The constructor of the bridge and the valueOf claim, toString hasOwnProperty.')).toEqual([]);
    expect(findNumbers('It took two constructor weeks and three valueOf.').every((m) => typeof m.value === 'number' && Number.isFinite(m.value))).toBe(true);
    expect(extractFigures(['The constructor of the bridge said the toString project would cost more.'])).toEqual([]);
  });
});

// findNumbers asks its readers only at a word that can begin a number: every kind of first word
// must still be read.
describe('findNumbers: every word a number can begin with', () => {
  it.each([
    ['It took a decade.', 'a decade', 10, 'years'],
    ['It took a turbulent decade.', 'a turbulent decade', 10, 'years'],
    ['The talks lasted an hour and a half.', 'an hour and a half', 90, 'count'],
    ['Half a million people came.', 'Half a million people', 500000, 'count'],
    ['Rates rose by a quarter of a percentage point.', 'a quarter of a percentage point', 0.25, 'percentage points'],
    ['The bank cut rates by quarter of a percentage point.', 'quarter of a percentage point', 0.25, 'percentage points'],
    ['It was the fourth straight quarter of growth.', 'fourth straight quarter', 4, 'ordinal'],
    ['It opened on March 5 in Oslo.', 'March 5', 5, 'date'],
    ['Twenty-three members agreed.', 'Twenty-three members', 23, 'count'],
    ['Seventy delegates voted.', 'Seventy delegates', 70, 'count'],
    ['Prices fell by almost a fifth.', 'almost a fifth', 20, 'percent'],
  ])('%s', (text, span, value, unit) => {
    expect(one(text)).toMatchObject({ text: span, value, unit });
  });

  it('reads nothing from words that begin no number', () => {
    expect(find('The alliance met again in private, behind closed doors.')).toEqual([]);
  });
});
