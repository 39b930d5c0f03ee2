import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/claims/quotes';
import { findQuoteSpans, quotedRanges } from '../../lib/text/quote-spans';
import type { QuoteClaim } from '../../lib/claims/types';
import { sourceBody } from './support/corpus';

const spans = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.open, s.close + 1));
const claims = (blocks: string[], knownNames?: string[]) =>
  extractQuotes(blocks, knownNames ? { knownNames } : {}).map((q) => [q.text, q.speaker]);

/** Every single-range claim's text stands at its range in its block. */
function expectRangesPointIntoBlocks(blocks: string[], qs: QuoteClaim[]) {
  for (const q of qs) {
    if (q.ranges.length === 1) expect(blocks[q.block].slice(q.ranges[0][0], q.ranges[0][1])).toBe(q.text);
    for (const [a, b] of q.ranges) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(blocks[q.block].length);
      expect(a).toBeLessThan(b);
    }
  }
}

describe('findQuoteSpans', () => {
  it('finds every quote style', () => {
    expect(spans('He said "yes" and “no” and «oui» and „ja“ and ‘maybe’.')).toEqual(['"yes"', '“no”', '«oui»', '„ja“', '‘maybe’']);
  });

  it('pairs mixed marks: “…" and "…”', () => {
    expect(spans('“Mark has the perfect background," Stoltenberg said.')).toEqual(['“Mark has the perfect background,"']);
    expect(spans('Rutte said he "cannot wait to get to work.” He smiled.')).toEqual(['"cannot wait to get to work.”']);
  });

  it('does not take apostrophes inside or after words for quote marks', () => {
    expect(spans("I'm sure Ukraine's place is here.")).toEqual([]);
    expect(spans('I’m sure Ukraine’s place is with the members’ alliance.')).toEqual([]);
  });

  it('finds a single-quoted phrase right after an apostrophe word (He’s ‘Not Concerned’)', () => {
    expect(spans('New NATO Chief Rutte Says He’s ‘Not Concerned’ About US Election')).toEqual(['‘Not Concerned’']);
  });

  it('does not split a double-quoted span at single quotes nested in it', () => {
    expect(spans('“Nested ‘inner quote’ text,” he said.')).toEqual(['“Nested ‘inner quote’ text,”']);
  });

  it('runs an unclosed quote that opens the block to the end (a quote continued in the next paragraph)', () => {
    const text = '"A quote that opens the block and runs on to the next paragraph';
    expect(findQuoteSpans(text)).toEqual([{ open: 0, close: text.length }]);
  });

  it('ignores an unclosed quote mark in the middle of a sentence', () => {
    expect(spans('Unclosed "quote runs on')).toEqual([]);
    expect(spans('He is 6\'2" tall and "quick on his feet, they say')).toEqual([]);
  });

  it('runs an unclosed quote that opens a sentence to the end of the block (continued in the next paragraph)', () => {
    const text = '"We were lucky at half-time," the coach said. "In the second half we had more balance and won.';
    expect(spans(text)).toEqual(['"We were lucky at half-time,"', '"In the second half we had more balance and won.']);
  });

  it('ends a quotation the writer opens again after a full stop at the second opening', () => {
    const text = '“And in that moment you have to stay calm. “I said to the players, stay calm. It was fine.”';
    expect(findQuoteSpans(text).map((s) => text.slice(s.open, s.close))).toEqual(['“And in that moment you have to stay calm.', '“I said to the players, stay calm. It was fine.']);
  });

  it('quotedRanges covers the marks themselves', () => {
    const text = 'He said "yes" twice.';
    expect(quotedRanges(findQuoteSpans(text))).toEqual([[8, 13]]);
    expect(text.slice(8, 13)).toBe('"yes"');
  });
});

