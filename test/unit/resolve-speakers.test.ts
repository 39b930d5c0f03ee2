// Speakers from the whole text (CLAIMS.md §2): each rule with a case it must resolve and a near
// case it must not. All names and sentences are invented.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/claims/quotes';
import { sentenceSubject } from '../../lib/claims/subjects';
import { classifyNames, findNames } from '../../lib/text/names';

/** Speaker (and how it is known) of the quote that starts with `start`. */
function speakerOf(blocks: string[], start: string) {
  const q = extractQuotes(blocks).find((c) => c.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}"`);
  return { speaker: q.speaker, attributed: q.attributed };
}

const subjectOf = (sentence: string) => {
  const names = [findNames(sentence)];
  classifyNames([sentence], names);
  const found = sentenceSubject(sentence, 0, sentence.length, names[0].filter((n) => n.kind === 'person'));
  return found && ('name' in found ? found.name.words.join(' ') : 'pronoun' in found ? found.pronoun : 'anonymous');
};

describe('sentence subjects', () => {
  it('is the person who opens the sentence, past opening phrases and role phrases', () => {
    expect(subjectOf('Outside the court, the prosecutor, Clara Voss, said the state would appeal.')).toBe('Clara Voss');
    expect(subjectOf('Edgar Lunn’s brother, Piet Lunn, said the family was angry.')).toBe('Piet Lunn');
  });

  it('is nobody when two people open joined clauses, and not a person named after a verb', () => {
    expect(subjectOf('Milo Frant has threatened the league, and Oskar Dell has made threats too.')).toBeNull();
    expect(subjectOf('Not everyone in the valley wants to wait, said the mayor.')).toBeNull();
  });
});

describe('a pronoun is whom the text just before is about', () => {
  it('is the subject of the sentence before, not the last person quoted', () => {
    const blocks = ['“We were beaten by a better side,” Hansen said.', 'Okafor, in a grey suit, spoke briefly. “We will be back next season,” he said.'];
    expect(speakerOf(blocks, 'We will be back')).toEqual({ speaker: 'Okafor', attributed: 'inferred' });
  });

  it('stays with the last person quoted when the sentence between is about other people in passing', () => {
    const blocks = [
      '“I know both rivals very well,” said Lena Marsh.',
      'Milo Frant has threatened the league, and Oskar Dell has made threats too.',
      '“She is a respected leader,” she remarked.',
    ];
    expect(speakerOf(blocks, 'She is a respected leader').speaker).toBe('Lena Marsh');
  });

  it('passes over a subject whose gender does not fit', () => {
    const blocks = [
      'Ada Brill, the victim’s mother, listened from the gallery. Her husband, Tomas, sat beside her.',
      '“No sentence brings her back,” she said.',
    ];
    expect(speakerOf(blocks, 'No sentence brings').speaker).toBe('Ada Brill');
    // A family shares a surname, not a gender.
    expect(speakerOf(['Jana Kolar, 67, and her husband, Milan Kolar, spent the night on the roof.', '“I heard it before I saw it,” she said.'], 'I heard').speaker).toBe(
      'Jana Kolar',
    );
  });

  it('goes back past sentences that continue with the same pronoun', () => {
    const blocks = [
      '“We will talk to anyone,” Tobin Rask said.',
      'For Irma Vale, 61, the night was a painful one. She arrived at the hall after 3am.',
      '“I am proud of what we built,” she said.',
    ];
    expect(speakerOf(blocks, 'I am proud').speaker).toBe('Irma Vale');
  });
});

