import { describe, expect, it } from 'vitest';
import { conceptOf } from '../../lib/claims/concepts';
import { extractFigures, headOf } from '../../lib/claims/figures';
import { compareFigures } from '../../lib/match/compare-figures';
import { THRESHOLDS } from '../../lib/match/strictness';
import type { FigureClaim } from '../../lib/claims/types';
import { sourceBody } from './support/corpus';

const only = (blocks: string[], text: string): FigureClaim => {
  const found = extractFigures(blocks).filter((f) => f.text === text);
  expect(found, `one figure "${text}" in ${JSON.stringify(blocks)}`).toHaveLength(1);
  return found[0];
};

describe('conceptOf and headOf', () => {
  it('folds synonyms of the same subject', () => {
    expect(conceptOf('nations')).toBe('country');
    expect(conceptOf('countries')).toBe('country');
    expect(conceptOf('member')).toBe('country');
    expect(conceptOf('allies')).toBe('country');
    expect(conceptOf('helm')).toBe('tenure');
    expect(conceptOf('office')).toBe('tenure');
    expect(conceptOf('invasion')).toBe('war');
    expect(conceptOf('soldiers')).toBe('troop');
  });

  it('keeps unrelated words apart', () => {
    expect(conceptOf('troops')).not.toBe(conceptOf('countries'));
    expect(conceptOf('percent')).not.toBe(conceptOf('people'));
  });

  it('counts the last noun, or the first for a member compound', () => {
    expect(headOf({ noun: ['member', 'countries'] })).toBe('country');
    expect(headOf({ noun: ['member', 'alliance'], compound: true })).toBe('country');
    expect(headOf({ noun: ['nations'] })).toBe('country');
    expect(headOf({ noun: ['secretary', 'general'] })).toBe(conceptOf('general'));
    expect(headOf({ noun: [] })).toBe('');
  });
});

describe('extractFigures: values, units, nouns', () => {
  it('reads a count with its noun, value and unit', () => {
    const f = only(["In opting for the veteran Dutch statesman, NATO's 32 nations have picked a leader."], '32 nations');
    expect(f).toMatchObject({ kind: 'figure', value: 32, unit: 'count', noun: ['nations'], qualifier: null, quoted: false, block: 0 });
  });

  it('reads a percentage and a qualified duration', () => {
    const blocks = ['This year, 23 countries are set to reach the target of spending 2 percent of gross domestic product.', 'Jens Stoltenberg led NATO for nearly a decade.'];
    expect(only(blocks, '2 percent')).toMatchObject({ value: 2, unit: 'percent' });
    expect(only(blocks, 'nearly a decade')).toMatchObject({ value: 10, unit: 'years', qualifier: 'nearly', block: 1 });
  });

  it('gives ranges that point at the figure in its block', () => {
    const blocks = ['Intro.', 'Rutte said the 32-member alliance has half a million troops that could deploy, up from 2014.'];
    const figures = extractFigures(blocks);
    expect(figures.map((f) => f.text)).toEqual(['32-member alliance', 'half a million troops', '2014']);
    for (const f of figures) {
      expect(f.ranges).toHaveLength(1);
      expect(blocks[f.block].slice(f.ranges[0][0], f.ranges[0][1])).toBe(f.text);
    }
  });

  it('keeps the month of a date', () => {
    expect(only(['The outcome of the November 5 vote is set to be his first major test.'], 'November 5')).toMatchObject({ unit: 'date', value: 5, month: 11 });
  });

  it('marks a compound figure', () => {
    expect(only(['He stepped down after a decade at the head of the 32-member alliance.'], '32-member alliance').compound).toBe(true);
  });

  it('leaves out the ordinal "first" and "one" as a pronoun', () => {
    expect(extractFigures(['One of Rutte’s key tasks is his first meeting; an attack on one member is an attack on all.'])).toEqual([]);
  });
});

