// CLAIMS §5 and §5a on a small invented story: a conflict needs evidence on both sides, and a
// source that disagrees is never dropped because others agree.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import type { FigureClaim, QuoteClaim } from '../../lib/claims/types';
import { toCards } from '../../lib/cards';
import { prepareStory } from '../../lib/corpus';
import { createMatcher } from '../../lib/match/matcher';
import { keptEvidence, SPEAKER_NOT_CLEAR } from '../../lib/match/evidence';
import type { Evidence } from '../../lib/match/verdicts';
import { reasonOf } from '../../lib/reason';
import type { SourceFile } from '../../lib/sources';
import { generalData } from './support/corpus';

const STORY = { id: 'bridge-vote', title: 'Council votes on the harbour bridge', summary: '', from: '2025-03-01', to: '2025-03-03', language: 'en' };

const source = (id: string, body: string): SourceFile => ({ id, title: `Harbour bridge report ${id}`, outlet: '', date: '', url: '', body });

const agreeing = (n: number) =>
  source(
    `agree-${n}`,
    `The council approved the harbour bridge on Tuesday. The bridge will cost 240 million euros and take four years to build, officials said. ` +
      `"We have waited long enough for this crossing," said Miriam Osei, the council leader. Report number ${n} on the vote.`,
  );
const differing = source(
  'differs',
  `The council approved the harbour bridge on Tuesday. The bridge will cost 310 million euros and take four years to build, officials said. ` +
    `"We have waited long enough for this crossing," said Tomas Brandt, an engineer.`,
);

const matcherOf = (...files: SourceFile[]) => createMatcher(prepareStory({ story: STORY, sources: files }, generalData()));

const cost = (): FigureClaim => {
  const [f] = extractFigures(['The bridge will cost 240 million euros and take years to build, officials said.']);
  return f;
};
const quote = (attributed: 'named' | 'inferred'): QuoteClaim => ({
  kind: 'quote', text: 'We have waited long enough for this crossing', speaker: 'Miriam Osei', attributed, block: 0, ranges: [[0, 45]],
});

describe('a conflict needs evidence on both sides (§5a)', () => {
  it('gives another speaker only against a speaker the page names', () => {
    const m = matcherOf(differing);
    const named = m.matchClaim(quote('named'));
    expect(named.evidence[0]).toMatchObject({ source: 'differs', differs: 'speaker' });
    expect(reasonOf(named)).toBe('speaker');
    const inferred = m.matchClaim(quote('inferred'));
    expect(inferred.verdict).toBe('varying');
    expect(inferred.evidence[0]).toMatchObject({ source: 'differs', note: SPEAKER_NOT_CLEAR });
    expect(inferred.evidence[0].differs).toBeUndefined();
    expect(reasonOf(inferred)).toBe('words');
  });

  it('takes a relative with the same surname for another speaker, and a headline repeating the words for no speaker', () => {
    const family = source(
      'family',
      `"We have waited long enough for this crossing": families welcome the vote\n` +
        `Miriam's mother, Joanna Osei, spoke at home. "We have waited long enough for this crossing," said Joanna Osei. ` +
        `Her husband, David Osei, said little.`,
    );
    const byMother = matcherOf(family).matchClaim({ ...quote('named'), speaker: 'David Osei' });
    expect(byMother.verdict).toBe('varying');
    expect(byMother.evidence[0]).toMatchObject({ source: 'family', speaker: 'Joanna Osei', differs: 'speaker' });
    expect(matcherOf(family).matchClaim({ ...quote('named'), speaker: 'Joanna Osei' }).verdict).toBe('corroborated');
    expect(matcherOf(family).matchClaim({ ...quote('named'), speaker: 'J. Osei' }).verdict).toBe('corroborated');
  });

  it('gives another value for the same subject', () => {
    const r = matcherOf(differing).matchClaim(cost());
    expect(r.evidence[0]).toMatchObject({ source: 'differs', differs: 'value' });
    expect(reasonOf(r)).toBe('value');
  });
});

describe('disagreement is never hidden (§5)', () => {
  it('keeps the differing source when the story gains an agreeing one, and the card counts both', () => {
    expect(matcherOf(differing).matchClaim(cost()).verdict).toBe('varying');
    const r = matcherOf(differing, agreeing(1)).matchClaim(cost());
    expect(r.verdict).toBe('corroborated');
    expect(r.evidence.map((e) => [e.source, e.match, e.differs])).toEqual([
      ['agree-1', 'exact', undefined],
      ['differs', 'variant', 'value'],
    ]);
    const [card] = toCards([r], []);
    expect(card).toMatchObject({ agree: 1, disagree: 1 });
  });

  it('keeps every differing source however many agree', () => {
    const many = Array.from({ length: 30 }, (_, i) => agreeing(i));
    for (const claim of [cost(), quote('named')]) {
      const r = matcherOf(...many, differing).matchClaim(claim);
      expect(r.verdict).toBe('corroborated');
      expect(r.evidence.filter((e) => e.source === 'differs')).toHaveLength(1);
      expect(r.evidence.filter((e) => e.match === 'exact').length).toBeGreaterThan(10);
    }
  });

  it('keeps as much evidence as asked, best first, plus every source that disagrees', () => {
    const e = (source: string, match: Evidence['match'], score: number, differs?: Evidence['differs']): Evidence => ({
      source, match, score, passage: '', start: 0, end: 0, diff: [], speaker: null, ...(differs ? { differs } : {}),
    });
    const kept = keptEvidence([e('v', 'variant', 0.5), e('d', 'variant', 0.3, 'value'), e('x1', 'exact', 1), e('x2', 'exact', 1)], 2);
    expect(kept.map((x) => x.source)).toEqual(['x1', 'd']);
  });
});
