import { describe, expect, it } from 'vitest';
import { NAME_WORD, isStopword, nameWords, plainSpans, plainWords, speechWords, speechWordsIn, spellingForm, stem, tokenize, words } from '../../lib/text/tokens';

describe('tokenize', () => {
  it('gives lower-case words with offsets into the original text', () => {
    const text = 'NATO’s chief, Mark Rutte.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm)).toEqual(["nato's", 'chief', 'mark', 'rutte']);
    for (const t of toks) expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toBe(t.norm);
  });

  it('keeps apostrophes inside words (curly or straight) and drops quote marks around them', () => {
    expect(words('“I’m not worried,” he said')).toEqual(["i'm", 'not', 'worried', 'he', 'said']);
    expect(words(`"I'm not worried," he said`)).toEqual(["i'm", 'not', 'worried', 'he', 'said']);
    expect(words('Ukraine’s rightful place')).toEqual(["ukraine's", 'rightful', 'place']);
  });

  it('drops a trailing possessive apostrophe (members’)', () => {
    expect(words('members’ spending')).toEqual(['members', 'spending']);
  });

  it('splits on dashes and hyphens of every kind', () => {
    expect(words('defence—and spending – more state-of-the-art')).toEqual([
      'defence', 'and', 'spending', 'more', 'state', 'of', 'the', 'art',
    ]);
  });

  it('treats NBSP and zero-width characters as word breaks, not word characters', () => {
    expect(words('a\u00a0b\u200bc\u200dd\ufeffe')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps thousands separators and decimals inside numbers; separators are dropped in the norm', () => {
    expect(words('1,000,000 troops and 2.5 percent')).toEqual(['1000000', 'troops', 'and', '2.5', 'percent']);
  });

  it('does not join a number to the next word across a full stop', () => {
    expect(words('They were 32. Then 33.')).toEqual(['they', 'were', '32', 'then', '33']);
  });

  it('applies NFKC to each word', () => {
    expect(words('ﬁnance Ｆｕｌｌ')).toEqual(['finance', 'full']);
  });

  it('gives nothing for punctuation only or an empty string', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('“ — ” … !?')).toEqual([]);
  });
});

describe('isStopword', () => {
  it('knows function words and contractions, not topic words', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword("i'm")).toBe(true);
    expect(isStopword("don't")).toBe(true);
    expect(isStopword('nato')).toBe(false);
    expect(isStopword('worried')).toBe(false);
  });
});

describe('stem', () => {
  it.each([
    ['pushing', 'push'],
    ['pushed', 'push'],
    ['push', 'push'],
    ['elections', 'election'],
    ['election', 'election'],
    ['countries', 'country'],
    ['boxes', 'box'],
    ['wishes', 'wish'],
    ['leaders', 'leader'],
    ['spending', 'spend'],
  ])('stem(%s) = %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('equates the inflections the matcher relies on', () => {
    expect(stem('pushing')).toBe(stem('pushed'));
    expect(stem('elections')).toBe(stem('election'));
    expect(stem('achieved')).toBe(stem('achieve'));
    expect(stem('alliances')).toBe(stem('alliance'));
    expect(stem('countries')).toBe(stem('country'));
  });

  it('drops a possessive', () => {
    expect(stem("nato's")).toBe('nato');
  });

  it('leaves short words and -ss words alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('was')).toBe('was');
    expect(stem('class')).toBe('class');
  });

  it('keeps distinct words distinct', () => {
    expect(stem('worried')).not.toBe(stem('world'));
    expect(stem('spend')).not.toBe(stem('speed'));
  });
});