describe('extractQuotes: quote styles', () => {
  it.each([
    ['curly', '“We will stand with Ukraine always,” Rutte said.'],
    ['straight', '"We will stand with Ukraine always," Rutte said.'],
    ['mixed curly-straight', '“We will stand with Ukraine always," Rutte said.'],
    ['guillemets', '«We will stand with Ukraine always,» Rutte said.'],
    ['low-high', '„We will stand with Ukraine always,“ Rutte said.'],
    ['single curly', '‘We will stand with Ukraine always,’ Rutte said.'],
    ['single straight', "'We will stand with Ukraine always,' Rutte said."],
  ])('%s quotes', (_, block) => {
    expect(claims([block])).toEqual([['We will stand with Ukraine always', 'Rutte']]);
  });

  it('keeps apostrophes inside a quote (I’m, Ukraine’s)', () => {
    expect(claims(['“I’m sure Ukraine’s place is in NATO,” Rutte said.'])).toEqual([['I’m sure Ukraine’s place is in NATO', 'Rutte']]);
  });

  it('finds no quote in a paragraph that only has apostrophes', () => {
    expect(extractQuotes(["Ukraine's place and members' spending are what I'm told, he said."])).toEqual([]);
  });
});

describe('extractQuotes: one claim per sentence', () => {
  it('splits 000’s four-sentence quote into four claims, each by Rutte', () => {
    const blocks = [
      'Former Dutch Prime Minister Mark Rutte took over as NATO’s secretary general on Tuesday.',
      `"I'm not worried. I know both candidates very well. I worked for four years with Donald Trump. He was the one pushing us to spend more, and he achieved," Rutte said.`,
    ];
    const qs = extractQuotes(blocks);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ["I'm not worried.", 'Mark Rutte'],
      ['I know both candidates very well.', 'Mark Rutte'],
      ['I worked for four years with Donald Trump.', 'Mark Rutte'],
      ['He was the one pushing us to spend more, and he achieved', 'Mark Rutte'],
    ]);
    expect(qs.every((q) => q.block === 1)).toBe(true);
    expectRangesPointIntoBlocks(blocks, qs);
  });

  it('drops the trailing comma but keeps a final full stop inside the quote', () => {
    expect(claims(['“NATO will be in safe hands.” Stoltenberg said so.', '“We are ready,” Rutte said, “and willing.”'])[0]).toEqual([
      'NATO will be in safe hands.',
      'Stoltenberg',
    ]);
  });
});

describe('extractQuotes: interrupted quotes and fragments', () => {
  it('joins "…," he added, "…" into one utterance with two ranges', () => {
    const blocks = ['Mark Rutte told ambassadors in Brussels that more was needed.', '"We must sustain this support," he added, "because Ukraine is in NATO."'];
    const qs = extractQuotes(blocks);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'We must sustain this support because Ukraine is in NATO.', speaker: 'Mark Rutte', block: 1 });
    expect(qs[0].ranges).toHaveLength(2);
    expect(qs[0].ranges.map(([a, b]) => blocks[1].slice(a, b))).toEqual(['We must sustain this support', 'because Ukraine is in NATO.']);
  });

  it('does not join two separate quotes when the second starts a new sentence', () => {
    const qs = extractQuotes(['"We are ready," Rutte said. "The alliance is strong and united today."']);
    expect(qs.map((q) => q.text)).toEqual(['We are ready', 'The alliance is strong and united today.']);
    expect(qs.every((q) => q.ranges.length === 1)).toBe(true);
  });

  it('gives a quoted fragment inside a sentence as one claim', () => {
    const blocks = ['Mark Rutte told ambassadors that Ukraine came first.', 'He said he wanted "to step up our support for Ukraine and bring it ever closer to NATO."'];
    const qs = extractQuotes(blocks);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['to step up our support for Ukraine and bring it ever closer to NATO.', 'Mark Rutte']]);
    expectRangesPointIntoBlocks(blocks, qs);
  });
});

