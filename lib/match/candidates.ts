// Candidate search: the few sources, sentences and figures of a story that a claim is compared
// with, from the story's postings, so that a claim is never aligned against every sentence.
import { FIGURE_KEY_KINDS, FigureKey, figureTerms } from '../claims/figures';
import type { FigureClaim, QuoteClaim } from '../claims/types';
import { conceptSequence } from '../source-index';
import { scoreSentences, SENTENCE_SLOTS } from '../story-index';
import { tokenize } from '../text/tokens';
import { exactRuns } from './runs';
import { keyOf, type StoryState } from './story-state';

/** Content words of a claim used to find candidate sentences: its rarest. */
const CANDIDATE_WORDS = 8;
/** The rarest words kept however common they are; beyond them, words in more sentences than
 * this (or a tenth of the story's) are left out of the candidate search. */
const MIN_CANDIDATE_WORDS = 3;
const COMMON_SENTENCES = 1000;
/** Candidate sentences aligned per source. */
const SENTENCES_PER_SOURCE = 3;
/** Sources aligned word by word for one quote: the best-sharing ones (the rest share less). */
export const ALIGNED_SOURCES = 24;

export type QuoteCandidates = ReturnType<typeof quoteCandidates>;

/** The claim's words as comparison keys and concepts, and its candidate sentences per source. */
export function quoteCandidates(story: StoryState, claim: QuoteClaim) {
  const { sentenceCount, sentenceBase, conceptSize } = story;
  const tokens = tokenize(claim.text);
  const keys = tokens.map((x) => keyOf(x.norm));
  const seq = conceptSequence(tokens);
  const content = new Set(seq.concepts.filter((_, i) => seq.weights[i] === 1));
  // Candidate sentences: those sharing the claim's rarer content words, scored by how rare the
  // words are. The commonest words ("NATO" in a NATO corpus) add work and no discrimination.
  // Scores sum in one array over the story's sentences (weights are positive: 0 is untouched),
  // in the order sentences are first met.
  story.scratch.scores ??= new Float64Array(sentenceCount);
  // In a large story a word in a tenth of its sentences picks out nothing and costs the most.
  const common = Math.max(COMMON_SENTENCES, sentenceCount / 10);
  // Words the story never uses find nothing: they leave their places to those it does ("Google is
  // a monopolist…" inside a page's longer quote whose rarest words no source has).
  const rarest = [...content]
    .filter((c) => conceptSize(c) > 0)
    .sort((a, b) => conceptSize(a) - conceptSize(b))
    .slice(0, CANDIDATE_WORDS)
    .filter((c, i) => i < MIN_CANDIDATE_WORDS || conceptSize(c) <= common);
  const { order, scores, ranges } = scoreSentences(
    rarest.map((c) => story.conceptPostings.list(story.termIds.get(c) ?? -1)),
    rarest.map(story.idf),
    story.scratch.scores,
    story.sentenceSource,
  );
  const bySource = new Map(ranges.map((r) => [r.si, r]));
  /** A source's best few candidate sentences, best first. */
  const candidatesIn = (si: number): number[] => {
    const range = bySource.get(si);
    if (!range) return [];
    const picks: number[] = [];
    for (let i = range.from; i < range.to; i++) picks.push(i);
    return picks.sort((a, b) => scores[b] - scores[a]).slice(0, SENTENCES_PER_SOURCE).map((i) => order[i] - sentenceBase[si]);
  };
  /** The sources whose sentences share the most of the claim's rarer words. */
  const bestSources = (count: number) => [...ranges].sort((a, b) => b.best - a.best).slice(0, count).map((r) => r.si);
  return { tokens, keys, seq, content, runs: exactRuns(story, keys, seq), candidatesIn, bestSources };
}

/** Source figures that could compare with a claim: the same value, or a shared counted thing,
 * subject, person or context word (what compareFigures needs to say anything). Sources with
 * the same value come first, in story order (only they can hold it exactly); then the sources
 * sharing the most keys with it, as many as are aligned for a quote. Each says whether the
 * source has the same value. */
export function figureCandidates(story: StoryState, claim: FigureClaim): [number, Set<number>, boolean][] {
  const { termIds, figureIndex } = story;
  // All of the claim's strong keys (its value first), and only its rarest context words:
  // common words would bring in every figure of the corpus and decide nothing.
  const keys = figureTerms(claim)
    .map(([kind, term]) => (termIds.has(term) ? termIds.get(term)! * FIGURE_KEY_KINDS + kind : -1))
    .filter((k, i, all) => k >= 0 && all.indexOf(k) === i);
  const value = keys.find((k) => k % FIGURE_KEY_KINDS === FigureKey.Value);
  const isWord = (k: number) => k % FIGURE_KEY_KINDS === FigureKey.Word;
  const words = keys.filter(isWord).sort((a, b) => figureIndex.size(a) - figureIndex.size(b));
  // Counted in arrays over the sources (a story of thousands shares a few keys with every
  // figure); sets of figures are made only for the sources chosen.
  story.scratch.hits ??= new Int32Array(story.sources.length);
  story.scratch.same ??= new Uint8Array(story.sources.length);
  const [hits, same] = [story.scratch.hits, story.scratch.same];
  const touched: number[] = [];
  const postings: Float64Array[] = [];
  // Beyond its value, a key that a large story's figures share by the thousand ("percent")
  // picks out nothing.
  const rare = (k: number) => k === value || figureIndex.size(k) <= Math.max(COMMON_SENTENCES, story.figureCount / 10);
  for (const key of [...keys.filter((k) => !isWord(k)), ...words.slice(0, CANDIDATE_WORDS / 2)].filter(rare)) {
    const list = figureIndex.list(key);
    postings.push(list);
    for (let i = 0; i < list.length; i++) {
      const si = Math.floor(list[i] / SENTENCE_SLOTS);
      if (hits[si] === 0) touched.push(si);
      hits[si]++;
      if (key === value) same[si] = 1;
    }
  }
  const withValue = touched.filter((si) => same[si]);
  const others = touched.filter((si) => !same[si]).sort((a, b) => hits[b] - hits[a]).slice(0, ALIGNED_SOURCES);
  const chosen = new Map<number, Set<number>>([...withValue, ...others].map((si) => [si, new Set<number>()]));
  for (const si of touched) hits[si] = same[si] = 0;
  for (const si of chosen.keys()) hits[si] = 1;
  for (const list of postings) {
    for (let i = 0; i < list.length; i++) {
      const si = Math.floor(list[i] / SENTENCE_SLOTS);
      if (hits[si]) chosen.get(si)!.add(list[i] % SENTENCE_SLOTS);
    }
  }
  for (const si of chosen.keys()) hits[si] = 0;
  const valued = new Set(withValue);
  return [...chosen].map(([si, figures]) => [si, figures, valued.has(si)]);
}
