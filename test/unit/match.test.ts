import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import { extractQuotes } from '../../lib/claims/quotes';
import type { Claim, FigureClaim } from '../../lib/claims/types';
import { prepareSource } from '../../lib/corpus';
import { compareFigures } from '../../lib/match/compare-figures';
import { createMatcher } from '../../lib/match/matcher';
import { THRESHOLDS, type Strictness } from '../../lib/match/strictness';
import type { ClaimResult, Evidence, Verdict } from '../../lib/match/verdicts';
import { quote, realCorpus, realMatcher, sourceBody, sourceFiles, sourceId } from './support/corpus';

const matcher = realMatcher();
const corpus = realCorpus();

/** Evidence as "<3-digit id>:<match>", in the order given. */
const found = (r: ClaimResult) => r.evidence.map((e) => `${e.source.slice(0, 3)}:${e.match}`);
const bySource = (r: ClaimResult, prefix: string): Evidence | undefined => r.evidence.find((e) => e.source.startsWith(prefix));

/** The one figure with this text in a page of one block. */
function figure(block: string, text: string): FigureClaim {
  const f = extractFigures([block]).find((x) => x.text === text);
  if (!f) throw new Error(`no figure "${text}" in ${block}: ${extractFigures([block]).map((x) => x.text).join(', ')}`);
  return f;
}

/** Every claim of a real article read as a page, with its own source to exclude. */
function pageClaims(prefix: string): { claims: Claim[]; exclude: string } {
  const blocks = sourceBody(prefix).split('\n');
  return { claims: [...extractQuotes(blocks), ...extractFigures(blocks)], exclude: sourceId(prefix) };
}

describe('quotes: exact', () => {
  it('finds a sentence every source quotes as corroborated, exact in each', () => {
    const r = matcher.matchClaim(quote('I know both candidates very well.'));
    expect(r.verdict).toBe('corroborated');
    expect(found(r).sort()).toEqual(['000:exact', '001:exact', '002:exact', '004:exact']);
    for (const e of r.evidence) expect(e).toMatchObject({ score: 1, speaker: 'Mark Rutte' });
  });

  it('finds a shorter page quote inside a longer source quote as exact', () => {
    const r = matcher.matchClaim(quote('to spend more, and he achieved'));
    expect(bySource(r, '000')?.match).toBe('exact');
    expect(bySource(r, '002')?.match).toBe('exact');
  });

  it('000 “I’m not worried.” is exact in 002 and 004, and 001 (a reporter’s “downplayed fears”) is no source', () => {
    const r = matcher.matchClaim(quote("I'm not worried."), { exclude: sourceId('000') });
    expect(r.verdict).toBe('corroborated');
    expect(bySource(r, '002')?.match).toBe('exact');
    expect(bySource(r, '004')?.match).toBe('exact');
    expect(bySource(r, '001')).toBeUndefined();
    expect(bySource(r, '000')).toBeUndefined();
  });

  it('matches across curly and straight apostrophes and case', () => {
    const r = matcher.matchClaim(quote('I’M NOT WORRIED'), { exclude: sourceId('000') });
    expect(bySource(r, '002')?.match).toBe('exact');
  });

  it('takes a number word and its digits as the same word', () => {
    expect(bySource(matcher.matchClaim(quote('I worked for 4 years with Donald Trump.')), '000')?.match).toBe('exact');
  });

  it('accepts a claim without a speaker as exact', () => {
    expect(matcher.matchClaim(quote('I know both candidates very well.', null)).verdict).toBe('corroborated');
  });

  it('gives the source’s sentence as the passage, at its offsets', () => {
    const r = matcher.matchClaim(quote('Putin has to realize that we will not give in'));
    const e = bySource(r, '002')!;
    const text = corpus.sources.find((s) => s.id === e.source)!.text;
    expect(text.slice(e.start, e.end)).toBe(e.passage);
    expect(e.passage).toContain('Putin has to realize that we will not give in');
    expect(e.diff).toEqual([{ op: 'same', text: 'Putin has to realize that we will not give in' }]);
  });
});