describe('extractQuotes: speakers', () => {
  it('takes the name after the quote ("…," Rutte said)', () => {
    expect(claims(['“There can be no lasting security in Europe,” Rutte said.'])).toEqual([['There can be no lasting security in Europe', 'Rutte']]);
  });

  it('takes the name after the verb ("…," said Mr. Rutte)', () => {
    expect(claims(['“I worked for four years with Donald Trump,” said Mr. Rutte, a former Prime Minister of the Netherlands.'])).toEqual([
      ['I worked for four years with Donald Trump', 'Rutte'],
    ]);
  });

  it('takes the name out of "a visibly emotional Stoltenberg said"', () => {
    expect(claims(['“Mark has the perfect background to become a great secretary general," a visibly emotional Stoltenberg said.'])).toEqual([
      ['Mark has the perfect background to become a great secretary general', 'Stoltenberg'],
    ]);
  });

  it('takes the name before the quote (Rutte said: “…”)', () => {
    expect(claims(['Rutte said: “I know both candidates very well.” He praised Trump.'])).toEqual([
      ['I know both candidates very well.', 'Rutte'],
    ]);
  });

  it('takes a name with an unusual speech verb ("…," Mr. Stoltenberg articulated)', () => {
    expect(claims(['“He knows how to make compromises and create consensus,” Mr. Stoltenberg articulated.'])).toEqual([
      ['He knows how to make compromises and create consensus', 'Stoltenberg'],
    ]);
  });

  it('reports the full name when the article gives it anywhere', () => {
    expect(
      claims([
        'Outgoing NATO chief Jens Stoltenberg handed over to Mark Rutte.',
        '“We will be ready for anything that comes,” Mr. Rutte said.',
        '“It is a very good day for all of us,” Stoltenberg said.',
      ]),
    ).toEqual([
      ['We will be ready for anything that comes', 'Mark Rutte'],
      ['It is a very good day for all of us', 'Jens Stoltenberg'],
    ]);
  });

  it('reports the full name from knownNames (the corpus) when the page gives only the surname', () => {
    expect(claims(['“We will be ready for anything that comes,” Rutte said.'], ['Mark Rutte', 'Jens Stoltenberg'])).toEqual([
      ['We will be ready for anything that comes', 'Mark Rutte'],
    ]);
  });

  it('gives the last named quoted speaker to a pronoun attribution', () => {
    expect(claims(['Rutte said we will see.', '“We will be ready for anything that comes,” he said.'], ['Mark Rutte'])).toEqual([
      ['We will be ready for anything that comes', 'Mark Rutte'],
    ]);
  });

  it('gives null when nobody is named at all', () => {
    expect(claims(['“We will be ready for anything that comes,” he said.'])).toEqual([['We will be ready for anything that comes', null]]);
  });
});

describe('extractQuotes: labels README cases (the most recently named person among those the article quotes)', () => {
  it('case 1 (synthetic): a pronoun after a paragraph naming Trump and Putin, who are not quoted, is Rutte', () => {
    expect(
      claims([
        '“I know both candidates very well,” said Mark Rutte.',
        'Donald Trump has threatened allies, and Vladimir Putin has made threats too.',
        '“She’s a highly respected leader,” he remarked.',
      ]),
    ).toEqual([
      ['I know both candidates very well', 'Mark Rutte'],
      ['She’s a highly respected leader', 'Mark Rutte'],
    ]);
  });

  it('case 2 (synthetic): an unattributed quote is the last speaker; a pronoun after "Mr. Rutte’s tasks" is Rutte', () => {
    expect(
      claims([
        '“We must spend more on defence,” Mark Rutte said.',
        '“He knows how to make compromises and create consensus,” Jens Stoltenberg said.',
        '“NATO will be in safe hands.”',
        'One of Mr. Rutte’s primary tasks will be to persuade allies.',
        '“We need to do more on defence,” he commented.',
      ]),
    ).toEqual([
      ['We must spend more on defence', 'Mark Rutte'],
      ['He knows how to make compromises and create consensus', 'Jens Stoltenberg'],
      ['NATO will be in safe hands.', 'Jens Stoltenberg'],
      ['We need to do more on defence', 'Mark Rutte'],
    ]);
  });

  it('case 3 (synthetic): a pronoun after "under Rutte" is Rutte, not Zelensky, who is never quoted', () => {
    expect(
      claims([
        '“Putin has to realize that we will not give in,” Mark Rutte said.',
        'Ukrainian President Volodymyr Zelensky wants to work with Rutte.',
        'The Kremlin expected no change under Rutte. “NATO’s mission remains to defend our people,” he said.',
      ]),
    ).toEqual([
      ['Putin has to realize that we will not give in', 'Mark Rutte'],
      ['NATO’s mission remains to defend our people', 'Mark Rutte'],
    ]);
  });

  it('cases 1 and 2 on the real 004 article', () => {
    const blocks = sourceBody('004').split('\n');
    const bySpeaker = new Map(extractQuotes(blocks).map((q) => [q.text, q.speaker]));
    expect(bySpeaker.get('She’s a highly respected leader')).toBe('Mark Rutte');
    expect(bySpeaker.get('NATO will be in safe hands.')).toBe('Jens Stoltenberg');
    expect(bySpeaker.get('We need to do more regarding our collective defense and deterrence.')).toBe('Mark Rutte');
    expect(bySpeaker.get('We have to invest more, close capability gaps, and strive to achieve all the targets that NATO has set')).toBe('Mark Rutte');
    expect(bySpeaker.get('He knows how to make compromises, create consensus, and these are skills that are highly valued here at NATO')).toBe(
      'Jens Stoltenberg',
    );
  });

  it('case 3 on the real 002 article', () => {
    const qs = extractQuotes(sourceBody('002').split('\n'));
    const last = qs[qs.length - 1];
    expect(last.text).toBe('NATO’s mission remains to defend our people, our nations, and our values');
    expect(last.speaker).toBe('Mark Rutte');
    expect(qs.every((q) => q.speaker === 'Mark Rutte')).toBe(true);
  });
});

