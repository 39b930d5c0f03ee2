import { describe, expect, it } from 'vitest';
import type { FigureClaim, QuoteClaim } from '../../lib/claims/types';
import type { ClaimResult, Evidence } from '../../lib/match/verdicts';
import { displayDiff, isAttribution, matchWords, reasonOf, reasonView } from '../../lib/reason';

const quote = (speaker: string | null = 'Mark Rutte'): QuoteClaim => ({ kind: 'quote', text: 'I am not worried', speaker, block: 0, ranges: [[0, 16]] });
const figure: FigureClaim = {
  kind: 'figure', text: '95 percent', value: 95, unit: 'percent', qualifier: null, noun: ['percent'], context: [], subject: null, person: null, quoted: false, block: 0, ranges: [[0, 10]],
};
const variant = (patch: Partial<Evidence>): Evidence => ({ source: 's', match: 'variant', passage: 'p', start: 0, end: 1, score: 0.8, diff: [], speaker: null, ...patch });
const varying = (claim: QuoteClaim | FigureClaim, ...evidence: Evidence[]): ClaimResult => ({ claim, verdict: 'varying', evidence });

describe('reasonOf', () => {
  it('is null for claims that do not vary', () => {
    expect(reasonOf({ claim: quote(), verdict: 'corroborated', evidence: [] })).toBeNull();
    expect(reasonOf({ claim: quote(), verdict: 'unique', evidence: [] })).toBeNull();
  });
  it('names another speaker where the matcher found the source disagreeing, from the evidence speaker or its why', () => {
    expect(reasonView(varying(quote(), variant({ speaker: 'Jens Stoltenberg', differs: 'speaker', diff: [{ op: 'same', text: 'I am not worried' }] })))).toEqual({ reason: 'speaker', label: 'Other speaker: Jens Stoltenberg' });
    expect(reasonView(varying(quote(), variant({ why: 'same words, said by Jens Stoltenberg', differs: 'speaker' })))?.label).toBe('Other speaker: Jens Stoltenberg');
  });
  it('is no conflict where the page does not make its speaker clear (CLAIMS §5a)', () => {
    const unclear = variant({ speaker: 'Jens Stoltenberg', why: 'same words, said by Jens Stoltenberg', note: 'Speaker not clear on this page', diff: [{ op: 'same', text: 'I am not worried' }] });
    expect(reasonOf(varying(quote(), unclear))).toBe('words');
    expect(matchWords(quote(), { ...unclear, score: 0.9 })).toBe('close wording');
  });
  it('gives a figure the source\'s value where the values cannot both be true', () => {
    const e = variant({ diff: [{ op: 'page', text: '95' }, { op: 'source', text: '99' }, { op: 'same', text: 'percent' }], why: 'another value', differs: 'value' });
    expect(reasonView(varying(figure, e))).toEqual({ reason: 'value', label: 'Other value: 99 percent' });
  });
  it('calls a figure told another way (a hedge, a bound, a rounding) other words, not another value', () => {
    const e = variant({ diff: [{ op: 'page', text: 'nearly 95' }, { op: 'source', text: '94.8' }, { op: 'same', text: 'percent' }], why: 'one rounded, one exact' });
    expect(reasonView(varying(figure, e))).toEqual({ reason: 'words', label: 'Other words' });
  });
  it('tells a cut from a rewording', () => {
    expect(reasonOf(varying(quote(), variant({ why: 'holds part of it' })))).toBe('cut');
    expect(reasonOf(varying(quote(), variant({ diff: [{ op: 'same', text: 'I am not worried' }, { op: 'page', text: 'at all' }] })))).toBe('cut');
    expect(reasonOf(varying(quote(), variant({ diff: [{ op: 'page', text: 'I am' }, { op: 'source', text: "I'm" }, { op: 'same', text: 'not worried' }] })))).toBe('words');
    expect(reasonOf(varying(quote(), variant({ diff: [{ op: 'same', text: 'I' }, { op: 'page', text: 'am' }, { op: 'same', text: 'not worried' }] })))).toBe('words');
  });
  it('puts a conflict before a rewording when sources disagree in both ways', () => {
    const words = variant({ diff: [{ op: 'same', text: 'I' }, { op: 'page', text: 'am' }, { op: 'same', text: 'worried' }] });
    expect(reasonOf(varying(quote(), words, variant({ speaker: 'Jens Stoltenberg', differs: 'speaker' })))).toBe('speaker');
  });
  it('does not count attribution words as a difference', () => {
    const diff = [{ op: 'same', text: 'I am not worried' }, { op: 'source', text: 'he said' }] as const;
    expect(displayDiff([...diff])).toEqual([{ op: 'same', text: 'I am not worried' }]);
    expect(reasonOf(varying(quote(), variant({ diff: [{ op: 'same', text: 'I am' }, { op: 'source', text: 'Rutte said' }, { op: 'same', text: 'not worried' }, { op: 'page', text: 'at all' }] })))).toBe('cut');
  });
});

describe('isAttribution', () => {
  it('knows who-said phrases and nothing else', () => {
    for (const s of ['he said', 'Rutte said', 'said Mr. Rutte', 'Mark Rutte added,', 'she told']) expect(isAttribution(s), s).toBe(true);
    for (const s of ['really', 'said it was right', 'we will not', 'Ukraine']) expect(isAttribution(s), s).toBe(false);
  });
});

describe('matchWords: how one piece of evidence matches, in words', () => {
  const exact = (patch: Partial<Evidence> = {}): Evidence => ({ ...variant({}), match: 'exact', score: 1, ...patch });
  const decade: FigureClaim = { ...figure, text: 'ten years', value: 10, unit: 'years', noun: ['years'] };

  it('says same words, with other spelling or in another form when that is all that differs', () => {
    expect(matchWords(quote(), exact())).toBe('same words');
    expect(matchWords(quote(), exact({ spelling: true }))).toBe('same words, other spelling');
    expect(matchWords(quote(), exact({ why: 'same words in another form' }))).toBe('same words, other form');
  });

  it('says same figure, other words when the source writes the figure otherwise ("a decade" for "ten years")', () => {
    expect(matchWords(decade, exact({ matched: 'a decade' }))).toBe('same figure, other words');
    expect(matchWords(decade, exact({ matched: 'Ten years' }))).toBe('same words');
    expect(matchWords(figure, exact({ matched: '95%' }))).toBe('same figure, other words');
  });

  it('says close wording or loosely related by how much of the claim a rewording holds', () => {
    expect(matchWords(quote(), variant({ score: 0.9, diff: [{ op: 'page', text: 'I am' }, { op: 'source', text: 'He is' }, { op: 'same', text: 'not worried' }] }))).toBe('close wording');
    expect(matchWords(quote(), variant({ score: 0.6, diff: [{ op: 'page', text: 'I am' }, { op: 'source', text: 'He is' }, { op: 'same', text: 'not worried' }] }))).toBe('loosely related');
  });

  it('names conflicts and cuts as the card head does', () => {
    expect(matchWords(quote(), variant({ speaker: 'Jens Stoltenberg', differs: 'speaker' }))).toBe('other speaker');
    expect(matchWords(figure, variant({ score: 0.3, differs: 'value' }))).toBe('other value');
    expect(matchWords(quote(), variant({ why: 'holds part of it' }))).toBe('cut differently');
  });
});
