import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits ordinary sentences', () => {
    expect(texts('Is it? Yes! Fine.')).toEqual(['Is it?', 'Yes!', 'Fine.']);
  });

  it('keeps "Mr." with the name after it', () => {
    expect(texts('Mr. Rutte spoke. He left.')).toEqual(['Mr. Rutte spoke.', 'He left.']);
  });

  it('keeps other titles (Dr., Gov., Sen., Gen.) with their names', () => {
    expect(texts('Dr. Smith and Gov. Jones met. Sen. Warren spoke.')).toEqual([
      'Dr. Smith and Gov. Jones met.',
      'Sen. Warren spoke.',
    ]);
  });

  it('does not break after "U.S." inside a sentence', () => {
    expect(texts('He met U.S. officials on Tuesday. They talked.')).toEqual([
      'He met U.S. officials on Tuesday.',
      'They talked.',
    ]);
    expect(texts('Ties with the U.S. are strong. The alliance grew.')).toEqual([
      'Ties with the U.S. are strong.',
      'The alliance grew.',
    ]);
  });

  it('keeps a real sentence break after "U.S." before "The"', () => {
    expect(texts('He flew to the U.S. The next day he spoke.')).toEqual(['He flew to the U.S.', 'The next day he spoke.']);
    expect(texts('He lives in the U.S. He works there.')).toEqual(['He lives in the U.S.', 'He works there.']);
  });

  it('keeps "Oct." with the day after it', () => {
    expect(texts('It starts on Oct. 1 in Brussels. Then it ends.')).toEqual([
      'It starts on Oct. 1 in Brussels.',
      'Then it ends.',
    ]);
  });

  it('keeps initials with the surname', () => {
    expect(texts('It was signed by J. K. Rowling in London. Then it sold.')).toEqual([
      'It was signed by J. K. Rowling in London.',
      'Then it sold.',
    ]);
  });

  it('gives offsets such that text.slice(start, end) is the sentence, trimmed', () => {
    const text = '  Mr. Rutte spoke to U.S. allies.   He left on Oct. 1.\n\nThe End.  ';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(3);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    for (let i = 1; i < sentences.length; i++) expect(sentences[i].start).toBeGreaterThanOrEqual(sentences[i - 1].end);
  });

  it('gives one sentence for text without punctuation and none for blank text', () => {
    expect(texts('No punctuation at all')).toEqual(['No punctuation at all']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n  ')).toEqual([]);
  });
});

describe('splitSentences: abbreviations from the lexicon', () => {
  it('binds military titles and company suffixes to what follows', () => {
    expect(texts('Capt. Brown and Lt. Green met. Acme Inc. said it would grow. Prices rose.')).toEqual([
      'Capt. Brown and Lt. Green met.',
      'Acme Inc. said it would grow.',
      'Prices rose.',
    ]);
  });

  it('ends a sentence after a month abbreviation when a sentence starter follows', () => {
    expect(texts('It opened in Oct. The hall was full.')).toEqual(['It opened in Oct.', 'The hall was full.']);
  });
});

describe('splitSentences: a quoted question inside a sentence', () => {
  it('keeps the sentence whole when a lower-case word follows the quoted question', () => {
    expect(splitSentences('People ask me, “Can you really handle him?” and I tell them I have. Then we left.').map((s) => s.text)).toEqual([
      'People ask me, “Can you really handle him?” and I tell them I have.',
      'Then we left.',
    ]);
  });

  it('still breaks after a quoted question when a new sentence begins', () => {
    expect(splitSentences('He asked, “Can you handle him?” The answer was yes.').map((s) => s.text)).toHaveLength(2);
  });
});
