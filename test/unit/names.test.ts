import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNames, findNames, fullName, lowerWordsBefore, samePerson, surname, wordBefore } from '../../lib/text/names';

const names = (text: string) => findNames(text).map((n) => n.words.join(' '));

describe('findNames', () => {
  it('strips titles, roles and nationalities before a name', () => {
    expect(names('Former Dutch Prime Minister Mark Rutte took over.')).toEqual(['Mark Rutte']);
    expect(names('Russian President Vladimir Putin spoke.')).toEqual(['Vladimir Putin']);
    expect(names('Vice President Kamala Harris spoke.')).toEqual(['Kamala Harris']);
    expect(names('Secretary General Mark Rutte spoke.')).toEqual(['Mark Rutte']);
    expect(names('Norwegian Jens Stoltenberg spoke.')).toEqual(['Jens Stoltenberg']);
  });

  it('strips "Mr." and keeps the surname', () => {
    expect(names('Mr. Rutte said')).toEqual(['Rutte']);
    expect(names('said Mr. Rutte, a former prime minister')).toEqual(['Rutte']);
  });

  it('drops a possessive ending from the name', () => {
    expect(names('Mr. Stoltenberg’s focus')).toEqual(['Stoltenberg']);
    expect(names("Donald Trump's first term")).toEqual(['Donald Trump']);
  });

  it('does not take the capitalised first word of a sentence for a name', () => {
    expect(names('The straight-talking 57-year-old replaced Jens Stoltenberg, whose decade')).toEqual(['Jens Stoltenberg']);
    expect(names('However, Rutte expressed confidence.')).toEqual(['Rutte']);
  });

  it('finds a name after an adjective phrase ("a visibly emotional Stoltenberg")', () => {
    expect(names('a visibly emotional Stoltenberg said')).toEqual(['Stoltenberg']);
  });

  it('does not take lower-case role words as part of a name', () => {
    expect(names('Dutch diplomat Joseph Luns, who spent 12 years')).toEqual(['Joseph Luns']);
  });

  it('keeps acronyms as one-word names', () => {
    expect(names("NATO's 32 nations")).toEqual(['NATO']);
  });

  it('does not run a name across a line break or a comma', () => {
    expect(names('Mark\nRutte')).toEqual(['Mark', 'Rutte']);
    expect(names('In Brussels, Rutte spoke')).toEqual(['Brussels', 'Rutte']);
  });

  it('does not take "I\'m" for a name', () => {
    expect(names("I'm not worried.")).toEqual([]);
  });

  it('gives offsets of the kept words only', () => {
    const text = 'Former Dutch Prime Minister Mark Rutte took over.';
    const [n] = findNames(text);
    expect(text.slice(n.start, n.end)).toBe('Mark Rutte');
  });

  it('gives nothing for lower-case text', () => {
    expect(findNames('he said that it was fine.')).toEqual([]);
  });
});

describe('surname', () => {
  it('is the last word, lower-cased, white space ignored', () => {
    expect(surname('  Jens  Stoltenberg ')).toBe('stoltenberg');
    expect(surname('Rutte')).toBe('rutte');
    expect(surname('')).toBe('');
  });
});

describe('samePerson', () => {
  it('holds a bare surname, an initial or a title word beside the given name for one person', () => {
    expect(samePerson('Mark Rutte', 'Rutte')).toBe(true);
    expect(samePerson('M. Rutte', 'Mark Rutte')).toBe(true);
    expect(samePerson('Justices Paul Ferrant', 'Paul Ferrant')).toBe(true);
  });

  it('tells two people of one family, or two surnames, apart', () => {
    expect(samePerson('David Ellison', 'Joanna Ellison')).toBe(false);
    expect(samePerson('Mark Rutte', 'Mark Stoltenberg')).toBe(false);
  });
});