describe('quotes: variants and nothing', () => {
  it('000’s work-with-both sentence is not exact anywhere, and varies (002 in other words)', () => {
    const r = matcher.matchClaim(quote('I will be able to work with both, whatever is the outcome of the elections.'), { exclude: sourceId('000') });
    expect(r.verdict).toBe('varying');
    expect(r.evidence.every((e) => e.match === 'variant')).toBe(true);
    const e = bySource(r, '002')!;
    expect(e.match).toBe('variant');
    expect(e.diff.some((p) => p.op === 'page')).toBe(true);
    expect(e.diff.some((p) => p.op === 'source')).toBe(true);
  });

  it('election/elections: a character substring that is not a run of whole words is not exact in 000', () => {
    const r = matcher.matchClaim(quote('Whatever is the outcome of the election'), { exclude: sourceId('001') });
    expect(bySource(r, '000')?.match).not.toBe('exact');
  });

  it('000’s “He was the one pushing us…” is a variant of 002’s “He pushed us…”', () => {
    const r = matcher.matchClaim(quote('He was the one pushing us to spend more, and he achieved'), { exclude: sourceId('000') });
    expect(r.verdict).toBe('varying');
    expect(bySource(r, '002')).toMatchObject({ match: 'variant', speaker: 'Mark Rutte' });
  });

  it('002’s “Putin has to realize that we will not give in” is unique when 002 is excluded', () => {
    const r = matcher.matchClaim(quote('Putin has to realize that we will not give in'), { exclude: sourceId('002') });
    expect(r).toMatchObject({ verdict: 'unique', evidence: [] });
  });

  it('a speaker conflict turns the same words into a variant', () => {
    const r = matcher.matchClaim(quote('I know both candidates very well.', 'Jens Stoltenberg'));
    expect(r.verdict).toBe('varying');
    expect(r.evidence.length).toBeGreaterThanOrEqual(4);
    for (const e of r.evidence) expect(e).toMatchObject({ match: 'variant', speaker: 'Mark Rutte' });
    expect(r.evidence[0].why).toMatch(/Mark Rutte/);
  });

  it('the speaker conflict works the other way (Stoltenberg’s words given to Rutte)', () => {
    const r = matcher.matchClaim(quote('Mark has the perfect background to become a great secretary general', 'Mark Rutte'));
    expect(r.verdict).toBe('varying');
    expect(r.evidence.map((e) => e.speaker)).toEqual(r.evidence.map(() => 'Jens Stoltenberg'));
  });

  it('a negation flip is not a variant', () => {
    expect(matcher.matchClaim(quote('Putin has to realize that we will give in')).verdict).toBe('unique');
    const worried = matcher.matchClaim(quote("I'm worried."));
    expect(worried.evidence.filter((e) => e.source.startsWith('002') || e.source.startsWith('004'))).toEqual([]);
  });

  it('an invented quote is unique', () => {
    expect(matcher.matchClaim(quote('The moon is made of green cheese and we will build a base there.')).verdict).toBe('unique');
  });

  it('an empty quote is unique', () => {
    expect(matcher.matchClaim(quote('')).verdict).toBe('unique');
  });
});