describe('extractFigures: numbers inside quotes', () => {
  const blocks = ['"We have 32 allies and one billion people," Rutte said, as 23 countries reach the target.'];

  it('leaves quoted numbers out by default', () => {
    const figures = extractFigures(blocks);
    expect(figures.map((f) => f.value)).toEqual([23]);
    expect(figures[0].quoted).toBe(false);
  });

  it('keeps them, marked quoted, with includeQuoted', () => {
    const figures = extractFigures(blocks, { includeQuoted: true });
    expect(figures.map((f) => [f.value, f.quoted])).toEqual([
      [32, true],
      [1e9, true],
      [23, false],
    ]);
  });

  it('leaves out the numbers of a quote that runs on from the block start', () => {
    expect(extractFigures(['"We have 32 allies and will grow to forty allies within the next few years'])).toEqual([]);
  });
});

describe('extractFigures: context, subject, person', () => {
  it('Joseph Luns, who spent 12 years in charge -> person luns, subject tenure', () => {
    const f = only(['His tenure was surpassed only by Dutch diplomat Joseph Luns, who spent 12 years in charge of NATO.'], '12 years');
    expect(f).toMatchObject({ value: 12, unit: 'years', person: 'luns', subject: 'tenure' });
  });

  it('nearly a decade of Stoltenberg -> person stoltenberg, subject tenure', () => {
    const f = only(['Rutte replaces Jens Stoltenberg, who led the North Atlantic Treaty Organization (NATO) for nearly a decade.'], 'nearly a decade');
    expect(f).toMatchObject({ person: 'stoltenberg', subject: 'tenure' });
  });

  it('takes its words and person from its own side of a semicolon', () => {
    const blocks = ['Mia Arkwell beat Ana Roque in the final.', 'She takes home $460,000; Arkwell’s cheque is for $865,000.'];
    const loser = only(blocks, '$460,000');
    expect(loser.person).toBeNull();
    expect(loser.context).not.toContain('chequ');
    expect(only(blocks, '$865,000')).toMatchObject({ person: 'arkwell' });
    expect(only(blocks, '$865,000').context).not.toContain('home');
  });

  it('an organisation’s name is no person: "Champions League" gives no person "league"', () => {
    const f = only(['Harbour Town won a record-extending fifth Champions League title with a 2-0 victory against Port Ellis.'], '2-0');
    expect(f.person).not.toBe('league');
  });

  it('a result is the contest’s: no person for a score beside a scorer', () => {
    const f = only(['Joseph Harlow and Dani Mercer struck late in a 2-0 win at the stadium.'], '2-0');
    expect(f).toMatchObject({ unit: 'score', person: null });
  });

  it('an age belongs to the name beside it', () => {
    const f = only(['The 57-year-old Mark Rutte replaced Jens Stoltenberg at the head of the military alliance on Tuesday.'], '57-year-old');
    expect(f).toMatchObject({ unit: 'age', value: 57, person: 'rutte' });
  });

  it('an age with no name beside it has no person', () => {
    const f = only(['The straight-talking 57-year-old replaced Jens Stoltenberg, whose decade at the helm has seen NATO grapple with Russia.'], '57-year-old');
    expect(f.person).toBeNull();
  });

  it('the war in its third year -> subject war', () => {
    const f = only(['He said his priorities would be support for Ukraine, with the war now in its third year.'], 'third year');
    expect(f).toMatchObject({ value: 3, unit: 'ordinal', subject: 'war' });
  });

  it('three-and-a-half years after the invasion -> subject war', () => {
    const f = only(['Russian forces are advancing more than three-and-a-half years after the Kremlin’s all-out invasion.'], 'more than three-and-a-half years');
    expect(f).toMatchObject({ value: 3.5, unit: 'years', qualifier: 'more than', subject: 'war' });
  });

  it('a four-year term -> subject term', () => {
    expect(only(['It will shape his initial four-year term at the helm.'], 'four-year term').subject).toBe('term');
  });

  it('ordinals of two people go to each person', () => {
    const blocks = ['Mark Rutte is the 14th secretary general; Jens Stoltenberg was NATO’s 13th secretary-general.'];
    expect(only(blocks, '14th secretary general').person).toBe('rutte');
    expect(only(blocks, '13th secretary-general').person).toBe('stoltenberg');
  });

  it('a count has no subject and keeps the content words of its clause as context', () => {
    const f = only(["This year, 23 countries are set to reach NATO's target of spending 2 percent of gross domestic product."], '23 countries');
    expect(f.subject).toBeNull();
    expect(f.context).toEqual(expect.arrayContaining(['target', 'spend', 'reach']));
    expect(f.context).not.toContain('the');
    expect(f.context.every((c) => !/^\d/.test(c))).toBe(true);
  });

  it('does not take a place or organisation for a person', () => {
    const f = only(['The North Atlantic Treaty Organization has 32 members.'], '32 members');
    expect(f.person).toBeNull();
  });

  it('does not learn names from a title-case headline', () => {
    // Read as running text, "Support Ukraine" would look like a full name, making Ukraine a person.
    const blocks = ['Rutte Takes Reins at NATO With Mission to Support Ukraine', 'Allies said Ukraine would get 32 tanks this year.'];
    expect(only(blocks, '32 tanks').person).toBeNull();
  });
});