describe('a pronoun inside a clause about someone named', () => {
  it('is that person, while a pronoun opening a joined clause continues the one before', () => {
    const relative = [
      'The visitors fought back through right-back Sam Neve, only to see forward Paul Sanz seal the game.',
      'A third final defeat was a hard pill to swallow for Tony Pavo, who will wonder what he must do to win one.',
      '“We were not ourselves in the first half,” he said.',
    ];
    expect(speakerOf(relative, 'We were not ourselves').speaker).toBe('Tony Pavo');
    const joined = ['Ms Dora Wend has staked her tenure on fewer stores.', 'The closures will leave Arne Holt with 748 shops, and she plans to open smaller ones.', '“These are hard decisions,” she said.'];
    expect(speakerOf(joined, 'These are hard').speaker).toBe('Dora Wend');
  });

  it('is not someone named in the quote’s own sentence before a role that speaks', () => {
    const blocks = ['The 57-year-old Lars Mott, who led four governments, arrives at a delicate moment.', 'Asked whether a return of Milo Frant kept him awake, the new alliance chief said he was calm. “I know both candidates very well,” the new alliance chief said.'];
    expect(speakerOf(blocks, 'I know both').speaker).toBe('Lars Mott');
  });
});

describe('a quote with no attribution', () => {
  it('is the person the paragraph has just turned to', () => {
    const blocks = ['“The crowd carried me,” Arla Penn said.', 'Her coach, Jorge Maal, has just come past the press seats. What did he tell her? “We told her to keep swinging.”'];
    expect(speakerOf(blocks, 'We told her').speaker).toBe('Jorge Maal');
  });

  it('continues the speaker of the quote just before when nobody else comes between', () => {
    const blocks = ['“The convictions stand,” the prosecutor, Clara Voss, told reporters. “The sentence is still substantial.”'];
    expect(speakerOf(blocks, 'The sentence is still').speaker).toBe('Clara Voss');
  });
});

describe('a role is the person the page gives it', () => {
  it('finds the holder of the role ("the coach", "the presiding judge")', () => {
    const blocks = [
      'Her coach, Jorge Maal, watched from the box. Arla Penn climbed into the stands.',
      '“This one means more,” Arla Penn said.',
      '“She is not finished yet,” the coach said.',
    ];
    expect(speakerOf(blocks, 'She is not finished').speaker).toBe('Jorge Maal');
    const court = ['Hollis, 61, stood as the presiding judge, Justice Ingrid Sol, read the judgment.', '“The jury was entitled to find him guilty,” the presiding judge said.'];
    expect(speakerOf(court, 'The jury was').speaker).toBe('Ingrid Sol');
  });

  it('gives "her predecessor" to the one called so, never to the one just named', () => {
    const blocks = ['Her predecessor as champion, Lotte Brem, was among the first on court.', 'Rina Tor lingered at her chair.', '“She never knows when she is beaten,” her predecessor said.'];
    expect(speakerOf(blocks, 'She never knows').speaker).toBe('Lotte Brem');
    // Nobody is called the predecessor: whom the text is about, but not the role's owner.
    const unnamed = ['Gus Lyle, who ran the chain before handing over to Ms Dora Wend, said the board backed her.', 'Ms Wend said she would give up her bonus.', '“I opened these stores myself,” her predecessor said.'];
    expect(speakerOf(unnamed, 'I opened').speaker).toBe('Gus Lyle');
  });
});

