import { describe, expect, it } from 'vitest';
import { buildContrast, buildDetectVocab, calibrateThreshold, sampleText, type Contrast } from '../../lib/vocabulary';
import { generalData, natoPack, sourceFiles } from './support/corpus';

const contrast = buildContrast(generalData().frequency, generalData().news);
const focus = `${natoPack().story.title}\n${natoPack().story.summary}`;

describe('buildDetectVocab on the real story', () => {
  const vocab = buildDetectVocab(sourceFiles().map((f) => f.body), contrast, 0.4, focus);
  const terms = new Map(vocab.terms);

  it('passes the threshold through', () => {
    expect(vocab.threshold).toBe(0.4);
  });

  it('holds the story’s names and terms, single words and pairs', () => {
    for (const t of ['rutte', 'stoltenberg', 'nato', 'secretary general', 'mark rutte']) expect(terms.has(t), t).toBe(true);
  });

  it('leaves out words common in general English and in general news', () => {
    for (const t of ['the', 'said', 'president', 'year', 'told', 'war', 'people', 'government']) expect(terms.has(t), t).toBe(false);
  });

  it('weighs the names of the story’s own title and summary above the week’s other names', () => {
    expect(terms.get('rutte')!).toBeGreaterThan(terms.get('trump') ?? 0);
    expect(terms.get('stoltenberg')!).toBeGreaterThan(terms.get('putin') ?? 0);
  });

  it('leaves out numbers and short words', () => {
    for (const [t] of vocab.terms) {
      for (const w of t.split(' ')) {
        expect(w.length).toBeGreaterThanOrEqual(3);
        expect(w).not.toMatch(/^\d/);
      }
    }
  });

  it('has at most 40 terms, weights in [0.2, 1.5], heaviest first', () => {
    expect(vocab.terms.length).toBeGreaterThan(5);
    expect(vocab.terms.length).toBeLessThanOrEqual(40);
    for (const [, w] of vocab.terms) {
      expect(w).toBeGreaterThanOrEqual(0.2);
      expect(w).toBeLessThanOrEqual(1.5);
    }
    for (let i = 1; i < vocab.terms.length; i++) expect(vocab.terms[i][1]).toBeLessThanOrEqual(vocab.terms[i - 1][1]);
  });

  it('is deterministic', () => {
    expect(buildDetectVocab(sourceFiles().map((f) => f.body), contrast, 0.4, focus)).toEqual(vocab);
  });
});

describe('buildDetectVocab on small inputs', () => {
  const none: Contrast = { english: new Map(), news: new Map(), newsRate: new Map() };

  it('gives no terms for no texts or a single text', () => {
    expect(buildDetectVocab([], none, 0.5)).toEqual({ terms: [], threshold: 0.5 });
    expect(buildDetectVocab(['alpha beta gamma alpha beta gamma'], none, 0.5).terms).toEqual([]);
  });

  it('keeps a word only when most texts use it', () => {
    const texts = ['zebra zebra quokka', 'zebra zebra wombat', 'zebra zebra koala', 'zebra zebra lemur', 'zebra zebra quokka'];
    const terms = new Map(buildDetectVocab(texts, none, 0.4).terms);
    expect(terms.get('zebra')).toBe(1);
    expect(terms.has('quokka')).toBe(false);
    expect(terms.has('wombat')).toBe(false);
  });

  it('weighs a recurring word pair above its words', () => {
    const texts = Array.from({ length: 4 }, () => 'zebra crossing zebra crossing zebra crossing');
    const terms = new Map(buildDetectVocab(texts, none, 0.4).terms);
    expect(terms.get('zebra crossing')).toBeGreaterThan(terms.get('zebra')!);
  });

  it('drops a word general English uses often, and a word general news articles share', () => {
    const texts = Array.from({ length: 4 }, () => 'zebra house zebra house quagga quagga');
    const english = new Map([['house', 6]]);
    const terms = new Map(buildDetectVocab(texts, { ...none, english }, 0.4).terms);
    expect(terms.has('house')).toBe(false);
    const news = buildContrast({ zipf: {} }, ['quagga news', 'quagga again', 'more quagga', 'quagga']);
    expect(new Map(buildDetectVocab(texts, news, 0.4).terms).has('quagga')).toBe(false);
  });

  it('weighs down a term another article uses as heavily as the story does', () => {
    const texts = Array.from({ length: 4 }, () => 'zebra quagga zebra quagga okapi');
    const shared = buildContrast({ zipf: {} }, ['quagga quagga quagga herd', ...Array.from({ length: 7 }, () => 'unrelated text here')]);
    const terms = new Map(buildDetectVocab(texts, shared, 0.4).terms);
    expect(terms.get('quagga')!).toBeLessThan(terms.get('zebra')!);
  });
});

describe('calibrateThreshold', () => {
  const texts = sourceFiles().map((f) => f.body);

  it('sits between the sources left out in turn and the unrelated news, within bounds', () => {
    const c = calibrateThreshold(texts, generalData().news, contrast, focus, ['nato', 'rutte', 'stoltenberg']);
    expect(c.positive).toBeGreaterThan(c.negative);
    expect(c.threshold).toBeGreaterThan(c.negative);
    expect(c.threshold).toBeLessThan(c.positive);
    expect(c.threshold).toBeGreaterThanOrEqual(0.2);
    expect(c.threshold).toBeLessThanOrEqual(0.6);
  });

  it('ignores negatives that do not name the anchors', () => {
    const loud = `${texts[0]}`.replace(/\bRutte\b|\bNATO\b|\bStoltenberg\b/g, 'X');
    const without = calibrateThreshold(texts, [loud], contrast, focus, ['nato', 'rutte', 'stoltenberg']);
    expect(without.negative).toBe(0);
  });
});

describe('sampleText', () => {
  it('takes the first real line as the title and the next two as the lead, furniture left out', () => {
    const s = sampleText('ADVERTISEMENT\nThe headline here\n\nFirst paragraph of the story.\nSecond paragraph.\nThird paragraph.');
    expect(s.title).toBe('The headline here');
    expect(s.lead).toBe('First paragraph of the story.\nSecond paragraph.');
    expect(s.body).toBe('Third paragraph.');
  });
});