describe('figures', () => {
  it('000’s “32 nations” is exact in 001 (“32 member countries”) and 004 (“32-member alliance”)', () => {
    const f = figure("In opting for the veteran Dutch statesman, NATO's 32 nations have picked a leader.", '32 nations');
    const r = matcher.matchClaim(f, { exclude: sourceId('000') });
    expect(r.verdict).toBe('corroborated');
    expect(bySource(r, '001')?.match).toBe('exact');
    expect(bySource(r, '004')?.match).toBe('exact');
  });

  it('“24 countries” on a page varies from 000’s and 002’s 23', () => {
    const f = figure("This year, 24 countries are set to reach NATO's target of spending 2 percent of gross domestic product.", '24 countries');
    const r = matcher.matchClaim(f);
    expect(r.verdict).toBe('varying');
    expect(bySource(r, '000')).toMatchObject({ match: 'variant' });
    expect(r.evidence.every((e) => e.match === 'variant')).toBe(true);
  });

  it('“23 countries” is exact in 000 and 002 (“23 member states”)', () => {
    const f = figure("This year, 23 countries are set to reach NATO's target of spending 2 percent of gross domestic product.", '23 countries');
    const r = matcher.matchClaim(f);
    expect(bySource(r, '000')?.match).toBe('exact');
    expect(bySource(r, '002')?.match).toBe('exact');
  });

  it('“nearly a decade” varies from “a decade”, and the other way round', () => {
    const nearly = figure('Jens Stoltenberg led NATO for nearly a decade.', 'nearly a decade');
    const r = matcher.matchClaim(nearly, { exclude: sourceId('002') });
    expect(r.verdict).toBe('varying');
    expect(found(r).sort()).toEqual(['000:variant', '001:variant', '003:variant', '004:variant']);
    expect(r.evidence[0].why).toMatch(/nearly/);

    const decade = figure('Jens Stoltenberg led NATO for a decade.', 'a decade');
    const back = matcher.matchClaim(decade);
    expect(back.verdict).toBe('corroborated');
    expect(bySource(back, '002')?.match).toBe('variant');
  });

  it('000’s “99 percent of all foreign weaponry” is unique', () => {
    const f = figure('NATO, whose members have supplied 99 percent of all foreign weaponry to Ukraine, agreed.', '99 percent');
    expect(matcher.matchClaim(f, { exclude: sourceId('000') }).verdict).toBe('unique');
  });

  it('Rutte’s 14th secretary general is exact in 003 and does not compare with Stoltenberg’s 13th (001)', () => {
    const f = figure('Former Dutch Prime Minister Mark Rutte became the 14th secretary general of NATO on Tuesday.', '14th secretary general');
    expect(f.person).toBe('rutte');
    const r = matcher.matchClaim(f);
    expect(bySource(r, '003')?.match).toBe('exact');
    expect(bySource(r, '001')).toBeUndefined();
  });

  it('a date matches the same day and month', () => {
    const f = figure('The outcome of the November 5 vote is a test for him.', 'November 5');
    const r = matcher.matchClaim(f);
    expect(bySource(r, '000')?.match).toBe('exact');
    expect(bySource(r, '002')?.match).toBe('exact');
    const other = figure('The outcome of the December 5 vote is a test for him.', 'December 5');
    expect(matcher.matchClaim(other).verdict).toBe('unique');
  });

  it('gives the source sentence holding the figure as passage', () => {
    const r = matcher.matchClaim(figure('Four countries joined the alliance under Stoltenberg.', 'Four countries'));
    const e = bySource(r, '003')!;
    expect(e.match).toBe('exact');
    expect(e.passage).toContain('Four countries joined the alliance');
    expect(corpus.sources.find((s) => s.id === e.source)!.text.slice(e.start, e.end)).toBe(e.passage);
  });
});

describe('figures in the forms coverage takes, against the real sources', () => {
  const verdict = (block: string, text: string) => matcher.matchClaim(figure(block, text)).verdict;

  it('never takes the time since an event for a decade in office (a false corroboration before)', () => {
    expect(verdict('Ten years after the Wales summit of 2014, when allies promised more, the alliance can claim progress.', 'Ten years')).toBe('unique');
    expect(verdict('Jens Stoltenberg, who spent a decade coaxing reluctant finance ministers, deserves much of the credit.', 'a decade')).toBe('corroborated');
  });

  it('reads a post held "for" a time by its clause: same value exact, another a variant', () => {
    expect(verdict('Rutte, who was Dutch prime minister for 14 years, begins a four-year term five weeks before the vote.', '14 years')).toBe('corroborated');
    expect(verdict('Rutte, who led the Netherlands for 13 years before moving to Brussels, has said he can work with either.', '13 years')).toBe('varying');
    expect(verdict("Rutte, 57, succeeds Jens Stoltenberg of Norway, who steered the 32-nation alliance for a decade through Russia's full-scale invasion of Ukraine.", 'a decade')).toBe('corroborated');
  });

  it('counts in words, parts of wholes and equivalents', () => {
    expect(verdict("Twenty-three of NATO's 32 allies are expected to meet the target.", 'Twenty-three')).toBe('corroborated');
    expect(verdict('This year 23 of the 32 allies are expected to reach the mark.', '23')).toBe('corroborated');
    expect(verdict('Thirty-two flags snapped in the wind outside NATO headquarters on Tuesday.', 'Thirty-two flags')).toBe('corroborated');
    expect(verdict('Whether the 32-strong alliance will allow him a boring tenure is another matter.', '32-strong alliance')).toBe('corroborated');
    expect(verdict("The alliance's one billion citizens have watched Russia fight a war.", 'one billion citizens')).toBe('corroborated');
    expect(verdict('About two dozen allies will meet the goal of spending 2 percent of GDP this year.', 'About two dozen allies')).toBe('varying');
    expect(verdict('NATO now says it has 300,000 troops at high readiness.', '300,000 troops')).toBe('varying');
  });

  it('keeps an ordinal of a member apart from the member count, and orders holders of a post', () => {
    expect(verdict('Sweden, the 32nd member, joined in March.', '32nd member')).toBe('unique');
    expect(verdict('Mark Rutte spoke. On a grey Tuesday, Mr Rutte became the 14th holder of the most awkward job.', '14th holder')).toBe('corroborated');
  });

  it('matches a British date with the sources\' month-day one', () => {
    expect(verdict('Mark Rutte became Secretary General on 1 October 2024, succeeding Jens Stoltenberg.', '1 October 2024')).toBe('corroborated');
  });
});

