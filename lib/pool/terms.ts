// What an article is about, as weighted terms: its words (hyphenated compounds kept whole, so
// "semi-final" is not "final"; plurals folded) and its figures, weighted by where they stand. A
// report says its event in the headline and the first paragraphs; a later paragraph that recalls
// another event (last year's flood, the semi-final) weighs less.
import { findNumbers } from '../text/numbers';
import { NAME_WORD, isStopword } from '../text/tokens';
import { DAY_MS, dayNamed } from './days';

/** Term -> weight. */
export type TermWeights = Map<string, number>;

// Weight of the headline and of each opening block; later blocks weigh 1.
const TITLE_WEIGHT = 3;
const LEAD_WEIGHTS = [3, 2, 1.5];
// A figure ("1,214", "5.8", "19,900") pins an event down more than a word does.
const FIGURE_WEIGHT = 2;
/** Terms kept per article: its most weighted ones. A huge article costs what a long one does. */
export const MAX_TERMS = 120;
/** Characters of an article read for its terms. */
const MAX_CHARS = 40_000;

/** The words of a text as terms: lower case, possessives and a name's full stop dropped,
 * function words and words under three letters left out, plurals folded. */
export function termWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_WORD)) {
    const w = m[0].toLowerCase().replace(/\.$/, '').replace(/['’]s?$/, '');
    if (w.length > 2 && !isStopword(w)) out.push(singular(w));
  }
  return out;
}

/** A plural folded to its singular ("semi-finals", "cities"), so that general English's frequency
 * of the word still applies; a word that only looks plural ("bus", "tennis", "news") stays. */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.length > 4 && w.endsWith('s') && !/(?:ss|us|is|ws)$/.test(w) ? w.slice(0, -1) : w;
}

/** The figures of a text as terms ("#1200", "#5.8"): counts, amounts and percentages to two
 * significant digits, as reports round them their own ways ("$30.04 billion", "$30 billion");
 * years and dates whole. */
function figureTerms(text: string): string[] {
  return findNumbers(text)
    .filter((n) => n.value >= 10 || !Number.isInteger(n.value))
    .map((n) => `#${n.unit === 'date' ? `${n.month}-${n.value}` : n.unit === 'year' ? n.value : Number(n.value.toPrecision(2))}`);
}

/** A word that names a day ("Sunday", "yesterday") as the date it names in a report published
 * on `published`, written as a date figure is, so that "on Sunday" and "June 14" are one term. */
function dayTerm(word: string, published: number | null): string {
  const day = published === null ? null : dayNamed(word, published);
  if (day === null) return word;
  const date = new Date(day * DAY_MS);
  return `#${date.getUTCMonth() + 1}-${date.getUTCDate()}`;
}

/** An article's terms, each with the sum of the weights of the places it stands (log-damped);
 * with its publication day, the days it names by weekday or "yesterday" are read as dates. */
export function articleTerms(title: string, blocks: string[], published: number | null = null): TermWeights {
  const raw = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of termWords(text)) {
      const term = dayTerm(w, published);
      raw.set(term, (raw.get(term) ?? 0) + (term === w ? weight : weight * FIGURE_WEIGHT));
    }
    for (const f of figureTerms(text)) raw.set(f, (raw.get(f) ?? 0) + weight * FIGURE_WEIGHT);
  };
  add(title.slice(0, 500), TITLE_WEIGHT);
  let read = 0;
  for (const [i, block] of blocks.entries()) {
    if (read >= MAX_CHARS) break;
    const text = block.slice(0, MAX_CHARS - read);
    read += text.length;
    add(text, LEAD_WEIGHTS[i] ?? 1);
  }
  const terms = [...raw].map(([t, w]): [string, number] => [t, Math.log1p(w)]);
  terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(terms.slice(0, MAX_TERMS * 3));
}

/** How much a term tells: rare in the pool (inverse document frequency) and rare in general
 * English (Zipf; a word the table lacks is a name or a coinage, a figure is always rare). */
export function termInformation(term: string, df: number, pooled: number, zipf: Map<string, number>): number {
  const idf = Math.log((pooled + 1) / (df + 0.5));
  if (idf <= 0) return 0;
  const z = term.startsWith('#') ? 1 : (zipf.get(term) ?? 1);
  return idf * Math.min(1, Math.max(0.05, (6 - z) / 4));
}
