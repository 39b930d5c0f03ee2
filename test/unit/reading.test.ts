// The reading of an article (lib/text/reading.ts), made once and shared by the claim readers.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/claims/figures';
import { extractQuotes } from '../../lib/claims/quotes';
import { readBlocks } from '../../lib/text/reading';

const BLOCKS = [
  'Dana Morrow said the plan would cost 40 million crowns. “We start in May,” she said.',
  '“Nobody will be left behind,” Morrow told reporters on Tuesday. Mr. Pell disagreed.',
];

describe('readBlocks', () => {
  const reading = readBlocks(BLOCKS);

  it('places each block in the whole text, one character between blocks', () => {
    expect(reading.offsets).toEqual([0, BLOCKS[0].length + 1]);
  });

  it('splits each block into sentences once, abbreviations repaired', () => {
    expect(reading.sentences.map((ss) => ss.map((s) => s.text))).toEqual([
      ['Dana Morrow said the plan would cost 40 million crowns.', '“We start in May,” she said.'],
      ['“Nobody will be left behind,” Morrow told reporters on Tuesday.', 'Mr. Pell disagreed.'],
    ]);
  });

  it('finds the quotation spans of each block', () => {
    expect(reading.quotes.map((qs) => qs.map((q) => q.open))).toEqual([[56], [0]]);
  });

  it('settles a surname across the article: the person named in full before', () => {
    const morrow = reading.names[1].find((n) => n.words.join(' ') === 'Morrow');
    expect(morrow?.kind).toBe('person');
  });

  it('settles names by the known full names it is given', () => {
    const alone = ['Voss arrived late. The hall was full.'];
    expect(readBlocks(alone).names[0][0].kind).not.toBe('person');
    expect(readBlocks(alone, ['Clara Voss']).names[0][0].kind).toBe('person');
  });

  it('reads each block into words once, inner full stops kept, for names and attributions', () => {
    const words = reading.words[1].map((w) => BLOCKS[1].slice(w.start, w.end));
    expect(words.slice(0, 3)).toEqual(['Nobody', 'will', 'be']);
    expect(words.slice(-3)).toEqual(['Mr.', 'Pell', 'disagreed.']);
  });

  it('marks the numbers of each sentence, offsets within the sentence', () => {
    const [cost, may] = reading.numbers[0];
    expect(cost.map((m) => [m.value, m.unit, m.noun])).toEqual([[40_000_000, 'count', ['crowns']]]);
    const first = reading.sentences[0][0].text;
    expect(first.slice(cost[0].start, cost[0].end)).toBe('40 million crowns');
    expect(may).toEqual([]);
    expect(reading.numbers[1].map((ms) => ms.length)).toEqual([0, 0]);
  });

  it('gives the readers what they would read themselves', () => {
    expect(extractQuotes(BLOCKS, { reading })).toEqual(extractQuotes(BLOCKS));
    expect(extractFigures(BLOCKS, { reading })).toEqual(extractFigures(BLOCKS));
  });
});
