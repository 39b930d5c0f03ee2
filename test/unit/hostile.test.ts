// Hostile input: property-based tests (fast-check) that the text pipeline and the matcher
// never throw and keep their offsets inside the text, whatever a page holds; and big inputs
// that must finish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import { extractQuotes } from '../../lib/claims/quotes';
import { findQuoteSpans } from '../../lib/text/quote-spans';
import { wordDiff } from '../../lib/diff';
import { normalizeChars } from '../../lib/text/normalize';
import { findNumbers } from '../../lib/text/numbers';
import { splitSentences } from '../../lib/text/sentences';
import { tokenize } from '../../lib/text/tokens';
import type { ClaimResult } from '../../lib/match/verdicts';
import { quote, realMatcher } from './support/corpus';

// Pieces a hostile or merely odd page is made of: every quote mark, apostrophes, names and
// speech verbs, titles and initialisms, numbers and their words, RTL text and direction marks,
// emoji (with modifiers, flags, ZWJ sequences), zero-width and control characters, lone surrogates.
const PIECES = [
  '"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', '″', '′',
  'I’m', "Ukraine's", "members'", '’90s', 'Rutte', 'Mark Rutte', 'Mr.', 'Jens Stoltenberg', 'said', 'he added', 'told reporters',
  'U.S.', 'Oct.', 'J. K.', 'NATO', 'the', 'a', 'of', 'one', 'first', '14th', '1st', 'third', 'year', 'years', '-year-old',
  '32', '2%', '2,000', '3.5', '1.2.3', '2024-10-01', 'November 5', 'nearly', 'more than', 'a decade', 'half a million',
  'three-and-a-half', 'per cent', 'percent', 'countries', 'troops', 'in 2014', 'and', 'not',
  'مرحبا بالعالم', 'שלום', '\u202e', '\u202d', '\u200f', '\u200e', '👍🏽', '🇳🇱', '👨‍👩‍👧', '😀',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '\u2029',
  'e\u0301', '\u0301', '\ud800', '\udfff', '\ud83d',
  ' ', '  ', '\n', '\r\n', '\t', '.', ',', ';', ':', '!', '?', '—', '–', '-', '(', ')', '…',
];
const piece = fc.constantFrom(...PIECES);
/** Adversarial text: the pieces in any order, unbalanced and nested quotes included. */
const hostile = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
const hostileTight = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
/** Text of any code point, lone surrogates too. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnits = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 80 });

const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['fc.string', fc.string({ maxLength: 200 })],
  ['full unicode', fc.string({ unit: 'binary', maxLength: 200 })],
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 100 })],
  ['code units with lone surrogates', anyUnits],
  ['adversarial pieces', hostile],
  ['adversarial pieces, no spaces', hostileTight],
];
const RUNS = { numRuns: 150 };

const inBounds = (text: string, start: number, end: number) => {
  expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeLessThanOrEqual(text.length);
  expect(start).toBeLessThanOrEqual(end);
};

describe.each(TEXTS)('on %s', (_, text) => {
  it('normalizeChars keeps the length', () => {
    fc.assert(fc.property(text, (t) => normalizeChars(t).length === t.length), RUNS);
  });

  it('tokenize gives non-empty words inside the text, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const tok of tokenize(t)) {
          inBounds(t, tok.start, tok.end);
          expect(tok.start).toBeGreaterThanOrEqual(last);
          expect(tok.end).toBeGreaterThan(tok.start);
          expect(tok.norm.length).toBeGreaterThan(0);
          last = tok.end;
        }
      }),
      RUNS,
    );
  });

  it('splitSentences gives trimmed, non-empty, ordered sentences that are slices of the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          inBounds(t, s.start, s.end);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(t.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text.trim()).toBe(s.text);
          last = s.end;
        }
      }),
      RUNS,
    );
  });

  it('findNumbers gives ordered, non-overlapping mentions inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const m of findNumbers(t)) {
          inBounds(t, m.start, m.end);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(typeof m.value).toBe('number');
          if (m.unit === 'date') expect(m.month! >= 1 && m.month! <= 12).toBe(true);
          last = m.end;
        }
      }),
      RUNS,
    );
  });

  it('findQuoteSpans gives spans that open before they close, inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of findQuoteSpans(t)) {
          inBounds(t, s.open, s.close);
          expect(s.close).toBeGreaterThan(s.open);
        }
      }),
      RUNS,
    );
  });

  it('extractQuotes gives claims whose ranges stand inside their blocks', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (blocks) => {
        for (const q of extractQuotes(blocks)) {
          expect(q.block).toBeGreaterThanOrEqual(0);
          expect(q.block).toBeLessThan(blocks.length);
          expect(q.text.length).toBeGreaterThan(0);
          for (const [a, b] of q.ranges) inBounds(blocks[q.block], a, b);
          if (q.ranges.length === 1) expect(blocks[q.block].slice(q.ranges[0][0], q.ranges[0][1])).toBe(q.text);
          expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('extractFigures gives figures whose text is their range of the block', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.boolean(), (blocks, includeQuoted) => {
        for (const f of extractFigures(blocks, { includeQuoted })) {
          expect(f.block).toBeLessThan(blocks.length);
          const [a, b] = f.ranges[0];
          inBounds(blocks[f.block], a, b);
          expect(blocks[f.block].slice(a, b)).toBe(f.text);
          if (!includeQuoted) expect(f.quoted).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('wordDiff keeps every page word, in order, and every source word', () => {
    fc.assert(
      fc.property(text, text, (page, source) => {
        const parts = wordDiff(page, source);
        const pageSide = parts.filter((p) => p.op !== 'source').map((p) => p.text).join(' ');
        expect(pageSide).toBe((page.match(/\S+/g) ?? []).join(' '));
        const count = (op: string) => parts.filter((p) => p.op === op).reduce((n, p) => n + p.text.split(' ').length, 0);
        expect(count('same') + count('source')).toBe((source.match(/\S+/g) ?? []).length);
      }),
      RUNS,
    );
  });
});

describe('the matcher on hostile claims', () => {
  const matcher = realMatcher();
  const wellFormed = (r: ClaimResult) => {
    const kinds = r.evidence.map((e) => e.match);
    expect(r.verdict).toBe(kinds.includes('exact') ? 'corroborated' : kinds.length ? 'varying' : 'unique');
    for (const e of r.evidence) {
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(1);
      expect(matcher.sources.find((s) => s.id === e.source)!.text.slice(e.start, e.end)).toBe(e.passage);
    }
  };

  // Corpus words make the hostile text reach the matcher's alignment, not only its index.
  const nearCorpus = fc
    .array(fc.oneof(piece, fc.constantFrom('I know both candidates very well', 'we will not give in', 'to spend more', 'nations', 'a highly respected leader')), { maxLength: 30 })
    .map((p) => p.join(' '));

  it.each([...TEXTS, ['near-corpus text', nearCorpus] as [string, fc.Arbitrary<string>]])('matchClaim on quotes of %s', (_, text) => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom('Mark Rutte', 'Stoltenberg', '', '\u202e')), (t, speaker) => {
        wellFormed(matcher.matchClaim(quote(t, speaker)));
      }),
      RUNS,
    );
  });

  it.each([...TEXTS, ['near-corpus text', nearCorpus] as [string, fc.Arbitrary<string>]])('matchClaim on figures of %s', (_, text) => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of extractFigures([t], { includeQuoted: true })) wellFormed(matcher.matchClaim(f));
      }),
      RUNS,
    );
  });

  it.each([...TEXTS, ['near-corpus text', nearCorpus] as [string, fc.Arbitrary<string>]])('lookup on %s', (_, text) => {
    fc.assert(
      fc.property(text, fc.constantFrom<('strict' | 'balanced' | 'lenient')[]>('strict', 'balanced', 'lenient'), (t, strictness) => {
        wellFormed(matcher.lookup(t, { strictness }));
      }),
      RUNS,
    );
  });

  it('findSelf never throws and gives a source id or null', () => {
    const ids = new Set(matcher.sources.map((s) => s.id));
    fc.assert(
      fc.property(fc.array(nearCorpus, { maxLength: 8 }), (blocks) => {
        const self = matcher.findSelf(blocks);
        expect(self === null || ids.has(self)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('big inputs finish', () => {
  const SENTENCES = [
    'NATO’s 32 nations met in Brussels on November 5, and 23 countries now spend 2 percent of GDP.',
    'Mark Rutte, the 57-year-old former Dutch prime minister, took over from Jens Stoltenberg after nearly a decade.',
    'The alliance has half a million troops ready, up from 40,000 in 2014, officials told reporters.',
    'Under the plan, three-and-a-half years of support will follow, the 14th secretary general said.',
  ];
  /** About `size` characters of news prose, sentences cycling, in one paragraph. */
  const prose = (size: number) => {
    const out: string[] = [];
    let n = 0;
    for (let i = 0; n < size; i++) {
      const s = SENTENCES[i % SENTENCES.length];
      out.push(s);
      n += s.length + 1;
    }
    return out.join(' ');
  };

  it('a 1 MB paragraph of prose through extractFigures', () => {
    const text = prose(1_000_000);
    const figures = extractFigures([text]);
    expect(figures.length).toBeGreaterThan(20_000);
    const last = figures[figures.length - 1];
    expect(text.slice(last.ranges[0][0], last.ranges[0][1])).toBe(last.text);
  }, 60_000);

  it('a 1 MB paragraph of prose through extractQuotes (it has no quotation marks)', () => {
    expect(extractQuotes([prose(1_000_000)])).toEqual([]);
  }, 60_000);

  it('a 1 MB paragraph of one unclosed quote through extractQuotes', () => {
    const claims = extractQuotes(['“' + prose(1_000_000)]);
    expect(claims.length).toBeGreaterThan(1000);
  }, 60_000);

  it('100,000 short paragraphs through extractFigures', () => {
    const blocks = Array.from({ length: 100_000 }, (_, i) => `Rutte met ${i % 90 + 2} allies in Brussels.`);
    const figures = extractFigures(blocks);
    expect(figures).toHaveLength(100_000);
    expect(figures[99_999].block).toBe(99_999);
  }, 60_000);

  it('100,000 short paragraphs without quotes through extractQuotes', () => {
    const blocks = Array.from({ length: 100_000 }, (_, i) => `Rutte met ${i % 90 + 2} allies in Brussels.`);
    expect(extractQuotes(blocks)).toEqual([]);
  }, 60_000);

  it('a 1 MB paragraph dense with attributed quotes through extractQuotes', () => {
    const unit = '"I am not worried at all about this," Rutte said, as 32 nations met for nearly a decade. ';
    const claims = extractQuotes([unit.repeat(Math.ceil(1_000_000 / unit.length))]);
    expect(claims.length).toBeGreaterThan(10_000);
    expect(claims.every((c) => c.speaker === 'Rutte')).toBe(true);
  }, 60_000);

  it('100,000 short paragraphs, a third of them quotes, through extractQuotes', () => {
    const blocks = Array.from({ length: 100_000 }, (_, i) => (i % 3 ? `Rutte met ${i} allies.` : '"We are ready to work now," he said.'));
    const claims = extractQuotes(blocks, { knownNames: ['Mark Rutte'] });
    expect(claims).toHaveLength(33_334);
    expect(claims[0].speaker).toBeNull();
    expect(claims[1].speaker).toBe('Mark Rutte');
  }, 60_000);

  it('a 100 KB single-sentence quote through the matcher', () => {
    const text = 'I know both candidates very well and '.repeat(2800);
    const r = realMatcher().matchClaim(quote(text));
    expect(['varying', 'unique']).toContain(r.verdict);
  }, 60_000);
});