describe('compareFigures', () => {
  const base = (over: Partial<FigureClaim>): FigureClaim => ({
    kind: 'figure', text: '', value: 32, unit: 'count', qualifier: null, noun: ['nations'], context: [], subject: null,
    person: null, quoted: false, block: 0, ranges: [[0, 0]], ...over,
  });
  const t = THRESHOLDS.balanced;
  /** The context similarity, as compareFigures asks for it (lazily). */
  const sim = (n: number) => () => n;

  it('same value and counted thing is exact; synonyms count as the same thing', () => {
    expect(compareFigures(base({}), base({ noun: ['member', 'countries'] }), sim(0), t)).toMatchObject({ match: 'exact', score: 1 });
  });

  it('another counted thing never compares', () => {
    expect(compareFigures(base({}), base({ noun: ['troops'] }), sim(1), t)).toBeNull();
  });

  it('another unit never compares', () => {
    expect(compareFigures(base({ unit: 'percent', noun: ['percent'] }), base({}), sim(1), t)).toBeNull();
  });

  it('two different people never compare', () => {
    expect(compareFigures(base({ person: 'rutte' }), base({ person: 'stoltenberg' }), sim(1), t)).toBeNull();
  });

  it('a qualifier on one side makes a variant', () => {
    expect(compareFigures(base({ qualifier: 'nearly' }), base({}), sim(1), t)).toMatchObject({ match: 'variant' });
  });

  it('another value of a number inside a source quote is not a variant', () => {
    expect(compareFigures(base({ value: 33 }), base({ quoted: true }), sim(1), t)).toBeNull();
    expect(compareFigures(base({ value: 33 }), base({}), sim(1), t)).toMatchObject({ match: 'variant' });
  });

  it('dates: same day and month exact, another month nothing', () => {
    const date = (month: number) => base({ unit: 'date', value: 5, month, noun: [] });
    expect(compareFigures(date(11), date(11), sim(0), t)).toMatchObject({ match: 'exact' });
    expect(compareFigures(date(11), date(12), sim(1), t)).toBeNull();
  });
});

describe('findSelf', () => {
  it('identifies a page that is one of the sources', () => {
    expect(matcher.findSelf(sourceBody('002').split('\n'))).toBe(sourceId('002'));
    expect(matcher.findSelf(sourceBody('000').split('\n'))).toBe(sourceId('000'));
  });

  it('finds nothing for a page that only quotes the sources in part', () => {
    const blocks = [
      'Rutte said: "I know both candidates very well." He was in Brussels for a meeting with ministers.',
      'The ministers discussed air defence systems and the winter ahead for the people of Ukraine.',
      'Analysts in Washington said the talks were constructive but that no decisions had been taken yet.',
      'Another meeting is planned for December, when foreign ministers gather again in the Belgian capital.',
    ];
    expect(matcher.findSelf(blocks)).toBeNull();
  });

  it('samples only sentences of six words or more', () => {
    const page = sourceBody('002').split('\n');
    const filler = (sentence: string) => [...page, ...Array.from({ length: 200 }, () => sentence)];
    expect(matcher.findSelf(filler('Five words stand right here.'))).toBe(sourceId('002'));
    expect(matcher.findSelf(filler('Six words   stand right here now.'))).toBeNull();
  });

  it('finds nothing for fewer than three long sentences', () => {
    expect(matcher.findSelf(['I know both candidates very well.'])).toBeNull();
    expect(matcher.findSelf([])).toBeNull();
  });
});

describe('lookup', () => {
  it('finds a sentence the corpus holds as corroborated', () => {
    const r = matcher.lookup('I know both candidates very well');
    expect(r.claim.kind).toBe('quote');
    expect(r.verdict).toBe('corroborated');
  });

  it('strips quote marks and a trailing comma from a selected quote', () => {
    const r = matcher.lookup('  “Putin has to realize that we will not give in,”  ');
    expect(r.claim.text).toBe('Putin has to realize that we will not give in');
    expect(bySource(r, '002')?.match).toBe('exact');
  });

  it('finds an invented sentence unique', () => {
    expect(matcher.lookup('Rutte said the moon is made of green cheese and everyone knows it').verdict).toBe('unique');
  });

  it('treats a short selection with a number as a figure', () => {
    const r = matcher.lookup('32 nations');
    expect(r.claim).toMatchObject({ kind: 'figure', value: 32 });
    expect(r.verdict).toBe('corroborated');
  });

  it('answers empty and blank selections with unique', () => {
    expect(matcher.lookup('').verdict).toBe('unique');
    expect(matcher.lookup('   \n ').verdict).toBe('unique');
  });

  it('honours exclude', () => {
    expect(matcher.lookup('Putin has to realize that we will not give in', { exclude: sourceId('002') }).verdict).toBe('unique');
  });
});

