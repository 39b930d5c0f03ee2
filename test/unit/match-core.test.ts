// Variants vs unique (CLAIMS §4, issue 11): a page quote that keeps a source quote's core with
// other words around it is a variant; one that shares only common words stays unique.
import { describe, expect, it } from 'vitest';
import { quote, realMatcher, sourceId } from './support/corpus';

const verdictOf = (text: string) => realMatcher().matchClaim(quote(text));

describe('a source quote’s core inside a longer page quote', () => {
  it('is a variant of that source: most of its content words, in order, other words around', () => {
    const r = verdictOf('My second priority is to strengthen our support for Ukraine and bring it even closer to NATO');
    expect(r.verdict).toBe('varying');
    expect(r.evidence.map((e) => e.source)).toContain(sourceId('000'));
  });

  it('is a variant when the page cuts the source quote in another place', () => {
    expect(verdictOf('Our support for Ukraine and bring it ever closer to NATO, that is the job now').verdict).toBe('varying');
  });

  it('stays unique when the page quote shares only common words with the sources', () => {
    expect(verdictOf('It is what it is and we are where we are, and we will do what we can').verdict).toBe('unique');
  });

  it('stays unique with fewer than five of the source quote’s content words', () => {
    expect(verdictOf('Our support for Ukraine is the reason I get up in the morning and go to work').verdict).toBe('unique');
  });
});
