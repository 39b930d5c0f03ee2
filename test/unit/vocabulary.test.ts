import { describe, expect, it } from 'vitest';
import { buildDetectVocab } from '../../lib/vocabulary';
import { sourceFiles } from './support/corpus';

describe('buildDetectVocab on the real corpus', () => {
  const vocab = buildDetectVocab(sourceFiles().map((f) => f.body), 0.4);
  const terms = new Map(vocab.terms);

  it('passes the threshold through', () => {
    expect(vocab.threshold).toBe(0.4);
  });

  it('holds the story’s names and terms, single words and pairs', () => {
    for (const t of ['rutte', 'stoltenberg', 'nato', 'alliance', 'secretary general', 'mark rutte']) expect(terms.has(t), t).toBe(true);
  });

  it('leaves out general-news and function words', () => {
    for (const t of ['the', 'said', 'president', 'minister', 'year', 'told', 'war']) expect(terms.has(t), t).toBe(false);
  });

  it('leaves out numbers and short words', () => {
    for (const [t] of vocab.terms) {
      for (const w of t.split(' ')) {
        expect(w.length).toBeGreaterThanOrEqual(3);
        expect(w).not.toMatch(/^\d/);
      }
    }
  });

  it('has at most 40 terms, weights in (0, 1.5], heaviest first', () => {
    expect(vocab.terms.length).toBeGreaterThan(5);
    expect(vocab.terms.length).toBeLessThanOrEqual(40);
    for (const [, w] of vocab.terms) {
      expect(w).toBeGreaterThanOrEqual(0.3);
      expect(w).toBeLessThanOrEqual(1.5);
    }
    for (let i = 1; i < vocab.terms.length; i++) expect(vocab.terms[i][1]).toBeLessThanOrEqual(vocab.terms[i - 1][1]);
  });

  it('is deterministic', () => {
    expect(buildDetectVocab(sourceFiles().map((f) => f.body), 0.4)).toEqual(vocab);
  });
});

describe('buildDetectVocab on small inputs', () => {
  it('gives no terms for no texts or a single text', () => {
    expect(buildDetectVocab([], 0.5)).toEqual({ terms: [], threshold: 0.5 });
    expect(buildDetectVocab(['alpha beta gamma alpha beta gamma'], 0.5).terms).toEqual([]);
  });

  it('keeps a word only when most texts use it', () => {
    const texts = ['zebra zebra quokka', 'zebra zebra wombat', 'zebra zebra koala', 'zebra zebra lemur', 'zebra zebra quokka'];
    const terms = new Map(buildDetectVocab(texts, 0.4).terms);
    expect(terms.get('zebra')).toBe(1);
    expect(terms.has('quokka')).toBe(false);
    expect(terms.has('wombat')).toBe(false);
  });

  it('weighs a recurring word pair above its words', () => {
    const texts = Array.from({ length: 4 }, () => 'zebra crossing zebra crossing zebra crossing');
    const terms = new Map(buildDetectVocab(texts, 0.4).terms);
    expect(terms.get('zebra crossing')).toBeGreaterThan(terms.get('zebra')!);
  });
});