describe('evidence, exclusion and strictness over every claim of every article', () => {
  const STRICTNESS: Strictness[] = ['strict', 'balanced', 'lenient'];
  const RANK: Record<Verdict, number> = { unique: 0, varying: 1, corroborated: 2 };
  const pages = sourceFiles().map((f) => ({ id: f.id, ...pageClaims(f.id.slice(0, 3)) }));

  it('has claims to check', () => {
    expect(pages.reduce((n, p) => n + p.claims.length, 0)).toBeGreaterThan(50);
  });

  it('never uses the excluded page as evidence; scores are in [0, 1]; exact scores 1; exact sorts first; verdict follows evidence', () => {
    for (const { claims, exclude } of pages) {
      for (const claim of claims) {
        for (const strictness of STRICTNESS) {
          const r = matcher.matchClaim(claim, { exclude, strictness });
          const kinds = r.evidence.map((e) => e.match);
          expect(r.evidence.some((e) => e.source === exclude)).toBe(false);
          expect(new Set(r.evidence.map((e) => e.source)).size).toBe(r.evidence.length);
          for (const e of r.evidence) {
            expect(e.score).toBeGreaterThanOrEqual(0);
            expect(e.score).toBeLessThanOrEqual(1);
            if (e.match === 'exact') expect(e.score).toBe(1);
            const text = corpus.sources.find((s) => s.id === e.source)!.text;
            expect(text.slice(e.start, e.end)).toBe(e.passage);
          }
          expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'exact' ? -1 : 1)));
          const expected: Verdict = kinds.includes('exact') ? 'corroborated' : kinds.length ? 'varying' : 'unique';
          expect(r.verdict).toBe(expected);
        }
      }
    }
  });

  it('lenient finds at least what balanced finds, and balanced at least what strict finds', () => {
    for (const { claims, exclude } of pages) {
      for (const claim of claims) {
        const [strict, balanced, lenient] = STRICTNESS.map((strictness) => matcher.matchClaim(claim, { exclude, strictness }));
        const ids = (r: ClaimResult) => new Set(r.evidence.map((e) => e.source));
        for (const [lo, hi] of [
          [strict, balanced],
          [balanced, lenient],
        ]) {
          for (const id of ids(lo)) expect(ids(hi).has(id), `${claim.text} / ${id}`).toBe(true);
          expect(RANK[hi.verdict]).toBeGreaterThanOrEqual(RANK[lo.verdict]);
        }
      }
    }
  });
});

describe('CLAIMS.md §4: a longer page quote against sources holding part of it', () => {
  it('finds 001 and 003 as variants of 000\'s work-with-both sentence', () => {
    const matcher = realMatcher();
    const result = matcher.matchClaim(quote('I will be able to work with both, whatever is the outcome of the elections.', 'Mark Rutte'), {
      exclude: sourceId('000'),
    });
    const variants = result.evidence.filter((e) => e.match === 'variant').map((e) => e.source.slice(0, 3));
    expect(result.verdict).toBe('varying');
    expect(variants).toEqual(expect.arrayContaining(['001', '002', '003']));
  });
});

describe('strictness moves the exact threshold too', () => {
  it('counts "I am not worried." exact only when lenient', () => {
    const matcher = realMatcher();
    const claim = quote('I am not worried.', 'Mark Rutte');
    const balanced = matcher.matchClaim(claim, { strictness: 'balanced', exclude: sourceId('000') });
    const lenient = matcher.matchClaim(claim, { strictness: 'lenient', exclude: sourceId('000') });
    expect(balanced.verdict).not.toBe('corroborated');
    expect(lenient.verdict).toBe('corroborated');
    expect(lenient.evidence.find((e) => e.match === 'exact')?.why).toBe('same words in another form');
  });
});