describe('extractFigures on the real articles', () => {
  it('000: the labelled figures, with nothing from inside its quotes', () => {
    const figures = extractFigures(sourceBody('000').split('\n'));
    const texts = figures.map((f) => f.text);
    expect(texts).toEqual(
      expect.arrayContaining(['57-year-old', 'a decade', 'November 5', 'four-year term', '32 nations', 'more than three-and-a-half years', '99 percent', '23 countries', '2 percent']),
    );
    // "four years with Donald Trump" and "one billion people" are inside Rutte's quotes.
    expect(figures.some((f) => f.value === 1e9)).toBe(false);
    expect(figures.some((f) => f.value === 4 && f.unit === 'years' && f.noun[0] === 'years')).toBe(false);
    expect(figures.every((f) => !f.quoted)).toBe(true);
  });

  it('003: 14th secretary general, a turbulent decade, Four countries, half a million troops', () => {
    const figures = extractFigures(sourceBody('003').split('\n'));
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual(
      expect.arrayContaining([
        ['14th secretary general', 14, 'ordinal'],
        ['a turbulent decade', 10, 'years'],
        ['Four countries', 4, 'count'],
        ['half a million troops', 500000, 'count'],
      ]),
    );
  });
});

describe('conceptOf: plural synonyms', () => {
  it('folds "states" and "nations" into the same concept as "countries"', () => {
    expect(conceptOf('states')).toBe(conceptOf('countries'));
    expect(conceptOf('nations')).toBe(conceptOf('countries'));
  });

  it('counts a workforce by its posts or its people, and keeps the two apart', () => {
    expect(conceptOf('posts')).toBe(conceptOf('jobs'));
    expect(conceptOf('positions')).toBe(conceptOf('jobs'));
    expect(conceptOf('staff')).toBe(conceptOf('people'));
    expect(conceptOf('employees')).toBe(conceptOf('people'));
    expect(conceptOf('jobs')).not.toBe(conceptOf('people'));
  });
});

describe('extractFigures: datelines', () => {
  it('takes no figure from a dateline opening a paragraph, and keeps the ones after it', () => {
    expect(extractFigures(["BRUSSELS, Oct 1 (Reuters) - NATO's 32 allies met."]).map((f) => f.text)).toEqual(['32 allies']);
    expect(extractFigures(['Tuesday, October 01, 2024 - Rutte took over on Tuesday, October 1.']).map((f) => f.text)).toEqual(['October 1']);
    expect(extractFigures(['The 32 nations - all of them - agreed.']).map((f) => f.text)).toEqual(['32 nations']);
  });
});

describe('extractFigures: what a rate or a sum measures', () => {
  const subjects = (text: string) => extractFigures([text]).map((f) => [f.text, f.subject]);

  it('takes the head of the clause whose level moved', () => {
    expect(subjects('Retail sales rose 2.6% in January.')).toEqual([['2.6%', conceptOf('sales')]]);
    expect(subjects('Inflation in the country of 3.4 million people slowed to 2.6% in February.')).toContainEqual(['2.6%', conceptOf('inflation')]);
    expect(subjects('Unemployment has climbed to 6.1%, and the crown fell 1.4% against the euro.')).toEqual([
      ['6.1%', conceptOf('unemployment')],
      ['1.4%', conceptOf('crown')],
    ]);
    expect(subjects('The two-year bond yield has fallen 21 basis points.')).toContainEqual(['21 basis points', conceptOf('yield')]);
  });

  it('says nothing when no verb of change stands before the figure', () => {
    expect(subjects('the national rate of 6.1 percent')).toEqual([['6.1 percent', null]]);
    expect(subjects('The bank cut its rate to 4.75%.')).toEqual([['4.75%', null]]);
  });

  it('keeps two rates of different things apart, and two of the same thing together', () => {
    const [sales] = extractFigures(['Retail sales rose 2.6% in January.']);
    const [inflation] = extractFigures(['Inflation slowed to 2.6% in February.']);
    const [inflation2] = extractFigures(['Inflation eased to 2.6% in February.']);
    const t = THRESHOLDS.balanced;
    expect(compareFigures(sales, inflation, () => 1, t)).toBeNull();
    expect(compareFigures(inflation2, inflation, () => 0, t)).toMatchObject({ match: 'exact' });
  });
});

