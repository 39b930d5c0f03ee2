// Where a text stands word for word in a story's sources: the search behind exact matches and
// behind telling whether a page is one of the sources.
import type { ConceptSequence } from '../source-index';
import { isSharedKey, type StoryState } from './story-state';

/** Where a text stands word for word in the story's sources. */
export interface Runs {
  /** Each source holding it, in story order, with the tokens where each run starts. */
  each(): Generator<[number, number[]]>;
  /** Where it starts in one source. */
  in(source: number): number[];
}

/** Where a text's words (as keys, and as concepts) stand as a contiguous run: source by source
 * in story order, found as they are asked for (a claim stops asking once it has as much
 * evidence as it keeps), or in one source. Every run holds the text's rarest content word, so
 * only the sentences posted for it are looked at; that word is not a number word read as
 * digits, so a source word with its key is the same word, or its other spelling, with the same
 * concepts (conceptOf folds spelling as keyOf does). */
export function exactRuns(story: StoryState, keys: string[], seq: ConceptSequence): Runs {
  const { sources, keyIds, keyOfWord, sentenceBase, sentenceSource, conceptSize } = story;
  const ids = keys.map((k) => keyIds.get(k) ?? -1);
  // A key the corpus never uses: no run anywhere.
  if (!ids.length || ids.includes(-1)) return { *each() {}, in: () => [] };
  let pivot = -1;
  let best = Infinity;
  seq.concepts.forEach((c, i) => {
    if (seq.weights[i] !== 1 || isSharedKey(keys[seq.tokenOf[i]]) || conceptSize(c) >= best) return;
    [pivot, best] = [i, conceptSize(c)];
  });
  const runAt = (norms: Int32Array, start: number) => {
    if (start < 0 || start + ids.length > norms.length) return false;
    for (let i = 0; i < ids.length; i++) if (keyOfWord[norms[start + i]] !== ids[i]) return false;
    return true;
  };
  const at = pivot < 0 ? 0 : seq.tokenOf[pivot];
  const postings = pivot < 0 ? null : story.conceptPostings.list(story.termIds.get(seq.concepts[pivot]) ?? -1);
  /** The runs in a source; with `from`, only in the sentences posted from there on (with a
   * pivot), returning where its postings end. */
  const runsIn = (si: number, from = firstPosting(si)): [number[], number] => {
    const { norms, tokenBreaks } = sources[si];
    const found: number[] = [];
    if (!postings) {
      // Only function words: every position.
      for (let start = 0; start + ids.length <= norms.length; start++) if (runAt(norms, start)) found.push(start);
      return [found, 0];
    }
    let p = from;
    for (; p < postings.length && sentenceSource[postings[p]] === si; p++) {
      const sj = postings[p] - sentenceBase[si];
      for (let ti = tokenBreaks[sj], end = tokenBreaks[sj + 1]; ti < end; ti++) {
        if (keyOfWord[norms[ti]] === ids[at] && runAt(norms, ti - at)) found.push(ti - at);
      }
    }
    return [found, p];
  };
  // The first of a source's postings (they are in story order): a binary search.
  function firstPosting(si: number): number {
    if (!postings) return 0;
    let [lo, hi] = [0, postings.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (postings[mid] < sentenceBase[si]) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  const known = new Map<number, number[]>();
  return {
    *each() {
      if (!postings) {
        for (let si = 0; si < sources.length; si++) {
          const [found] = runsIn(si);
          known.set(si, found);
          if (found.length) yield [si, found];
        }
        return;
      }
      for (let p = 0; p < postings.length; ) {
        const si = sentenceSource[postings[p]];
        const [found, next] = runsIn(si, p);
        known.set(si, found);
        p = next;
        if (found.length) yield [si, found];
      }
    },
    in(si) {
      let found = known.get(si);
      if (!found) known.set(si, (found = runsIn(si)[0]));
      return found;
    },
  };
}