describe('compareFigures: a hedged round number and the precise value it stands for', () => {
  const base = (over: Partial<FigureClaim>): FigureClaim => ({
    kind: 'figure', text: '', value: 12, unit: 'percent', qualifier: null, noun: ['percent'], context: [], subject: null,
    person: null, quoted: false, block: 0, ranges: [[0, 0]], ...over,
  });
  const t = THRESHOLDS.balanced;
  const sim = (n: number) => () => n;
  // Clauses that agree a little: enough for a rate's rounding (figureSame), not for another value (figureVariant).
  const some = sim((t.figureSame + t.figureVariant) / 2);
  const nearly12 = base({ qualifier: 'nearly' });

  it('"nearly 12%" is a variant of 11.8%, either way round, never exact', () => {
    const precise = base({ value: 11.8 });
    expect(compareFigures(nearly12, precise, some, t)).toMatchObject({ match: 'variant', why: 'one rounded, one exact' });
    expect(compareFigures(precise, nearly12, some, t)).toMatchObject({ match: 'variant', why: 'one rounded, one exact' });
    expect(compareFigures(nearly12, precise, sim(1), t)?.match).not.toBe('exact');
  });

  it('is nothing on the wrong side of the hedge, or beyond half its last digit', () => {
    expect(compareFigures(nearly12, base({ value: 12.3 }), some, t)).toBeNull();
    expect(compareFigures(nearly12, base({ value: 11.4 }), some, t)).toBeNull();
    expect(compareFigures(base({ qualifier: 'more than', value: 12 }), base({ value: 11.8 }), some, t)).toBeNull();
  });

  it('a rate still needs its clause to agree somewhat', () => {
    expect(compareFigures(nearly12, base({ value: 11.8 }), sim(0), t)).toBeNull();
    expect(compareFigures(nearly12, base({ value: 11.8, subject: 'inflation' }), sim(0), t)).toBeNull();
    expect(compareFigures({ ...nearly12, subject: 'inflation' }, base({ value: 11.8, subject: 'inflation' }), sim(0), t)).toMatchObject({ match: 'variant' });
  });

  it('rounds a count to its last significant digit: "about 85,000 people" stands for 84,600, not 86,000', () => {
    const about = figure('About 85,000 people watched the final in the square.', 'About 85,000 people');
    expect(compareFigures(about, figure('Police said 84,600 people watched the final.', '84,600 people'), sim(0), t)).toMatchObject({
      match: 'variant',
      why: 'one rounded, one exact',
    });
    expect(compareFigures(about, figure('Police said 86,000 people watched the final.', '86,000 people'), sim(0), t)).toBeNull();
  });

  it('"more than 1,000" stands for 1,040 but not 960', () => {
    const hedged = figure('The club sold more than 1,000 shirts on the first day.', 'more than 1,000 shirts');
    expect(compareFigures(hedged, figure('The club sold 1,040 shirts on the first day.', '1,040 shirts'), sim(0), t)).toMatchObject({ match: 'variant' });
    expect(compareFigures(hedged, figure('The club sold 960 shirts on the first day.', '960 shirts'), sim(0), t)).toBeNull();
  });

  it('reads a single-digit hedged value to half its last digit (CLAIMS §5a: "about 7" holds 7.2)', () => {
    expect(compareFigures(base({ value: 5, qualifier: 'nearly' }), base({ value: 4.6 }), some, t)).toMatchObject({ why: 'one rounded, one exact' });
    expect(compareFigures(base({ value: 5, qualifier: 'nearly' }), base({ value: 4.4 }), some, t)).toBeNull();
    // With a decimal its last digit is a tenth.
    expect(compareFigures(base({ value: 4.8, qualifier: 'nearly' }), base({ value: 4.76 }), some, t)).toMatchObject({ why: 'one rounded, one exact' });
    expect(compareFigures(base({ value: 4.8, qualifier: 'nearly' }), base({ value: 4.6 }), some, t)).toBeNull();
  });

  it('reads the last digit off the number as written, before units convert', () => {
    // 40 basis points is 0.4 percentage points, whose last digit would be a tenth of a point; as
    // written it is ten basis points. 30 months is 2.5 years: its last digit is a month, not a tenth of a year.
    expect(compareFigures(base({ value: 40, unit: 'basis points', qualifier: 'nearly' }), base({ value: 36, unit: 'basis points' }), some, t)).toMatchObject({ why: 'one rounded, one exact' });
    expect(compareFigures(base({ value: 30, unit: 'months', qualifier: 'about' }), base({ value: 29, unit: 'months' }), some, t)).toMatchObject({ why: 'one rounded, one exact' });
    expect(compareFigures(base({ value: 30, unit: 'months', qualifier: 'about' }), base({ value: 24, unit: 'months' }), some, t)?.why).not.toBe('one rounded, one exact');
  });

  it('rounds only between the same unit and the same counted thing', () => {
    expect(compareFigures(nearly12, base({ value: 11.8, unit: 'percentage points', noun: ['points'] }), sim(1), t)).toBeNull();
    const about = figure('About 85,000 people watched the final in the square.', 'About 85,000 people');
    expect(compareFigures(about, { ...about, qualifier: null, value: 84_600, noun: ['tickets'] }, sim(1), t)).toBeNull();
  });
});

