// The comparison form of the words around a figure: what "jobs" and "posts", "cut" and "lowered"
// have in common, so that two figures' clauses can be compared word by word.
import { FIGURE_SYNONYMS } from '../text/lexicon';
import { spellingForm, stem } from '../text/tokens';

/** The comparison form of a word: stemmed, with synonyms folded. */
export function conceptOf(word: string): string {
  let concept = conceptCache.get(word);
  if (concept === undefined) {
    const w = spellingForm(word.toLowerCase());
    const s = stem(w);
    conceptCache.set(word, (concept = FIGURE_SYNONYMS[w] ?? FIGURE_SYNONYMS[w.replace(/s$/, '')] ?? FIGURE_SYNONYMS[s] ?? s));
  }
  return concept;
}
// Words repeat: a story's sources use a few thousand distinct ones a million times over.
const conceptCache = new Map<string, string>();
