// The story's inverted indexes, built in plain passes over its sources' loaded indexes (see
// lib/source-index.ts): content concept -> sentences, figure key -> figures, and what the
// figures say of the corpus as a whole. Plain loops over typed arrays: a story of a thousand
// articles has a million words.
import { FIGURE_KEY_KINDS, FigureKey } from './claims/figures';
import { buildPostings, type Postings } from './postings';
import type { LoadedIndex } from './source-index';

/** Keys (source, token or figure) pack into one number: no article has this many tokens. */
export const SENTENCE_SLOTS = 1 << 20;

/** Sentences scored by the rare words they share with a claim (each word's postings and weight),
 * in number order (so each source's are a run, `ranges`); `scoreOf` is all zeros, and is again
 * after. */
export function scoreSentences(postings: Float64Array[], weights: number[], scoreOf: Float64Array, sentenceSource: Int32Array) {
  const met: number[] = [];
  for (let w = 0; w < postings.length; w++) {
    const list = postings[w];
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (scoreOf[n] === 0) met.push(n);
      scoreOf[n] += weights[w];
    }
  }
  const order = Int32Array.from(met).sort();
  const scores = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    scores[i] = scoreOf[order[i]];
    scoreOf[order[i]] = 0;
  }
  const ranges: { si: number; from: number; to: number; best: number }[] = [];
  for (let i = 0; i < order.length; ) {
    const si = sentenceSource[order[i]];
    let [j, best] = [i, 0];
    for (; j < order.length && sentenceSource[order[j]] === si; j++) best = Math.max(best, scores[j]);
    ranges.push({ si, from: i, to: j, best });
    i = j;
  }
  return { order, scores, ranges };
}

/** Figure key -> (source, figure) packed into one number. */
export function postFigures(sources: LoadedIndex[]): Postings {
  let count = 0;
  for (const src of sources) count += src.figureKeys.length;
  const keys = new Int32Array(count);
  const positions = new Float64Array(count);
  let posted = 0;
  let keyCount = 0;
  for (let si = 0; si < sources.length; si++) {
    const { figureKeys, figureBreaks } = sources[si];
    for (let fi = 0; fi + 1 < figureBreaks.length; fi++) {
      for (let k = figureBreaks[fi]; k < figureBreaks[fi + 1]; k++) {
        keys[posted] = figureKeys[k];
        positions[posted++] = si * SENTENCE_SLOTS + fi;
        keyCount = Math.max(keyCount, figureKeys[k] + 1);
      }
    }
  }
  return buildPostings(keyCount, keys, positions, posted);
}

/** What the story's figures say of it as a whole, in one pass over their stored keys: per
 * counted thing (a head's term id) the values its counts take (as value keys), for "the
 * corpus's only count of it"; the "per:head" term id pairs of figures that count one thing per
 * another ("the flags of the 32 countries"); and how many figures there are. */
export function figureFacts(sources: LoadedIndex[]): { countValues: Map<number, Set<number>>; perPairs: Set<string>; figures: number } {
  const countValues = new Map<number, Set<number>>();
  const perPairs = new Set<string>();
  let figures = 0;
  for (const { figureKeys, figureBreaks, countFigures } of sources) {
    figures += countFigures.length;
    for (let fi = 0; fi < countFigures.length; fi++) {
      let [head, value, per] = [-1, -1, -1];
      for (let k = figureBreaks[fi]; k < figureBreaks[fi + 1]; k++) {
        const kind = figureKeys[k] % FIGURE_KEY_KINDS;
        const term = (figureKeys[k] / FIGURE_KEY_KINDS) | 0;
        if (kind === FigureKey.Head) head = term;
        else if (kind === FigureKey.Per) per = term;
        else if (kind === FigureKey.Value) value = figureKeys[k];
      }
      if (head < 0) continue;
      if (per >= 0) perPairs.add(`${per}:${head}`);
      if (!countFigures[fi]) continue;
      let values = countValues.get(head);
      if (!values) countValues.set(head, (values = new Set()));
      values.add(value);
    }
  }
  return { countValues, perPairs, figures };
}

/** Content concept -> the story's sentences holding it, each sentence posted once per concept.
 * Word n's content concepts are flat[start[n] .. start[n + 1]). */
export function postContent(sources: LoadedIndex[], sentenceBase: number[], start: Int32Array, flat: Int32Array, conceptCount: number): Postings {
  let count = 0;
  for (const { norms } of sources) for (let ti = 0; ti < norms.length; ti++) count += start[norms[ti] + 1] - start[norms[ti]];
  const concepts = new Int32Array(count);
  const sentences = new Float64Array(count);
  const lastSentence = new Int32Array(conceptCount).fill(-1);
  let posted = 0;
  for (let si = 0; si < sources.length; si++) {
    const { norms, tokenBreaks } = sources[si];
    for (let sj = 0; sj + 1 < tokenBreaks.length; sj++) {
      const sentence = sentenceBase[si] + sj;
      for (let ti = tokenBreaks[sj]; ti < tokenBreaks[sj + 1]; ti++) {
        for (let x = start[norms[ti]], end = start[norms[ti] + 1]; x < end; x++) {
          const c = flat[x];
          if (lastSentence[c] === sentence) continue;
          lastSentence[c] = sentence;
          concepts[posted] = c;
          sentences[posted++] = sentence;
        }
      }
    }
  }
  return buildPostings(conceptCount, concepts, sentences, posted);
}