describe('compareFigures: what the corpus counts one of per another thing', () => {
  const t = THRESHOLDS.balanced;
  const flags = figure('Exactly 32 flags hung above the stage.', '32 flags');
  const countries = figure('Exactly 32 countries sent a team to the games.', '32 countries');
  const flagPerCountry = { countedPer: (x: string, y: string) => x === 'flag' && y === 'country' };

  it('makes "32 flags" a count of the 32 countries, either way round', () => {
    expect(compareFigures(flags, countries, () => 0, t, flagPerCountry)).toMatchObject({ match: 'exact' });
    expect(compareFigures(countries, flags, () => 0, t, flagPerCountry)).toMatchObject({ match: 'exact' });
  });

  it('without it, flags and countries are two things', () => {
    expect(compareFigures(flags, countries, () => 1, t)).toBeNull();
    expect(compareFigures(flags, countries, () => 1, t, { countedPer: () => false })).toBeNull();
  });

  it('needs the same value', () => {
    expect(compareFigures({ ...flags, value: 31 }, countries, () => 1, t, flagPerCountry)).toBeNull();
  });
});

describe('a small corpus of invented sources', () => {
  const file = (id: string, lines: string[]) => prepareSource({ id, title: '', outlet: 'The Gazette', date: '', url: '', body: lines.join('\n') });
  const MAYOR = file('mayor', [
    'The town council met on Monday to count the cost of the storm along the coast.',
    '"We will not give up," the mayor said, vowing to rebuild the old harbour bridge and reopen it to traffic by spring.',
    'Engineers expect the repairs to cost more than the council had budgeted for this year.',
  ]);
  const OFFICIALS = file('officials', [
    'Officials said the harbour bridge will reopen to traffic by spring once the repairs are done.',
    'Shops along the quay have lost customers since the storm closed the road last month.',
  ]);
  const CLUB = file('club', [
    'The football club signed a young striker from a rival team on Friday afternoon.',
    'Supporters queued outside the stadium for tickets to the opening match of the season.',
    'The manager said the squad was stronger than it had been for many years.',
  ]);
  const small = createMatcher({ sources: [MAYOR, OFFICIALS, CLUB], names: [] });
  const only = (r: ClaimResult, id: string) => r.evidence.find((e) => e.source === id);

  it('matches a quote whose source sentence has a negation in an earlier clause', () => {
    // The words stand as they are in the source: exact whatever came before.
    expect(only(small.matchClaim(quote('to rebuild the old harbour bridge and reopen it to traffic', null)), 'mayor')?.match).toBe('exact');
    // Told in other words: "We will not give up" does not negate the rebuilding.
    const r = small.matchClaim(quote('the town will rebuild the old harbour bridge and reopen it to traffic', null));
    expect(r.verdict).not.toBe('unique');
    expect(only(r, 'mayor')).toMatchObject({ match: 'variant' });
    expect(only(r, 'mayor')?.passage).toContain('vowing to rebuild');
  });

  it('never matches a quote that a negation right before it turns around', () => {
    const r = small.matchClaim(quote('the harbour bridge will not reopen to traffic by spring', null));
    expect(only(r, 'officials')).toBeUndefined();
    expect(r.verdict).toBe('unique');
    // The same words without the negation are there.
    expect(only(small.matchClaim(quote('the harbour bridge will reopen to traffic by spring', null)), 'officials')?.match).toBe('exact');
  });

  it('never matches the source\'s negated words to a claim without the negation', () => {
    const negated = createMatcher({
      sources: [file('denial', ['Officials said the harbour bridge will not reopen to traffic by spring after all.', 'The storm closed the road along the quay last month.'])],
      names: [],
    });
    expect(negated.matchClaim(quote('the harbour bridge will reopen to traffic by spring', null)).verdict).toBe('unique');
  });

  it('findSelf recognises a page that is one of several different sources', () => {
    expect(small.findSelf(CLUB.text.split('\n'))).toBe('club');
    expect(small.findSelf(MAYOR.text.split('\n'))).toBe('mayor');
  });

  it('findSelf finds nothing for an unrelated page', () => {
    const page = [
      'The central bank of Ruritania held its main rate at four percent on Thursday.',
      'Economists had expected the bank to cut its rate before the summer holidays.',
      'The currency rose against the euro after the governor announced the decision.',
    ];
    expect(small.findSelf(page)).toBeNull();
  });
});

