import { describe, expect, it } from 'vitest';
import { claimDetail, countsTitle, countVerdicts, markTip, toCards } from '../../lib/cards';
import type { FigureClaim, QuoteClaim } from '../../lib/claims/types';
import type { ClaimResult } from '../../lib/match/verdicts';

const quote: QuoteClaim = { kind: 'quote', text: 'I know both candidates very well.', speaker: 'Mark Rutte', block: 0, ranges: [[0, 33]] };
const figure = (patch: Partial<FigureClaim>): FigureClaim => ({
  kind: 'figure', text: '32 nations', value: 32, unit: 'count', qualifier: null, noun: ['nations'], context: [], subject: null, person: null, quoted: false, block: 0, ranges: [[0, 10]], ...patch,
});

describe('claimDetail', () => {
  it('says who spoke, or the value in words a reader expects', () => {
    expect(claimDetail(quote)).toBe('Mark Rutte');
    expect(claimDetail({ ...quote, speaker: null })).toBe('Unattributed');
    expect(claimDetail(figure({}))).toBe('32 nations');
    expect(claimDetail(figure({ unit: 'date', value: 5, month: 11, noun: [] }))).toBe('November 5');
    expect(claimDetail(figure({ unit: 'ordinal', value: 14, noun: ['secretary', 'general'] }))).toBe('14th secretary general');
    expect(claimDetail(figure({ unit: 'ordinal', value: 13, noun: ['secretary'] }))).toBe('13th secretary');
    expect(claimDetail(figure({ unit: 'ordinal', value: 22, noun: ['year'] }))).toBe('22nd year');
    expect(claimDetail(figure({ unit: 'percent', value: 2, noun: ['percent'] }))).toBe('2%');
    expect(claimDetail(figure({ unit: 'years', value: 10, qualifier: 'nearly', noun: ['decade'] }))).toBe('nearly 10 years');
    expect(claimDetail(figure({ unit: 'age', value: 57, noun: [] }))).toBe('age 57');
    expect(claimDetail(figure({ unit: 'year', value: 2014, noun: [] }))).toBe('year 2014');
    expect(claimDetail(figure({ value: 500000, noun: ['troops'] }))).toBe('500,000 troops');
  });
});

describe('toCards', () => {
  const results: ClaimResult[] = [
    { claim: quote, verdict: 'corroborated', evidence: [{ source: 'a', match: 'exact', passage: 'p', start: 0, end: 1, score: 1, diff: [], speaker: 'Mark Rutte' }] },
    { claim: figure({}), verdict: 'unique', evidence: [] },
  ];
  it('gives each card an id, its detail and its sources named', () => {
    const cards = toCards(results, [{ id: 'a', title: 'T', label: 'Title A', outlet: 'Outlet', date: '', sentences: 3 }]);
    expect(cards.map((c) => c.id)).toEqual(['claim-0', 'claim-1']);
    expect(cards[0]).toMatchObject({ kind: 'quote', verdict: 'corroborated', detail: 'Mark Rutte', evidence: [{ label: 'Title A', outlet: 'Outlet' }] });
  });
  it('falls back to the id for a source it does not know', () => {
    expect(toCards(results, [])[0].evidence[0].label).toBe('a');
  });
  it('counts verdicts and words the tooltip', () => {
    const counts = countVerdicts(toCards(results, []));
    expect(counts).toEqual({ corroborated: 1, varying: 0, unique: 1 });
    expect(countsTitle(counts)).toBe('Triangulate: 2 claims — 1 corroborated, 0 varying, 1 unique');
    expect(countsTitle({ corroborated: 1, varying: 0, unique: 0 })).toBe('Triangulate: 1 claim — 1 corroborated, 0 varying, 0 unique');
  });
});

describe('toCards reasons and chips', () => {
  it('gives a varying card its reason and head words, each source its chip, and drops attribution from diffs', () => {
    const result: ClaimResult = {
      claim: quote,
      verdict: 'varying',
      evidence: [{ source: 'a', match: 'variant', passage: 'p', start: 0, end: 1, score: 0.9, speaker: 'Jens Stoltenberg', differs: 'speaker', diff: [{ op: 'same', text: 'I know both candidates very well' }, { op: 'source', text: 'he said' }] }],
    };
    const [card] = toCards([result], [{ id: 'a', title: 'Rutte takes reins at NATO at critical juncture', label: 'Rutte takes reins at NATO at critical juncture', outlet: '', date: '', sentences: 3 }]);
    expect(card).toMatchObject({ reason: 'speaker', reasonLabel: 'Other speaker: Jens Stoltenberg', speaker: 'Mark Rutte' });
    expect(card.evidence[0]).toMatchObject({ chip: 'NATO at critical juncture', reason: 'speaker', how: 'other speaker', diff: [{ op: 'same', text: 'I know both candidates very well' }] });
  });
});

describe('markTip', () => {
  it('says the verdict, and why for a varying claim', () => {
    expect(markTip({ verdict: 'corroborated', reasonLabel: null })).toBe('✓ Corroborated');
    expect(markTip({ verdict: 'varying', reasonLabel: 'Other value: 99 percent' })).toBe('≈ Varying · Other value: 99 percent');
  });
});
