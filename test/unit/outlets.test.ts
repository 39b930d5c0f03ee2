import { describe, expect, it } from 'vitest';
import { chipsLine, outletStated, shortenAtWord, withoutDateline } from '../../lib/outlets';

describe('outletStated: the outlet an article names, never an invented one', () => {
  it('reads a dateline’s agency in brackets, with or without a place and date before it', () => {
    expect(outletStated('Headline\n\nALDERSUND, March 13 (Meridian Wire) - The bank cut rates.')).toBe('Meridian Wire');
    expect(outletStated('(Bloomberg) -- Former Prime Minister Jane Doe took over on Tuesday.')).toBe('Bloomberg');
    expect(outletStated('BRUSSELS (AP) — The alliance met on Tuesday.')).toBe('AP');
    expect(outletStated('LONDON, Oct 1 (Reuters) - Shares fell.')).toBe('Reuters');
  });
  it('reads a byline’s outlet, but not a job title', () => {
    expect(outletStated('Headline\nBy Jane Doe, Harbour Times\nThe council met.')).toBe('Harbour Times');
    expect(outletStated('Headline\nBy Maja Korhonen, Markets Editor\nThe bank cut rates.')).toBe('');
    expect(outletStated('By Henrik Saltnes\nHomeowners can look forward to smaller bills.')).toBe('');
  });
  it('reads a credit line or an agency’s sign-off at the end, a legal ending left off', () => {
    expect(outletStated('The text.\n\n©2024 Bloomberg L.P.')).toBe('Bloomberg');
    expect(outletStated('The text.\nCopyright 2024 The Associated Press. All rights reserved.')).toBe('The Associated Press');
    expect(outletStated('The last sentence of the story. — AFP')).toBe('AFP');
    expect(outletStated('The text.\n--With assistance from Katharina Rosskopf.')).toBe('');
  });
  it('is empty for an article that names no outlet, brackets in its text notwithstanding', () => {
    expect(outletStated('The council (which meets monthly) voted - narrowly - to close it.\n(Reporting by Ann Lee; Editing by Bo Ek)')).toBe('');
  });
});

describe('shortenAtWord and withoutDateline', () => {
  it('never cuts inside a word', () => {
    expect(shortenAtWord('Mark Rutte, the former Prime Minister', 24)).toBe('Mark Rutte, the former…');
    expect(shortenAtWord('Supercalifragilisticexpialidocious words', 10)).toBe('Supercalif…');
  });
  it('keeps a line whose opening is not a date', () => {
    expect(withoutDateline('Brussels - NATO')).toBe('Brussels - NATO');
  });
});

describe('chipsLine', () => {
  it('shows three distinct names and counts the rest', () => {
    expect(chipsLine(['AP', 'Reuters', 'AP', 'Bloomberg', 'BBC', 'CNN'])).toEqual({ chips: ['AP', 'Reuters', 'Bloomberg'], more: 2 });
  });
});
