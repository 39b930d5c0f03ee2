// The tokens numbers are read from, and what a reading gives: shared by numbers.ts and dates.ts.
import { NUMBER_WORDS as UNITS, SCALE_WORDS as SCALES, TENS_WORDS as TENS, type Currency } from './lexicon';
import { normalizeChars } from './normalize';
import { NUMBER_TOKEN } from './tokens';

/** Money carries its currency as its unit: "£65m" is 65000000 GBP. */
export type NumberUnit =
  | 'count' | 'percent' | 'percentage points' | 'basis points' | 'years' | 'months' | 'age' | 'ordinal' | 'date' | 'year' | 'score' | Currency;

export interface Tok {
  w: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one. */
  gap: string;
}

export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let last = 0;
  for (const m of normalizeChars(text).matchAll(NUMBER_TOKEN)) {
    out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

export const isDigits = (w: string) => /^\d/.test(w);
export const digitValue = (w: string) => Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(w) ? w.replace(/,/g, '') : w.replace(/,/g, '.'));
export const joined = (t: Tok) => /^[\s-]*$/.test(t.gap) && !/\n/.test(t.gap);

/** One number read from the tokens: where it stands, its value, unit and noun. */
export interface Read {
  first: number;
  last: number;
  value: number;
  unit: NumberUnit;
  noun: string[];
  month?: number;
  compound?: boolean;
  elided?: boolean;
  /** Read only to be passed over whole: page furniture. */
  skip?: boolean;
}

/** Reads a number written in words from toks[i]: "twenty-three", "one hundred and five",
 * "half a million", "three-and-a-half", "a decade" is handled by the caller. */
export function readWords(toks: Tok[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < toks.length) {
    const w = toks[j].w;
    if (j > i && !joined(toks[j])) break;
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    // "two dozen" is 24 ("dozens" is no number).
    else if (w === 'dozen' && any) current *= 12;
    else if (w in SCALES && any) {
      const s = SCALES[w];
      if (s === 100) current *= 100;
      else {
        total += current * s;
        current = 0;
      }
    } else if (w === 'and' && any && j + 1 < toks.length && (toks[j + 1].w in UNITS || toks[j + 1].w in TENS)) {
      j++;
      continue;
    } else if (w === 'and' && any && toks[j + 1]?.w === 'a' && toks[j + 2]?.w === 'half') {
      current += 0.5;
      j += 3;
      break;
    } else break;
    any = true;
    j++;
  }
  return any ? { value: total + current, next: j } : null;
}