describe('extractQuotes: scare quotes and labels', () => {
  it.each([
    ['In 2014 “little green men” from Russia infiltrated Ukraine.'],
    ['Allies have described it as an “irreversible path,” but the timeline is unclear.'],
    ['Stoltenberg affirmed that the alliance was in “safe hands” with Rutte at the helm.'],
  ])('skips %s', (block) => {
    expect(extractQuotes([block])).toEqual([]);
  });

  it('keeps a short quote that has an adjacent speaker', () => {
    expect(claims(['“Not worried,” Rutte said.'])).toEqual([['Not worried', 'Rutte']]);
  });

  it('keeps a quoted fragment of four words or more', () => {
    expect(claims(['Mark Rutte spoke.', 'Rutte also described her as “a highly respected leader.”'])).toEqual([
      ['a highly respected leader.', 'Mark Rutte'],
    ]);
  });
});

describe('extractQuotes: blocks and offsets', () => {
  it('gives claims in reading order with the block they stand in', () => {
    const blocks = ['No quote here.', '“First quote of the day is here,” Rutte said.', 'Still none.', '“Second quote of the day is here,” Rutte said.'];
    const qs = extractQuotes(blocks);
    expect(qs.map((q) => q.block)).toEqual([1, 3]);
    expectRangesPointIntoBlocks(blocks, qs);
  });

  it('gives ranges that point into the real 000 article', () => {
    const blocks = sourceBody('000').split('\n');
    const qs = extractQuotes(blocks);
    expect(qs.length).toBe(12);
    expectRangesPointIntoBlocks(blocks, qs);
  });

  it('gives nothing for no blocks or empty blocks', () => {
    expect(extractQuotes([])).toEqual([]);
    expect(extractQuotes(['', '   '])).toEqual([]);
  });
});

describe('extractQuotes: speakers after the verb with a role between', () => {
  it('finds the person, not the organisation, and "according to"', () => {
    const claims = extractQuotes([
      '“We will keep backing Ukraine for as long as it takes,” said NATO chief Mark Rutte.',
      '“The alliance has never been more united than it is today,” according to Stoltenberg.',
    ]);
    expect(claims.map((c) => c.speaker)).toEqual(['Mark Rutte', 'Stoltenberg']);
  });
});