describe('fullName', () => {
  it('maps a surname to the fullest known name ending with it', () => {
    expect(fullName('Rutte', ['Mark Rutte', 'Jens Stoltenberg'])).toBe('Mark Rutte');
    expect(fullName('Stoltenberg', ['Stoltenberg', 'Jens Stoltenberg'])).toBe('Jens Stoltenberg');
  });

  it('is case-insensitive on the surname', () => {
    expect(fullName('RUTTE', ['Mark Rutte'])).toBe('Mark Rutte');
  });

  it('keeps the name when no known name ends with it', () => {
    expect(fullName('Trump', ['Mark Rutte'])).toBe('Trump');
    expect(fullName('Rutte', [])).toBe('Rutte');
  });

  it('never shortens a name', () => {
    expect(fullName('Mark Rutte', ['Rutte'])).toBe('Mark Rutte');
  });
});

describe('findNames: sentence-opening prepositions', () => {
  it('leaves "Under", "Unlike" and "Despite" out of names', () => {
    expect(findNames('Under Rutte, the alliance held. Unlike Stoltenberg, he waited. Despite Trump, it grew.').map((n) => n.words.join(' '))).toEqual([
      'Rutte', 'Stoltenberg', 'Trump',
    ]);
  });
});

describe('findNames: first names that end like demonyms', () => {
  it('keeps Christian, Adrian and Kamala as first names, and drops real demonyms', () => {
    expect(findNames('Christian Lindner met Adrian Smith and Kamala Harris. Dutch Prime Minister Mark Rutte spoke.').map((n) => n.words.join(' '))).toEqual([
      'Christian Lindner', 'Adrian Smith', 'Kamala Harris', 'Mark Rutte',
    ]);
  });
});

describe('findNames: hyphenated titles', () => {
  it('drops "Secretary-General" and "Vice-President", and what comes before them, from a name', () => {
    expect(findNames('NATO Secretary-General Mark Rutte and Vice-President Kamala Harris met.').map((n) => n.words.join(' '))).toEqual([
      'Mark Rutte', 'Kamala Harris',
    ]);
  });
});

describe('findNames: kinds of names', () => {
  const kinds = (text: string) => findNames(text).map((n) => [n.words.join(' '), n.kind]);

  it('takes a run with an organisation word, an acronym or "the" for an organisation', () => {
    expect(kinds('The Confederation of Veslandic Industry said costs were high.')).toEqual([
      ['Confederation', 'organisation'],
      ['Veslandic Industry', 'organisation'],
    ]);
    expect(kinds('Manchester United said it would appeal.')).toEqual([['Manchester United', 'organisation']]);
    expect(kinds('He met analysts at Nordhaven Securities and the IMF.')).toEqual([
      ['Nordhaven Securities', 'organisation'],
      ['IMF', 'organisation'],
    ]);
    expect(kinds('He criticised the Kremlin.')).toEqual([['Kremlin', 'organisation']]);
  });

  it('takes a titled name, a name after a role word or before a role in apposition for a person', () => {
    expect(kinds('Governor Tove Reinholt spoke.')).toEqual([['Tove Reinholt', 'person']]);
    expect(kinds('said chief economist Olav Tennberg')).toEqual([['Olav Tennberg', 'person']]);
    expect(kinds('Olav Tennberg, chief economist at Vestra Bank, said')).toEqual([
      ['Olav Tennberg', 'person'],
      ['Vestra Bank', 'organisation'],
    ]);
    expect(kinds('Tove Reinholt, 58, said')).toEqual([['Tove Reinholt', 'person']]);
  });

  it('takes a name after "in" or "from" for a place', () => {
    expect(kinds('It will close branches in Aldersund.')).toEqual([['Aldersund', 'place']]);
  });

  it('gives a gender from an honorific or a gendered role', () => {
    expect(findNames('Ms Reinholt spoke.')[0].gender).toBe('f');
    expect(findNames('Mr. Rutte spoke.')[0].gender).toBe('m');
    expect(findNames('Vera Hallin, the party’s finance spokeswoman, said')[0].gender).toBe('f');
  });
});

