// The tokens numbers are read from, and what a reading gives: shared by numbers.ts and dates.ts.
import { normalizeChars } from './normalize';
import type { NumberUnit } from './numbers';
import { NUMBER_TOKEN } from './tokens';

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
