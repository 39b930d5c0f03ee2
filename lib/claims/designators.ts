// Names that carry a number ("Vela 3", "Article 5", "Flight 370"): a model, a clause or a route,
// each another thing from the same name with another number; and numbered periods (quarters).
// A figure beside one is about that thing: "the Vela 2 went on sale at $749" never disagrees with
// "the Vela 3 costs $799".
import { MONTH_NUMBERS, WEEKDAYS } from '../text/lexicon';
import { isStopword } from '../text/tokens';
import type { FigureClaim } from './types';

// A capitalised word, then a number of up to three digits that no unit, scale or digit group follows.
const DESIGNATOR = /\b(\p{Lu}[\p{L}-]+)\s+(\d{1,3})\b(?![.,]\d|\s*(?:%|per\b|percent\b|million\b|billion\b|thousand\b))/gu;

/** A month, a weekday or a function word before a number is a date or a phrase, not a name. */
const namesThing = (word: string) => !(word in MONTH_NUMBERS || WEEKDAYS.has(word) || isStopword(word));

// A quarter is a numbered period, as a model is a numbered thing: "third-quarter revenue of $35.1
// billion" never disagrees with "second-quarter revenue of $30 billion".
const QUARTER = /\b(?:Q([1-4])|(first|second|third|fourth)[\s-]quarter)\b/giu;
const QUARTER_NUMBERS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4' };

/** The numbered things and periods a text names, with where each stands. */
function designators(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(DESIGNATOR)) {
    const word = m[1].toLowerCase();
    if (namesThing(word)) out.push({ name: `${word} ${m[2]}`, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(QUARTER)) out.push({ name: `quarter ${m[1] ?? QUARTER_NUMBERS[m[2].toLowerCase()]}`, start: m.index, end: m.index + m[0].length });
  return out;
}

/** The named thing with a number nearest [start, end) of `clause` ("vela 2"), if any. */
export function designatorNear(clause: string, start: number, end: number): string | undefined {
  let best: { name: string; gap: number } | undefined;
  for (const d of designators(clause)) {
    // The figure's own number is no designator ("Group 7" is one, "at 7" is not).
    if (d.start < end && d.end > start) continue;
    const gap = d.end <= start ? start - d.end : d.start - end;
    if (!best || gap < best.gap) best = { name: d.name, gap };
  }
  return best?.name;
}

/** The numbered thing a text is mostly about: the designator it names most, at least twice and
 * more often than any other ("Vela 3" in a launch story that mentions the "Vela 2" once). */
export function mainDesignator(blocks: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const b of blocks) for (const { name } of designators(b)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/** The figure's designator as claim fields: the one beside it, else the text's main one, marked
 * as inferred (enough to doubt a conflict, never to keep two figures apart). */
export function designatorOf(clause: string, start: number, end: number, main: string | undefined): Pick<FigureClaim, 'designator' | 'inferredDesignator'> {
  const designator = designatorNear(clause, start, end);
  if (designator) return { designator };
  return main ? { designator: main, inferredDesignator: true } : {};
}