describe('classifyNames', () => {
  const settle = (blocks: string[]) => {
    const names = blocks.map((b) => findNames(b));
    classifyNames(blocks, names);
    return names.flat().map((n) => [n.words.join(' '), n.kind]);
  };

  it('makes a surname of a known person that person, wherever it stands', () => {
    expect(settle(['Prime Minister Mark Rutte arrived.', 'He had confidence in Rutte.'])).toEqual([
      ['Mark Rutte', 'person'],
      ['Rutte', 'person'],
    ]);
  });

  it('takes a name the text makes the subject of a plural verb for many people, not a person', () => {
    expect(settle(['Harbour Athletic beat Port Ellis.', 'While the champions celebrated, Ellis were unlucky.']).slice(1)).toEqual([
      ['Port Ellis', 'organisation'],
      ['Ellis', 'organisation'],
    ]);
    // Not one of two names joined, nor a condition.
    expect(settle(['Karin Strand and Tomas Berg were there.', 'If Ana Lind were to resign, who would follow?']).map(([, kind]) => kind)).toEqual(['person', 'person', 'person']);
  });

  it('does not take a run whose first word the article writes in lower case for a person', () => {
    expect(settle(['Support Ukraine said it would march.', 'Their support is loud.'])).toEqual([['Support Ukraine', 'other']]);
    expect(settle(['Karin Strand met voters.'])).toEqual([['Karin Strand', 'person']]);
  });
});

describe('findNames: names joined by "of"', () => {
  it('joins what follows an organisation word, never a person to the organisation after them', () => {
    expect(findNames('Vera Hallin of the Social Democrats said it. The Bank of Vesland cut.').map((n) => [n.words.join(' '), n.kind])).toEqual([
      ['Vera Hallin', 'other'],
      ['Social Democrats', 'organisation'],
      ['Bank', 'organisation'],
      ['Vesland', 'organisation'],
    ]);
  });
});

describe('findNames: role words after an apposition', () => {
  const roles = (text: string) => findNames(text)[0].roles;

  it('takes the role words that run on from it, up to the first other word', () => {
    expect(roles('The board named Vera Hallin, who took over as chief executive officer of the bank.')).toEqual(['chief', 'executive', 'officer']);
    expect(roles('Mark Rutte, who became secretary general in October, said so.')).toEqual(['secretary', 'general']);
  });

  it('stops at a word that is no role, even with role words after it', () => {
    expect(roles("Tove Reinholt, the bank's chief economist and deputy governor, spoke.")).toEqual(['chief', 'economist']);
  });

  it('reads words after a name with no apposition as no role', () => {
    expect(findNames('Tove Reinholt chief economist spoke.')[0].roles).toBeUndefined();
  });
});

describe('findNames: honorifics in any case', () => {
  it('runs a lower-case honorific into the name it titles', () => {
    expect(findNames('Then mr. Hale spoke.').map((n) => n.words)).toEqual([['Hale']]);
  });
});

describe('findNames: titles met again', () => {
  it('strips a title each time it opens a name, not only the first', () => {
    const names = findNames('President Anna Berg met Dutch Prime Minister Mark Rutte. Later President Tomas Lind spoke.');
    expect(names.map((n) => n.words.join(' '))).toEqual(['Anna Berg', 'Mark Rutte', 'Tomas Lind']);
  });
});

describe('reading back from the end of a text', () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(fc.constantFrom('the', 'judge', 'Ana', ',', ' ', '  ', '-', '\n', 'é', 'ß', '1', '𝑥', '𐐨', 'X', ', '), { maxLength: 12 }).map((parts) => parts.join('')),
  );

  it('lowerWordsBefore is /((?:\\p{Ll}+[\\s-]+){0,3})$/u on any text', () => {
    fc.assert(fc.property(texts, (t) => lowerWordsBefore(t, 3) === (/((?:\p{Ll}+[\s-]+){0,3})$/u.exec(t)?.[1] ?? '')), { numRuns: 3000 });
    expect(lowerWordsBefore('the presiding judge, '.replace(/,\s*$/, ' '), 3)).toBe('the presiding judge ');
  });

  it('wordBefore is /(\\p{L}+),?\\s+$/u on any text', () => {
    fc.assert(fc.property(texts, (t) => wordBefore(t) === (/(\p{L}+),?\s+$/u.exec(t)?.[1] ?? '')), { numRuns: 3000 });
    expect(wordBefore('as said Ana, ')).toBe('Ana');
  });
});