describe('words passed on are the person recalled', () => {
  it('is the person, role or other-gender pronoun after a recall of something said', () => {
    expect(speakerOf(['Vale recalled the rule set by Ruth Aber, his predecessor, in 2011: “Build the phone you would lend to your mother.”'], 'Build the phone')).toEqual({
      speaker: 'Ruth Aber',
      attributed: 'named',
    });
    expect(speakerOf(['The lawyer then read a statement from Victor Hollis: “I will carry their names with me for the rest of my life.”'], 'I will carry').speaker).toBe('Victor Hollis');
    const pronoun = ['“I had nothing left,” Arla Penn said.', 'Arla Penn dedicated the title to her grandfather, Tomas Hal. She recalled the advice he gave her: “Play the ball, not the name.”'];
    expect(speakerOf(pronoun, 'Play the ball').speaker).toBe('Tomas Hal');
    const told = ['Arla Penn said her grandfather, Tomas Hal, who never missed a match, used to tell her: “Play the ball, not the name.”'];
    expect(speakerOf(told, 'Play the ball').speaker).toBe('Tomas Hal');
  });

  it('stays the speaker’s own words without something said after the verb, or with the person spoken to', () => {
    expect(speakerOf(['Lena Marsh recalled meeting Milo Frant in 2018: “He was tough but fair in every meeting.”'], 'He was tough').speaker).toBe('Lena Marsh');
    expect(speakerOf(['Lena Marsh recalled telling Milo Frant: “You will have to pay more for this.”'], 'You will have').speaker).toBe('Lena Marsh');
  });

  it('is the person the page gives the role of the one recalled, or nobody when it gives it to no one', () => {
    const blocks = ['Arla Penn dedicated the title to her grandfather, Tomas Hal, who died in 2023.', 'Arla Penn recalled her grandfather’s advice: “Play the ball, not the name on the other side.”'];
    expect(speakerOf(blocks, 'Play the ball')).toEqual({ speaker: 'Tomas Hal', attributed: 'inferred' });
    expect(speakerOf(['Mayor Ruth Calla spoke last.', 'The mayor read out her father’s words: “Never sell the harbour to anyone at all.”'], 'Never sell').speaker).toBeNull();
  });

  it('is nobody when the page does not say whose words they are', () => {
    expect(speakerOf(['His lawyer, Sim Reyes, read a statement on his behalf: “I will carry their names with me.”'], 'I will carry').speaker).toBeNull();
  });

  it('does not take a later sentence’s own "she said" as the attribution of a quote that ended its sentence', () => {
    const blocks = ['Justice Ingrid Sol read out the words the trial judge, Marten Kell, used: “You put profit before the lives of your guests.” Nothing in the appeal, she said, had changed that.'];
    expect(speakerOf(blocks, 'You put profit').speaker).toBe('Marten Kell');
  });
});

describe('the name in the attribution', () => {
  it('is a name in apposition before the verb, or after one describing word', () => {
    expect(speakerOf(['‘Every ballot has been counted twice,’ the returning officer, Simon Achter, told reporters.'], 'Every ballot')).toEqual({ speaker: 'Simon Achter', attributed: 'named' });
    expect(speakerOf(['“My neighbour nearly stayed at home,” said pensioner Dora Falk, 78, outside the hall.'], 'My neighbour')).toEqual({ speaker: 'Dora Falk', attributed: 'named' });
  });

  it('is not a person named after a clause or after the one spoken to', () => {
    expect(speakerOf(['“We will go on with this plan,” she said the plan would help Lars Mott.'], 'We will go on').attributed).not.toBe('named');
    expect(speakerOf(['Nina Berg spoke first. She told Lars Mott, adding: “We will go on with this plan.”'], 'We will go on').speaker).toBe('Nina Berg');
  });
});

describe('a speaker is a named person, and only the name', () => {
  it('drops a place or a title glued before the name', () => {
    expect(speakerOf(['“We had the legs today,” said Norway’s Ingrid Dahl.'], 'We had the legs').speaker).toBe('Ingrid Dahl');
    expect(speakerOf(['“The majority reduced a lenient sentence,” Justice Paul Ferran wrote.'], 'The majority').speaker).toBe('Paul Ferran');
  });

  it('is nobody for an anonymous speaker, but the person when the role is given a name', () => {
    const anonymous = ['“This is a slow retreat dressed up as a strategy,” one fund manager said.', 'One trader, who asked not to be named, put it bluntly: “Nobody believes the guidance.”'];
    expect(speakerOf(anonymous, 'This is a slow').speaker).toBeNull();
    expect(speakerOf(anonymous, 'Nobody believes').speaker).toBeNull();
    expect(speakerOf(['“Nobody believes the guidance,” said a fund manager, Kim Sato.'], 'Nobody believes')).toEqual({ speaker: 'Kim Sato', attributed: 'named' });
    // A pronoun after a sentence about someone unnamed is nobody, not the last person named.
    const after = ['“You are a disaster,” Lorens Gonzo said during the call.', 'One analyst on the call, who asked not to be named, said the outburst was unusual. “I have never heard anything like it,” he said.'];
    expect(speakerOf(after, 'I have never heard').speaker).toBeNull();
    expect(speakerOf([...after, 'Mr Gonzo later apologised. “I went too far in that call,” he said.'], 'I went too far').speaker).toBe('Lorens Gonzo');
  });
});