describe('extractQuotes: only a person is a speaker', () => {
  it('gives no organisation as a speaker: the quote takes its own attribution or the last quoted person', () => {
    expect(
      claims([
        '“Rates are still far too high for us,” said Olav Tennberg.',
        'The Confederation of Veslandic Industry said manufacturers had waited. Finance Minister Jonas Ekholt welcomed it. “This is welcome news for families,” he said.',
        'Manchester United said the club would appeal. “We will fight this ruling all the way,” the club said.',
      ]),
    ).toEqual([
      ['Rates are still far too high for us', 'Olav Tennberg'],
      ['This is welcome news for families', 'Jonas Ekholt'],
      ['We will fight this ruling all the way', 'Jonas Ekholt'],
    ]);
  });

  it('passes over articles, possessives, organisations and roles after the verb to the person', () => {
    const speakers = extractQuotes([
      '“Inflation is falling faster than we expected,” said the bank’s chief economist, Philip Lane.',
      '“The cut came earlier than the market expected,” said Vestra Bank chief economist Olav Tennberg.',
      '“The government has spent years hiding,” said the party’s finance spokeswoman, Vera Hallin.',
      '“Branches will close across the country,” said the Union of Bank Employees’ general secretary, Lise Dahl.',
    ]).map((q) => q.speaker);
    expect(speakers).toEqual(['Philip Lane', 'Olav Tennberg', 'Vera Hallin', 'Lise Dahl']);
  });

  it('finds the person before an apposition that names an organisation', () => {
    expect(
      claims([
        '“The size of the cut caught the market off guard,” Olav Tennberg, chief economist at Vestra Bank, told reporters.',
        'Grete Moen, president of the Vesland Confederation of Trade Unions, said wages mattered more. “Workers have lost two years of purchasing power.”',
      ]),
    ).toEqual([
      ['The size of the cut caught the market off guard', 'Olav Tennberg'],
      ['Workers have lost two years of purchasing power.', 'Grete Moen'],
    ]);
  });

  it('reads rare speech verbs like "said"', () => {
    for (const verb of ['articulated', 'quipped', 'insisted', 'stressed', 'cautioned', 'conceded']) {
      expect(claims([`“We will not move on rates before the spring,” ${verb} Tove Reinholt.`])).toEqual([
        ['We will not move on rates before the spring', 'Tove Reinholt'],
      ]);
    }
  });

  it('gives a quote introduced by a colon to the subject of its clause', () => {
    expect(
      claims(['Ida Fjeld, currency strategist at Nordhaven Securities, was blunter in a note to clients: “The size of the cut caught the market off guard.”']),
    ).toEqual([['The size of the cut caught the market off guard.', 'Ida Fjeld']]);
  });
});

describe('extractQuotes: pronouns', () => {
  it('takes the subject of a sentence in the quote’s own paragraph, not a possessive in the one before', () => {
    expect(
      claims([
        '“The government has spent two years hiding,” said Vera Hallin.',
        'Prime Minister Karin Strand’s coalition faces an election next year.',
        '“Families needed this relief a year ago,” she added.',
      ]),
    ).toEqual([
      ['The government has spent two years hiding', 'Vera Hallin'],
      ['Families needed this relief a year ago', 'Vera Hallin'],
    ]);
  });

  it('passes over a person a gendered title or role says does not fit the pronoun', () => {
    expect(
      claims([
        'Vera Hallin, the party’s finance spokeswoman, attacked the plan, arguing it came too late.',
        '“We warned them about this a year ago,” said Mr. Olav Tennberg.',
        '“A rate cut will not fix a housing crisis,” she wrote.',
      ]),
    ).toEqual([
      ['We warned them about this a year ago', 'Olav Tennberg'],
      ['A rate cut will not fix a housing crisis', 'Vera Hallin'],
    ]);
  });

  it('gives a pronoun to a person in the previous paragraph who is reported as holding a view', () => {
    expect(
      claims([
        '“Workers have lost two years of purchasing power,” Grete Moen said.',
        'Olav Tennberg, chief economist at Vestra Bank, thinks the governor has shifted her focus.',
        '“The bank is now more worried about growth,” he told reporters.',
      ]),
    ).toEqual([
      ['Workers have lost two years of purchasing power', 'Grete Moen'],
      ['The bank is now more worried about growth', 'Olav Tennberg'],
    ]);
  });
});

describe('extractQuotes: a role for a speaker', () => {
  it('gives "the governor said" to the person the article named with that role', () => {
    expect(
      claims([
        'Governor Tove Reinholt announced the cut on Thursday.',
        '“We expect two more cuts before the summer,” said Olav Tennberg, chief economist at Vestra Bank.',
        '“Nobody should read this as the start of a series,” the governor added.',
        '“Inflation is not beaten yet,” said the bank’s governor.',
      ]),
    ).toEqual([
      ['We expect two more cuts before the summer', 'Olav Tennberg'],
      ['Nobody should read this as the start of a series', 'Tove Reinholt'],
      ['Inflation is not beaten yet', 'Tove Reinholt'],
    ]);
  });

  it('finds a predecessor named in apposition', () => {
    expect(
      claims([
        'Rutte’s predecessor, Jens Stoltenberg, handed over on Tuesday.',
        'Mark Rutte spoke first. “The alliance is in safe hands,” his predecessor said.',
      ]),
    ).toEqual([['The alliance is in safe hands', 'Jens Stoltenberg']]);
  });
});

