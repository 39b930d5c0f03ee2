// The stored index (lib/source-index.ts): a matcher loaded from what the build step stores gives
// the same results as one that tokenises the text itself, after a JSON round trip as the
// extension's files and IndexedDB make.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/analyze';
import { articleFromText } from '../../lib/article';
import { prepareSource } from '../../lib/corpus';
import { createMatcher } from '../../lib/match/matcher';
import { buildSourceIndex, loadSourceIndex, termConcepts } from '../../lib/source-index';
import { realCorpus, sourceFiles } from './support/corpus';

describe('the stored index', () => {
  it('is prepared with every source, as strings JSON keeps as they are', () => {
    for (const s of realCorpus().sources) {
      expect(s.index).toBeDefined();
      expect(JSON.parse(JSON.stringify(s.index))).toEqual(s.index);
    }
  });

  it('reads back the offsets of the words it was built from', () => {
    const text = 'Mr. Rutte said: "I’m not worried." The 32-member alliance spent 2,000 euros.\n\nEnd.';
    const sentences: [number, number][] = [[0, 34], [35, 76], [76, 78], [78, 82]];
    const terms: string[] = [];
    const termId = (t: string) => (terms.includes(t) ? terms.indexOf(t) : terms.push(t) - 1);
    const loaded = loadSourceIndex(buildSourceIndex(text, sentences, []), termId, [], termConcepts((n) => terms[n], termId));
    const words = Array.from(loaded.tokenStart, (a, i) => text.slice(a, loaded.tokenEnd[i]));
    expect(words).toEqual(['Mr', 'Rutte', 'said', 'I’m', 'not', 'worried', 'The', '32', 'member', 'alliance', 'spent', '2,000', 'euros', 'End']);
    expect(Array.from(loaded.norms, (n) => terms[n])).toContain("i'm");
    // "I'm" is two concepts of one token; a sentence without words has none.
    expect(Array.from(loaded.tokenOf).filter((t) => t === 3)).toHaveLength(2);
    expect(Array.from(loaded.tokenBreaks)).toEqual([0, 6, 13, 13, 14]);
    expect(Array.from(loaded.sentenceOf)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 3]);
    // A sentence without words has no concepts.
    expect(loaded.conceptBreaks[3]).toBe(loaded.conceptBreaks[2]);
  });

  it('gives a matcher the same results as the text does, for every claim of every source', () => {
    const stored = createMatcher(JSON.parse(JSON.stringify(realCorpus())));
    const corpus = realCorpus();
    const fromText = createMatcher({ ...corpus, sources: corpus.sources.map(({ index: _, ...s }) => s) });
    for (const file of sourceFiles()) {
      const { blocks } = articleFromText(file.body);
      expect(stored.findSelf(blocks)).toBe(fromText.findSelf(blocks));
      for (const claim of extractClaims(blocks, corpus.names).claims) {
        for (const strictness of ['strict', 'lenient'] as const) {
          expect(stored.matchClaim(claim, { strictness })).toEqual(fromText.matchClaim(claim, { strictness }));
        }
      }
      expect(stored.lookup(file.body.slice(0, 120))).toEqual(fromText.lookup(file.body.slice(0, 120)));
    }
  });
});

describe('many sources holding the same words', () => {
  it('keeps the first sources found, all exact, as many as evidence holds', () => {
    const corpus = realCorpus();
    const copies = Array.from({ length: 40 }, (_, i) => ({ ...corpus.sources[0], id: `copy-${String(i).padStart(2, '0')}` }));
    const m = createMatcher({ sources: copies, names: corpus.names });
    const claim = extractClaims(articleFromText(sourceFiles()[0].body).blocks, corpus.names).claims.find((c) => c.kind === 'quote')!;
    const r = m.matchClaim(claim);
    expect(r.verdict).toBe('corroborated');
    expect(r.evidence.map((e) => e.source)).toEqual(copies.slice(0, 24).map((c) => c.id));
  });

  it('still finds every kind of claim when a story is large enough that its common words leave the search', () => {
    // 1,200 sources: every word of the claims stands in more than a thousand sentences.
    const text = [
      'The town council approved 12 new buses for the northern routes on Monday.',
      '"We have waited long enough for this," the council leader said after the vote.',
      'Fares will rise 3% in May, the first increase in four years.',
      'The buses will run every ten minutes between the station and the hospital.',
      'Drivers for the new routes are being trained at the depot this month.',
    ].join('\n');
    const sources = Array.from({ length: 1200 }, (_, i) => prepareSource({ id: `s${i}`, title: '', outlet: '', date: '', url: '', body: text }));
    const m = createMatcher({ sources, names: [] });
    const claims = extractClaims(articleFromText(text).blocks, []).claims;
    expect(claims.filter((c) => c.kind === 'quote')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'figure').length).toBeGreaterThanOrEqual(2);
    for (const claim of claims) {
      const r = m.matchClaim(claim);
      expect(r.verdict, claim.text).toBe('corroborated');
      expect(r.evidence.slice(0, 24).every((e) => e.match === 'exact'), claim.text).toBe(true);
    }
    // A page that is one of them is still known as one (the first that holds it all).
    expect(m.findSelf(articleFromText(text).blocks)).toBe('s0');
  });
});