describe('plainWords and plainSpans', () => {
  it('lower-cases, keeps letters and digits, strips possessives', () => {
    expect(plainWords("NATO's Rutte, U.S. 2% Stoltenberg’s I'm")).toEqual(['nato', 'rutte', 'u', 's', '2', 'stoltenberg', "i'm"]);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(plainWords('')).toEqual([]);
    expect(plainWords('— … !')).toEqual([]);
  });

  it('gives each word with its offset and as written', () => {
    expect(plainSpans('Mr. Rutte’s term')).toEqual([
      { w: 'mr', raw: 'Mr', start: 0 },
      { w: 'rutte', raw: 'Rutte’s', start: 4 },
      { w: 'term', raw: 'term', start: 12 },
    ]);
  });
});

describe('spellingForm: one form for British and American spellings', () => {
  it('folds each general pattern, both ways, with its inflections', () => {
    const pairs = [
      ['colour', 'color'], ['behaviour', 'behavior'], ['labouring', 'laboring'], ['organise', 'organize'], ['organisation', 'organization'],
      ['realised', 'realized'], ['analyse', 'analyze'], ['defence', 'defense'], ['offences', 'offenses'], ['licence', 'license'],
      ['centre', 'center'], ['metres', 'meters'], ['fibre', 'fiber'], ['travelled', 'traveled'], ['counsellor', 'counselor'], ['catalogue', 'catalog'],
    ];
    for (const [british, american] of pairs) expect(spellingForm(british), british).toBe(spellingForm(american));
  });
  it('leaves short words and other words alone, so no two words become one', () => {
    for (const w of ['four', 'hour', 'your', 'tour', 'rise', 'fence', 'hence', 'called', 'filled', 'rogue', 'noise']) expect(spellingForm(w)).toBe(w);
    expect(spellingForm('fence')).not.toBe(spellingForm('fens'));
    expect(spellingForm('called')).not.toBe(spellingForm('caled'));
  });
});

// Texts with what makes the word readers differ: inner and trailing full stops, leading and
// trailing apostrophes and hyphens, marks, letters outside the BMP, digits.
const HARD = [
  'The U.S.-led talks ended. Mr. Rutte said: “We’re done,” and the E.U.’s chief agreed.',
  "Sen. O'Neill's aide -- 'the boss' -- left at 5 p.m.. Etc... .Then: -x .y 'z' ’tis",
  'Jean-Luc Picard and Zoë Ré\u0301my met 𝒜lice 𝒜rden at St. Mary’s, No. 10.',
  '',
  '...',
];
const spans = (text: string, re: RegExp) => Array.from(text.matchAll(re), (m) => ({ start: m.index, end: m.index + m[0].length }));

describe('speechWords', () => {
  it('reads words with their inner apostrophes, hyphens and full stops', () => {
    const text = 'The U.S.-led talks, said O’Neill.';
    expect(speechWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['The', 'U.S.-led', 'talks', 'said', 'O’Neill.']);
  });
});

describe('nameWords', () => {
  it('cuts a speech word after each full stop, each piece from its first letter', () => {
    const text = 'The U.S.-led talks, Mr. Rutte.';
    expect(nameWords(text, speechWords(text)).map((w) => text.slice(w.start, w.end))).toEqual(['The', 'U.', 'S.', 'led', 'talks', 'Mr.', 'Rutte.']);
  });

  it('gives the words NAME_WORD reads, on text that tells them apart', () => {
    for (const text of HARD) expect(nameWords(text, speechWords(text))).toEqual(spans(text, NAME_WORD));
  });
});

describe('speechWordsIn', () => {
  it('gives the words of a slice as reading the slice itself would, in the whole text', () => {
    for (const text of HARD) {
      const all = speechWords(text);
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const own = speechWords(text.slice(from, to)).map((w) => ({ start: w.start + from, end: w.end + from }));
          expect(speechWordsIn(text, all, from, to)).toEqual(own);
        }
      }
    }
  });

  it('cuts the words at either end of the slice', () => {
    const text = 'said U.S. officials';
    expect(speechWordsIn(text, speechWords(text), 7, 14).map((w) => text.slice(w.start, w.end))).toEqual(['S.', 'offi']);
  });
});
