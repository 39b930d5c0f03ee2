// Look-ups beside the sidebar (CLAIMS §6): the page's claims inside a selection answer with their
// own cards' verdicts, so a look-up never contradicts the sidebar.
import { describe, expect, it } from 'vitest';
import type { ClaimCardView } from '../../lib/cards';
import type { FigureClaim, QuoteClaim } from '../../lib/claims/types';
import type { ClaimResult } from '../../lib/match/verdicts';
import { claimsInSelection, lookupAnswer, PASSAGE_NOT_FOUND } from '../../lib/sidebar/lookups';

const quote = (text: string): ClaimResult => ({
  claim: { kind: 'quote', text, speaker: 'Mark Rutte', block: 0, ranges: [[0, text.length]] } as QuoteClaim,
  verdict: 'corroborated',
  evidence: [],
});
const figure = (text: string): ClaimResult => ({
  claim: { kind: 'figure', text, value: 32, unit: 'count', qualifier: null, noun: ['nations'], context: [], subject: null, person: null, quoted: false, block: 0, ranges: [[0, 1]] } as FigureClaim,
  verdict: 'corroborated',
  evidence: [],
});
const card = (kind: ClaimCardView['kind'], verdict: ClaimCardView['verdict']): ClaimCardView => ({ id: 'lookup-1', kind, verdict, text: 't', detail: '', evidence: [] });

describe('claimsInSelection', () => {
  const results = [figure('32 nations'), quote('I’m not worried.'), figure('two years')];

  it('picks the claims whose text lies inside the selection, whatever its quote marks, spaces and case', () => {
    const picked = claimsInSelection(results, `The alliance of 32  nations met. "I'm NOT worried." he said.`);
    expect(picked.map((r) => r.claim.text)).toEqual(['32 nations', 'I’m not worried.']);
  });

  it('picks nothing for a selection holding no claim, or only part of one', () => {
    expect(claimsInSelection(results, 'The alliance met on Tuesday.')).toEqual([]);
    expect(claimsInSelection(results, '32 nat')).toEqual([]);
    expect(claimsInSelection(results, '   ')).toEqual([]);
  });
});

describe('lookupAnswer', () => {
  const claims = [card('figure', 'corroborated')];

  it('keeps the passage match beside the claims when it found something', () => {
    expect(lookupAnswer(card('quote', 'varying'), claims)).toEqual({ card: card('quote', 'varying'), claims, message: null });
  });

  it('never answers "Unique" beside claims the sidebar checked: it says the words as a whole are not in the sources', () => {
    expect(lookupAnswer(card('quote', 'unique'), claims)).toEqual({ card: null, claims, message: PASSAGE_NOT_FOUND });
  });

  it('answers a figure looked up on its own with the card of that figure in the page', () => {
    const page = { ...card('figure', 'corroborated'), id: 'claim-3', text: '23 countries' };
    const other = { ...card('quote', 'varying'), id: 'claim-4' };
    expect(lookupAnswer(card('figure', 'varying'), [page, other])).toEqual({ card: { ...page, id: 'lookup-1' }, claims: [other], message: null });
  });

  it('keeps a passage found nowhere beside claims found nowhere: they agree', () => {
    const unique = [card('quote', 'unique')];
    expect(lookupAnswer(card('quote', 'unique'), unique)).toEqual({ card: card('quote', 'unique'), claims: unique, message: null });
  });

  it('is the passage match alone when the selection holds no claim', () => {
    expect(lookupAnswer(card('quote', 'unique'), [])).toEqual({ card: card('quote', 'unique'), claims: [], message: null });
  });
});
