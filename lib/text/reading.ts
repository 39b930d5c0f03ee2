// The reading of an article, made once and shared by the quote, speaker and figure readers: per
// block its offset in the whole text, its sentences, its names and its quotation spans.
import { classifyNames, findNames, type NameRun } from './names';
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
  return { blocks, offsets, sentences: blocks.map(splitSentences), names, quotes: blocks.map(findQuoteSpans) };
}
