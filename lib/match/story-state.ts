// What the matcher knows of one story, built once when the story is first matched: its terms
// numbered, its sources' loaded indexes, and the story-wide postings the candidate searches read.
// A plain object the matching pieces share; they keep no state of their own.
import type { CorpusSource, StoryCorpus } from '../corpus';
import type { Postings } from '../postings';
import { buildSourceIndex, isCurrentIndex, loadSourceIndex, termConcepts, type LoadedIndex } from '../source-index';
import { figureFacts, postContent, postFigures } from '../story-index';
import type { FigureClaim } from '../claims/types';
import { NUMBER_WORDS as UNIT_NUMBER_WORDS, TENS_WORDS, wordTable } from '../text/lexicon';
import { spellingForm } from '../text/tokens';
import { memoByWord } from '../text/word-memo';

const NUMBER_WORDS = wordTable<string>({
  ...Object.fromEntries(Object.entries({ ...UNIT_NUMBER_WORDS, ...TENS_WORDS }).map(([w, n]) => [w, String(n)])),
  percent: '%', cent: '%',
});
/** The form words are compared in for exact matches: number words as digits, British and
 * American spellings as one. */
export const keyOf = /* @__PURE__ */ memoByWord((norm) => NUMBER_WORDS[norm] ?? spellingForm(norm));
/** Keys that more than one word has ("10" for "ten" and "10"). */
export const isSharedKey = (key: string) => /\d/.test(key) || key === '%';

export interface IndexedSource extends LoadedIndex {
  data: CorpusSource;
}

export interface StoryState {
  sources: IndexedSource[];
  termIds: Map<string, number>;
  /** Term n's text. */
  term(n: number): string;
  /** Sentences of the story numbered in a row (concept postings hold these numbers): a source's
   * sentence sj is number sentenceBase[si] + sj, and sentenceSource tells a number's source. */
  sentenceCount: number;
  sentenceBase: number[];
  sentenceSource: Int32Array;
  /** Comparison keys numbered: term n's is keyOfWord[n]. */
  keyIds: Map<string, number>;
  keyOfWord: Int32Array;
  /** Content concept -> sentences. */
  conceptPostings: Postings;
  /** Sentences a concept is posted for. */
  conceptSize(concept: string): number;
  /** How rare a concept is in the story. */
  idf(concept: string): number;
  /** Figure keys -> (source, figure): each figure's stored keys (see figureTerms). */
  figureIndex: Postings;
  figureCount: number;
  /** Whether every figure counting `head` has the one value. */
  onlyCount(head: string): boolean;
  /** Whether the story counts x per y. */
  countedPer(x: string, y: string): boolean;
  /** Working space reused from claim to claim, made when first needed. */
  scratch: { scores?: Float64Array; hits?: Int32Array; same?: Uint8Array };
  /** Each figure's context as idf weights, worked out once per figure. */
  contextWeights: WeakMap<FigureClaim, { words: Map<string, number>; total: number }>;
}

export function buildStoryState(corpus: Pick<StoryCorpus, 'sources' | 'terms'>): StoryState {
  // One id per term across the story: the sources' stored terms are looked up once each, and
  // tokens and concepts are then numbers (no string look-up per token).
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termId = (t: string) => {
    let n = termIds.get(t);
    if (n === undefined) {
      termIds.set(t, (n = terms.length));
      terms.push(t);
    }
    return n;
  };
  const term = (n: number) => terms[n];
  const shared = corpus.terms ? corpus.terms.split(' ').map(termId) : [];
  const conceptsOf = termConcepts(term, termId);
  let sentenceCount = 0;
  const sentenceBase: number[] = [];
  const loaded = corpus.sources.map((data) => {
    // A source stored without an index in this form (an older reader's), or numbered in a term
    // table not given, is indexed here.
    const usable = isCurrentIndex(data.index) && (data.index.terms !== undefined || Boolean(corpus.terms));
    const stored = usable ? data.index! : buildSourceIndex(data.text, data.sentences, data.figures);
    const index = loadSourceIndex(stored, termId, stored === data.index ? shared : [], conceptsOf);
    sentenceBase.push(sentenceCount);
    sentenceCount += index.tokenBreaks.length - 1;
    return { index, data };
  });
  // Per term read so far (the sources' words, and the figure words stored beside them), its
  // comparison key and its content concepts (term n's are contentFlat[contentStart[n] ..
  // contentStart[n + 1])).
  const wordCount = terms.length;
  const keyIds = new Map<string, number>();
  const keyOfWord = new Int32Array(wordCount);
  const contentStart = new Int32Array(wordCount + 1);
  const contentList: number[] = [];
  for (let n = 0; n < wordCount; n++) {
    const key = keyOf(terms[n]);
    let k = keyIds.get(key);
    if (k === undefined) keyIds.set(key, (k = keyIds.size));
    keyOfWord[n] = k;
    const c = conceptsOf(n);
    c.concepts.forEach((concept, i) => c.weights[i] === 1 && contentList.push(concept));
    contentStart[n + 1] = contentList.length;
  }
  const contentFlat = Int32Array.from(contentList);
  const sources: IndexedSource[] = loaded.map(({ index, data }) => Object.assign(index, { data }));
  const sentenceSource = new Int32Array(sentenceCount);
  sources.forEach((src, si) => sentenceSource.fill(si, sentenceBase[si], sentenceBase[si] + src.tokenBreaks.length - 1));
  const conceptPostings = postContent(sources, sentenceBase, contentStart, contentFlat, terms.length);
  const conceptSize = (concept: string) => conceptPostings.size(termIds.get(concept) ?? -1);
  const figureIndex = postFigures(sources);
  const { countValues, perPairs, figures: figureCount } = figureFacts(sources);
  return {
    sources, termIds, term, sentenceCount, sentenceBase, sentenceSource, keyIds, keyOfWord, conceptPostings, conceptSize,
    idf: (concept) => Math.log(1 + sentenceCount / (1 + conceptSize(concept))),
    figureIndex, figureCount,
    onlyCount: (head) => countValues.get(termIds.get(head) ?? -1)?.size === 1,
    countedPer: (x, y) => perPairs.has(`${termIds.get(x)}:${termIds.get(y)}`),
    scratch: {},
    contextWeights: new WeakMap(),
  };
}
