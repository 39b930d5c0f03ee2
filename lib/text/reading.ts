// The reading of an article, made once and shared by the quote, speaker and figure readers: per
// block its offset in the whole text, its words, its sentences, its names, its quotation spans
// and the numbers of each sentence.
import { classifyNames, findNames, type NameRun } from './names';
import { findNumbers, type NumberMention } from './numbers';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Sentence } from './sentences';
import { speechWords, type WordSpan } from './tokens';

export interface Reading {
  blocks: string[];
  /** Where each block starts in the whole article (blocks joined by one character). */
  offsets: number[];
  /** Each block's words as attributions read them (speechWords); names are cut from them. */
  words: WordSpan[][];
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
  const words = blocks.map(speechWords);
  const names = blocks.map((b, i) => findNames(b, words[i]));
  classifyNames(blocks, names, knownNames);
  const sentences = blocks.map(splitSentences);
  const numbers = sentences.map((ss) => ss.map((s) => findNumbers(s.text)));
  return { blocks, offsets, words, sentences, names, quotes: blocks.map(findQuoteSpans), numbers };
}