describe('compareFigures: an ordinal of times', () => {
  it('is the count its clause tells, the same only when the clauses agree, never another value', () => {
    const [times] = extractFigures(['The club won the cup for a record 15th time on Saturday.']);
    const [title] = extractFigures(['The club claimed a record 15th cup title at the stadium.']);
    const [other] = extractFigures(['The club claimed a record 14th cup title at the stadium.']);
    const t = THRESHOLDS.balanced;
    expect(compareFigures(times, title, () => 1, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(times, title, () => 0, t)).toBeNull();
    expect(compareFigures(times, other, () => 1, t)).toBeNull();
  });
});

describe('compareFigures: a span since an event told in other words', () => {
  it('is the same span with one value and clauses that agree, and never another value', () => {
    const [began] = extractFigures(['The ruling comes nearly a year after the trial began in Washington.']);
    const [faced] = extractFigures(['The ruling comes almost a year after the two sides faced off in court.']);
    const [two] = extractFigures(['The ruling comes two years after the two sides faced off in court.']);
    expect(began.subject).not.toBe(faced.subject);
    const t = THRESHOLDS.balanced;
    expect(compareFigures(began, faced, () => 1, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(began, faced, () => 0, t)).toBeNull();
    expect(compareFigures(began, two, () => 1, t)).toBeNull();
  });
});

describe('compareFigures: another year', () => {
  it('needs the clauses far apart values need: a text dates many events', () => {
    const [other] = extractFigures(['The last major antitrust case against a tech giant was in 2001.']);
    const [filed] = extractFigures(['The antitrust case against the tech giant was filed in 2020.']);
    const t = THRESHOLDS.balanced;
    expect(compareFigures(other, filed, () => t.figureVariant * 1.5, t)).toBeNull();
    expect(compareFigures(other, filed, () => t.figureVariant * 2, t)).toMatchObject({ match: 'variant', differs: true });
  });
});

describe('extractFigures: a count that leaves its noun out', () => {
  it('takes the noun of the block\'s last count', () => {
    const figures = extractFigures(['Only two of 19 economists had forecast a cut. Eleven expected a hold, and six predicted a smaller cut.']);
    expect(figures.map((f) => [f.text, f.value, f.noun.join(' ')])).toEqual([
      ['Only two', 2, 'economists'],
      ['19 economists', 19, 'economists'],
      ['Eleven', 11, 'economists'],
      ['six', 6, 'economists'],
    ]);
  });

  it('is no figure when nothing was counted before', () => {
    expect(extractFigures(['Eleven expected a hold.'])).toEqual([]);
  });

  it('never takes a verb or an adverb of time after the number for its noun', () => {
    const figures = extractFigures(['41 people have died, and 19 remain missing.', 'The figure stood at 28 earlier this morning.']);
    expect(figures.map((f) => [f.text, f.noun.join(' ')])).toEqual([
      ['41 people', 'people'],
      ['19', 'people'],
    ]);
  });
});

describe('compareFigures: units that convert, currencies that do not', () => {
  const base = (over: Partial<FigureClaim>): FigureClaim => ({
    kind: 'figure', text: '', value: 0.5, unit: 'percentage points', qualifier: null, noun: ['points'], context: [], subject: 'rate',
    person: null, quoted: false, block: 0, ranges: [[0, 0]], ...over,
  });
  const t = THRESHOLDS.balanced;

  it('50 basis points is half a percentage point', () => {
    expect(compareFigures(base({}), base({ value: 50, unit: 'basis points' }), () => 1, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(base({}), base({ value: 25, unit: 'basis points' }), () => 1, t)).toMatchObject({ match: 'variant' });
  });

  it('18 months is a year and a half, and a variant of two years', () => {
    const years = base({ value: 1.5, unit: 'years', noun: ['years'] });
    expect(compareFigures(years, base({ value: 18, unit: 'months', noun: ['months'] }), () => 1, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(base({ value: 2, unit: 'years', noun: ['years'] }), base({ value: 18, unit: 'months', noun: ['months'] }), () => 1, t)).toMatchObject({ match: 'variant' });
  });

  it('a sum in another currency is another figure', () => {
    const pounds = base({ value: 65e6, unit: 'GBP', noun: [] });
    expect(compareFigures(pounds, base({ value: 65e6, unit: 'EUR', noun: [] }), () => 1, t)).toBeNull();
    expect(compareFigures(pounds, base({ value: 65e6, unit: 'GBP', noun: [] }), () => 1, t)).toMatchObject({ match: 'exact' });
  });

  it('a source giving both currencies matches in either', () => {
    const [euros, dollars] = extractFigures(['Profits rose to €1.5bn ($1.6bn) last year.'], { includeQuoted: true });
    expect([euros.unit, dollars.unit]).toEqual(['EUR', 'USD']);
    const [page] = extractFigures(['Profits rose to $1.6 billion.']);
    expect(compareFigures(page, euros, () => 1, t)).toBeNull();
    expect(compareFigures(page, dollars, () => 1, t)).toMatchObject({ match: 'exact' });
  });
});

describe('extractFigures: both ends of a change', () => {
  it('gives "from A to B" a context word the same change shares in other words', () => {
    const [from, to] = extractFigures(['The central bank lowered its main rate from 5.25 percent to 4.75 percent.']);
    const [from2, to2] = extractFigures(['Policymakers voted to take it from 5.25% to 4.75%.']);
    expect(from.context).toContain('5.25>4.75');
    expect(to.context).toContain('5.25>4.75');
    expect(from2.context.filter((c) => from.context.includes(c))).toEqual(['5.25>4.75']);
    expect(to2.context).toContain('5.25>4.75');
  });

  it('gives no such word to two numbers that are no change', () => {
    expect(extractFigures(['Growth was 0.8% and inflation 2.6% to the surprise of many.']).flatMap((f) => f.context)).not.toContain('0.8>2.6');
  });
});

describe('extractFigures: what a duration or a year is of', () => {
  const subject = (block: string, text: string) => only([block], text).subject;

  it('gives time since an event that event, never a tenure', () => {
    expect(subject('Ten years after the summit of 2014, members kept their word.', 'Ten years')).toBe('summit');
    const since = only(['Ten years after the summit of 2014, members kept their word.'], 'Ten years');
    const held = only(['Ms Okafor, who led the club for a decade, retired.'], 'a decade');
    expect(held.subject).toBe('tenure');
    expect(compareFigures(since, held, () => 1, THRESHOLDS.balanced)).toBeNull();
  });

  it('reads a duration that closes a clause by that clause, not by what follows', () => {
    expect(subject('Diane Okafor, who steered the orchestra for a decade through the war, bowed out.', 'a decade')).toBe('tenure');
    expect(subject('Okafor, who was finance minister for 14 years, began a new job.', '14 years')).toBe('tenure');
    expect(subject('Okafor led the province for 13 years before moving to the capital.', '13 years')).toBe('tenure');
  });

  it('dates the start of a tenure, and nothing for a birth', () => {
    expect(subject('She became mayor in 2010.', '2010')).toBe('tenure');
    expect(subject('He took over in 2010, after the vote.', '2010')).toBe('vote');
    expect(subject('He took over in 2010.', '2010')).toBe('tenure');
    expect(subject('He was born in 1967.', '1967')).toBeNull();
    // Only a person's start: things and crowds arrive too.
    expect(subject('The first refugees arrived in 2015.', '2015')).toBeNull();
  });

  it('reads a role as a post held only right before "for"', () => {
    expect(subject('The chief economist expects rates to stay on hold for two years.', 'two years')).toBeNull();
    expect(subject('Former mayor jailed for four years over fraud', 'four years')).toBe('prison');
  });

  it('skips a reference note', () => {
    expect(extractFigures(['[2] Council decision, 26 June 2024.'])).toEqual([]);
  });

  it('keeps the person of an age said "who is N" and of a surname after an honorific', () => {
    const blocks = ['Diane Okafor spoke first.', 'Okafor, who is 61, said so.', 'Ms Okafor became the ninth holder of the office.'];
    expect(only(blocks, '61')).toMatchObject({ unit: 'age', person: 'okafor' });
    expect(only(['Ms Okafor became the ninth holder of the office.'], 'ninth holder')).toMatchObject({ person: 'okafor' });
  });
});

describe('compareFigures: counted things that agree other than by their head', () => {
  const t = THRESHOLDS.balanced;
  const fig = (block: string, text: string, options = {}) => {
    const found = extractFigures([block], options).filter((f) => f.text === text);
    expect(found, text).toHaveLength(1);
    return found[0];
  };

  it('counts one of a thing per each counted: "27 flags" / "the flags of the 27 member states"', () => {
    const source = fig('Troops stood before the flags of the 27 member states.', '27 member states');
    expect(source.per).toBe('flag');
    expect(compareFigures(fig('Twenty-seven flags flew outside.', 'Twenty-seven flags'), source, () => 0, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(fig('Twenty-six flags flew outside.', 'Twenty-six flags'), source, () => 1, t)).toBeNull();
    expect(fig('Thousands of the 27 member states…', '27 member states').per).toBeUndefined();
    expect(fig('It reported queues of 30 kilometres.', '30 kilometres').per).toBeUndefined();
  });

  it('takes a modifier of a longer noun for its head only when more agrees', () => {
    const source = fig('She led four different coalition governments.', 'four different coalition governments');
    const page = fig('She led four coalitions of every shape.', 'four coalitions');
    expect(compareFigures(page, source, () => 1, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(page, source, () => 0, t)).toBeNull();
    expect(compareFigures({ ...page, value: 5 }, source, () => 1, t)).toBeNull();
  });

  it('orders the holders of a post with the post\'s own ordinal for the same person only', () => {
    const holder = { ...fig('She became the ninth holder of the office.', 'ninth holder'), person: 'okafor' };
    const role = { ...fig('Okafor is the ninth president of the bank.', 'ninth president'), person: 'okafor' };
    expect(compareFigures(holder, role, () => 0, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(holder, { ...role, person: 'mensah' }, () => 1, t)).toBeNull();
    expect(compareFigures({ ...holder, person: null }, role, () => 1, t)).toBeNull();
  });

  it('matches a British day-month date with an ISO one and a month-day one, not another day', () => {
    const british = fig('She took office on 1 October 2024 in the capital.', '1 October 2024');
    expect(compareFigures(british, fig('The order is dated 2024-10-01 here.', '2024-10-01'), () => 0, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(british, fig('She took office on Tuesday, October 1.', 'October 1'), () => 0, t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(british, fig('The order is dated 2024-10-02 here.', '2024-10-02'), () => 1, t)).toBeNull();
  });

  it('never takes the 32nd member for 32 members', () => {
    expect(compareFigures(fig('Sweden, the 32nd member, joined.', '32nd member'), fig('It has 32 members.', '32 members'), () => 1, t)).toBeNull();
  });

  it('counts citizens as people', () => {
    expect(conceptOf('citizens')).toBe(conceptOf('people'));
    expect(compareFigures(fig('its one billion citizens watched', 'one billion citizens'), fig('keep our one billion people safe', 'one billion people'), () => 0, t)).toMatchObject({ match: 'exact' });
  });

  it('varies "about two dozen" against a close count only where the clauses agree (CLAIMS §5a)', () => {
    const page = fig('About two dozen clubs will qualify.', 'About two dozen clubs');
    expect(page.value).toBe(24);
    expect(compareFigures(page, fig('In all 23 clubs will qualify.', '23 clubs'), () => t.figureVariant, t)).toMatchObject({ match: 'variant' });
    // Another value with little said about what it counts is no match, not "another value".
    expect(compareFigures(page, fig('In all 23 clubs will qualify.', '23 clubs'), () => t.figureVariant / 2, t)).toBeNull();
  });

  it('varies the corpus\'s only count of a thing against another count within a factor of two', () => {
    const page = fig('It has 300,000 troops at high readiness.', '300,000 troops');
    const source = fig('It has half a million troops ready to deploy.', 'half a million troops');
    expect(compareFigures(page, source, () => 0, t, { onlyCount: true })).toMatchObject({ match: 'variant' });
    expect(compareFigures(page, source, () => 0, t, { onlyCount: false })).toBeNull();
    expect(compareFigures({ ...page, value: 100_000 }, source, () => 0, t, { onlyCount: true })).toBeNull();
    // Small counts are of different things: "two men greeted", "three men were arrested".
    expect(compareFigures(fig('Three men were arrested.', 'Three men'), fig('The two men greeted each other.', 'two men'), () => 0, t, { onlyCount: true })).toBeNull();
  });

  it('varies a speaker\'s own number only for the same subject and a value within a tenth', () => {
    const source = fig('“She has served as mayor for 14 years,” he said.', '14 years', { includeQuoted: true });
    expect(source).toMatchObject({ quoted: true, subject: 'tenure' });
    expect(compareFigures(fig('Okafor, who led the city for 13 years, left.', '13 years'), source, () => 0, t)).toMatchObject({ match: 'variant' });
    expect(compareFigures(fig('Okafor, who led the city for 9 years, left.', '9 years'), source, () => 1, t)).toBeNull();
  });
});

describe('extractFigures: a change by an amount names the level it started from', () => {
  const changes = (block: string) => extractFigures([block]).map((f) => [f.text, f.context.filter((c) => c.includes('>'))]);

  it('"cut … by half a percentage point to 4.75%" started at 5.25%, on both figures', () => {
    expect(changes('The bank cut its main rate by half a percentage point to 4.75% on Thursday.')).toEqual([
      ['half a percentage point', ['5.25>4.75']],
      ['4.75%', ['5.25>4.75']],
    ]);
  });

  it('"raised … by 25 basis points to 3%" started at 2.75%', () => {
    expect(changes('The central bank raised its main rate by 25 basis points to 3% on Thursday.')).toEqual([
      ['25 basis points', ['2.75>3']],
      ['3%', ['2.75>3']],
    ]);
  });

  it('gives a change told "from … to" and one told "by … to" the same word', () => {
    const from = extractFigures(['The bank cut its main rate from 5.25% to 4.75% on Thursday.']);
    const by = extractFigures(['The bank cut its main rate by half a percentage point to 4.75% on Thursday.']);
    expect(from.map((f) => f.context)).toEqual([expect.arrayContaining(['5.25>4.75']), expect.arrayContaining(['5.25>4.75'])]);
    expect(by[1].context).toContain('5.25>4.75');
  });

  it('names no start without a verb saying which way, nor for a change that is not in points', () => {
    // Without "cut" or "raised" the start could be either side of 4.75%.
    expect(extractFigures(['The bank moved its main rate by half a percentage point to 4.75%.']).flatMap((f) => f.context)).not.toContainEqual(expect.stringContaining('>'));
    // A change of 10% is of the level itself, not in points of it: no start can be worked out.
    expect(extractFigures(['The club cut ticket prices by 10% to 45 euros.']).flatMap((f) => f.context)).not.toContainEqual(expect.stringContaining('>'));
  });
});

describe('extractFigures: a clause without a subject of its own', () => {
  const subjectOf = (block: string, text: string) => only([block], text).subject;

  it('"…, reaching 2.6%" goes on from the last clause that moved with a subject', () => {
    const block = 'Inflation peaked at nearly 12% in 2022 but has fallen steadily since, reaching 2.6% in February.';
    expect(subjectOf(block, '2.6%')).toBe(conceptOf('inflation'));
    expect(subjectOf(block, 'nearly 12%')).toBe(conceptOf('inflation'));
  });

  it('keeps a clause with its own subject to that subject', () => {
    expect(subjectOf('Retail sales rose 2.6% in January.', '2.6%')).toBe(conceptOf('sales'));
    expect(conceptOf('sales')).toBe('sale');
    expect(subjectOf('Wages rose 4% last year, and prices climbed 2.6% in February.', '2.6%')).toBe(conceptOf('prices'));
  });

  it('finds no subject when no earlier clause moved', () => {
    expect(subjectOf('In a statement on Friday, reaching 2.6% was called a success.', '2.6%')).toBeNull();
  });
});

describe('extractFigures: phrases that name one thing', () => {
  it('takes "gross domestic product" as gdp in a figure\'s context', () => {
    const f = only(['The council of Ruritania plans to spend 2 percent of gross domestic product on roads.'], '2 percent');
    expect(f.context).toContain('gdp');
    expect(f.context).not.toContain('gross');
    const [abbreviated] = extractFigures(['The council of Ruritania plans to spend 2 percent of GDP on roads.']);
    expect(abbreviated.context).toContain('gdp');
  });
});

describe('extractFigures: organisations are not people', () => {
  it('never takes "Statistics Ruritania" for a person named Ruritania', () => {
    const blocks = ['Statistics Ruritania said 40 people were hired by the town council in March.'];
    expect(only(blocks, '40 people').person).toBeNull();
    expect(only(['Prices rose 3.1% in March, Statistics Ruritania said.'], '3.1%').person).toBeNull();
  });

  it('still takes a person named beside it', () => {
    expect(only(['Anna Berg of Statistics Ruritania said 40 people were hired.'], '40 people').person).toBe('berg');
  });

  it('never takes a board or a bureau for a person either', () => {
    expect(only(['The Harbour Board said 40 people were hired.'], '40 people').person).toBeNull();
    expect(only(['The Census Bureau said 40 people were hired.'], '40 people').person).toBeNull();
  });
});

describe('extractFigures: how far a thing moved, against where it stands', () => {
  const block = ['The Citizens’ Union lost seven seats and finished with 17; it had seven fewer than in 2022 and fell to 17 seats.'];
  const all = extractFigures(block);

  it('marks a number after a verb of movement, or before a comparative, as the size of a change', () => {
    expect(all.find((f) => f.text === 'seven seats')?.change).toBe(true);
    expect(all.find((f) => f.text === 'seven fewer')?.change).toBe(true);
    expect(extractFigures(['Sales fell 2.4% in the quarter.'])[0].change).toBe(true);
  });

  it('leaves a level unmarked: "finished with 17", "fell to 17 seats", "reached 17%"', () => {
    expect(all.filter((f) => f.value === 17).map((f) => f.change)).toEqual([undefined, undefined]);
    expect(extractFigures(['Inflation reached 17% in May.'])[0].change).toBeUndefined();
  });

  it('never sets a change against a level as another value, and still compares two changes', () => {
    const [lost] = extractFigures(['The party lost seven seats in the city council election.']);
    const [level] = extractFigures(['The party won 17 seats in the city council election.']);
    const [lostMore] = extractFigures(['The party lost nine seats in the city council election.']);
    expect(compareFigures(lost, level, () => 1, THRESHOLDS.balanced)).toBeNull();
    expect(compareFigures(lost, lostMore, () => 1, THRESHOLDS.balanced)).toMatchObject({ match: 'variant', differs: true });
  });
});

describe('extractFigures: a moved subject narrowed to a part', () => {
  const [kitchens] = extractFigures(['Sales of kitchens fell 4% in the quarter.']);

  it('keeps the part after "of" in the clause whose level moved, and none without one', () => {
    expect(kitchens.part).toBe('kitchen');
    expect(extractFigures(['Sales fell 9% in the quarter.'])[0].part).toBeUndefined();
  });

  it('never sets a part against the whole or another part as another value, but does another value of the part', () => {
    const [whole] = extractFigures(['Sales fell 9% in the quarter in Europe.']);
    const [same] = extractFigures(['Sales of kitchens fell 6% in the quarter.']);
    expect(compareFigures(kitchens, whole, () => 1, THRESHOLDS.balanced)).toBeNull();
    expect(compareFigures(whole, kitchens, () => 1, THRESHOLDS.balanced)).toBeNull();
    expect(compareFigures(kitchens, same, () => 1, THRESHOLDS.balanced)).toMatchObject({ match: 'variant', differs: true });
  });
});
