// The reading of an article, made once and shared by the quote, speaker and figure readers: per
// block its offset in the whole text, its sentences, its names, its quotation spans and the
// numbers of each sentence.
import { classifyNames, findNames, type NameRun } from './names';
import { findNumbers, type NumberMention } from './numbers';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Sentence } from './sentences';

export interface Reading {
  blocks: string[];
  /** Where each block starts in the whole article (blocks joined by one character). */
  offsets: number[];
  sentences: Sentence[][];
  /** The blocks' names, classified across the article when `knownNames` was given. */
  names: NameRun[][];
  quotes: QuoteSpan[][];
  /** The numbers of each sentence of each block, offsets within the sentence. */
  numbers: NumberMention[][][];
}

/** Reads an article given as blocks; `knownNames`, full names known from elsewhere (the corpus),
 * settle names a paragraph leaves open ("Rutte" after "Mark Rutte"). */
export function readBlocks(blocks: string[], knownNames: Iterable<string> = []): Reading {
  const offsets: number[] = [];
  let total = 0;
  for (const b of blocks) {
    offsets.push(total);
    total += b.length + 1;
  }
  const names = blocks.map(findNames);
  classifyNames(blocks, names, knownNames);
  const sentences = blocks.map(splitSentences);
  const numbers = sentences.map((ss) => ss.map((s) => findNumbers(s.text)));
  return { blocks, offsets, sentences, names, quotes: blocks.map(findQuoteSpans), numbers };
}