describe('spelling: British and American spellings of a word are the same words', () => {
  const file = (id: string, lines: string[]) => prepareSource({ id, title: '', outlet: '', date: '', url: '', body: lines.join('\n') });
  const US = file('us', [
    '"We must spend more on defense and the organization must modernize," the minister said.',
    'The minister led the alliance for ten years before the vote.',
  ]);
  const small = createMatcher({ sources: [US], names: [] });

  it('holds a quote exact when only its spelling differs, and says so', () => {
    const r = small.matchClaim(quote('We must spend more on defence and the organisation must modernise', null));
    expect(r.verdict).toBe('corroborated');
    expect(r.evidence[0]).toMatchObject({ match: 'exact', spelling: true, matched: 'We must spend more on defense and the organization must modernize' });
    // The same spelling: exact, with nothing to say about spelling.
    const same = small.matchClaim(quote('We must spend more on defense', null));
    expect(same.evidence[0].match).toBe('exact');
    expect(same.evidence[0].spelling).toBeUndefined();
  });

  it('never takes another word for a spelling', () => {
    expect(small.matchClaim(quote('We must spend more on fences and the organization must modernize', null)).evidence[0]?.match).not.toBe('exact');
  });

  it('gives the source’s own figure to mark: "a decade" on the page finds "ten years" in the source', () => {
    const r = small.matchClaim(figure('The minister led the alliance for a decade.', 'a decade'));
    expect(r.evidence[0]).toMatchObject({ match: 'exact', matched: 'ten years' });
    expect(r.evidence[0].passage).toContain('ten years');
  });
});

describe('a source that states the page’s sum does not disagree with it through another sum', () => {
  const file = (id: string, lines: string[]) => prepareSource({ id, title: '', outlet: '', date: '', url: '', body: lines.join('\n') });
  const wire = file('wire', [
    'Total second-quarter revenue was $30.04 billion, beating estimates of $28.70 billion.',
    'The company forecast revenue of $32.5 billion, plus or minus 2%, for the third quarter.',
  ]);
  const small = createMatcher({ sources: [wire], names: [] });

  it('gives no other value when the source states the page’s amount in words too unlike to tell', () => {
    // Its clause is most like the source's revenue sentence, whose sum differs.
    const r = small.matchClaim(figure('Total quarterly revenue beat estimates, reaching about $32.5 billion.', 'about $32.5 billion'));
    expect(r.evidence.filter((e) => e.differs)).toEqual([]);
    expect(r.verdict).toBe('unique');
    // Where its clause tells, the source's own sum is the evidence: the same value told otherwise.
    const told = small.matchClaim(figure('The company expects about $32.5 billion in revenue for the third quarter.', 'about $32.5 billion'));
    expect(told.evidence[0]).toMatchObject({ matched: '$32.5 billion', match: 'variant', why: 'no qualifier vs about' });
  });

  it('still tells another value where the source does not state the page’s', () => {
    const r = small.matchClaim(figure('Total second-quarter revenue was $31.5 billion, beating estimates of $28.70 billion.', '$31.5 billion'));
    expect(r.evidence[0]).toMatchObject({ source: 'wire', differs: 'value' });
  });
});

describe('a short source quote inside a page quote whose rarest words no source has', () => {
  const file = (id: string, lines: string[]) => prepareSource({ id, title: '', outlet: '', date: '', url: '', body: lines.join('\n') });
  const small = createMatcher({ sources: [file('wire', ['The ruling was unequivocal.', '“The company is a monopolist and it has acted as one to maintain its monopoly.”'])], names: [] });

  it('is found: words the story never uses leave the search to those it does', () => {
    const long = quote('After having carefully considered and weighed the witness testimony and evidence, the court reaches the following conclusion: the company is a monopolist, and it has acted as one to maintain its monopoly', null);
    expect(small.matchClaim(long).evidence[0]).toMatchObject({ source: 'wire', matched: 'The company is a monopolist and it has acted as one to maintain its monopoly' });
  });
});