describe('extractQuotes: pages that run paragraphs together, dashes, cut-off fragments', () => {
  it('closes a quote right before the next paragraph’s first word', () => {
    expect(claims(['“I will be able to work with both, whatever the outcome,” Rutte said. "We will be ready for anything."To keep allies close, he travelled.'])).toEqual([
      ['I will be able to work with both, whatever the outcome', 'Rutte'],
      ['We will be ready for anything.', 'Rutte'],
    ]);
  });

  it('joins a quote interrupted by its attribution between dashes', () => {
    const [q] = extractQuotes(['“The fight against inflation is not over —” she said — “but it is being won.”']);
    expect(q.text).toBe('The fight against inflation is not over but it is being won.');
    expect(q.ranges).toHaveLength(2);
  });

  it('skips a cut-off fragment under four words even with a speaker beside it', () => {
    expect(claims(['“not worried,” Rutte said.'])).toEqual([]);
    expect(claims(['“Not worried,” Rutte said.'])).toEqual([['Not worried', 'Rutte']]);
  });
});

describe('extractQuotes: known names from the corpus', () => {
  it('does not take a known run that starts with a common word ("Support Ukraine") for a person', () => {
    expect(
      claims(
        [
          'Rutte told reporters he would press allies to keep their support for Ukraine.',
          '“I will be able to work with both,” he said ahead of the ceremony in Brussels.',
        ],
        ['Mark Rutte', 'Support Ukraine'],
      ),
    ).toEqual([['I will be able to work with both', 'Mark Rutte']]);
  });
});

describe('extractQuotes: transcript speaker labels', () => {
  it('gives the speech after a label to the labelled person or role, and no claims to questions', () => {
    expect(
      claims([
        'Secretary General Mark Rutte took questions after the ceremony.',
        'Q: Are you worried about the American election?',
        'MARK RUTTE: I am not worried. I know both candidates very well.',
        'QUESTION: What about the spending target?',
        'NATO Secretary General: We have to invest more and close capability gaps.',
      ]),
    ).toEqual([
      ['I am not worried.', 'Mark Rutte'],
      ['I know both candidates very well.', 'Mark Rutte'],
      ['We have to invest more and close capability gaps.', 'Mark Rutte'],
    ]);
  });

  it('does not read a single headline with a colon as a transcript', () => {
    expect(claims(['Governor: The currency is not our target', 'The crown fell against the euro on Thursday afternoon.'])).toEqual([]);
  });
});

describe('extractQuotes: a campaign named like a person', () => {
  it('gives no speaker to "Support Ukraine said": the quote takes the last quoted person', () => {
    expect(
      claims([
        '“We will keep our support going for years,” Mark Rutte said.',
        '“The rally will go ahead on Saturday,” Support Ukraine said in a statement.',
      ]),
    ).toEqual([
      ['We will keep our support going for years', 'Mark Rutte'],
      ['The rally will go ahead on Saturday', 'Mark Rutte'],
    ]);
  });
});

describe('extractQuotes: how the speaker is known', () => {
  it('says whether the attribution names the speaker or the speaker is inferred', () => {
    const claims = extractQuotes([
      '“We will keep the rate where it is for now,” Governor Tove Reinholt said on Thursday.',
      'Reinholt spoke to reporters after the board met. “The decision was not easy for any of us,” she added.',
    ]);
    expect(claims.map((c) => [c.speaker, c.attributed])).toEqual([
      ['Tove Reinholt', 'named'],
      ['Tove Reinholt', 'inferred'],
    ]);
  });
  it('leaves it unset when no speaker is found', () => {
    expect(extractQuotes(['“A sentence that nobody is said to have said here,” the statement read.'])[0]?.attributed).toBeUndefined();
  });
});

describe('findQuoteSpans: marks found among other text', () => {
  it('pairs single marks outside double ones, and not inside them', () => {
    expect(spans('He said “it’s ‘fine’ now” and she said ‘no, never’ twice.')).toEqual(['“it’s ‘fine’ now”', '‘no, never’']);
  });

  it('finds no span in text with no marks', () => {
    expect(findQuoteSpans('No one was quoted in this paragraph at all.')).toEqual([]);
  });
});
