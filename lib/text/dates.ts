// Dates in running text: "November 5", "Oct. 1", "1 October 2024", "13 March", "2024-10-01".
import { MONTH_NUMBERS } from './lexicon';
import { tokens, type Read, type Tok } from './number-reading';

/** The date starting at toks[i], if one does. */
export function readDate(toks: Tok[], i: number, text: string): Read | null {
  const w = toks[i].w;
  // Every date begins with a month or a digit: most words are neither.
  if (!(w in MONTH_NUMBERS) && !/^\d/.test(w)) return null;
  const yearAt = (k: number) => toks[k] && /^\d{4}$/.test(toks[k].w) && /^[.,]?\s*$/.test(toks[k].gap);
  // A zero-padded day before its month is a machine's timestamp ("01 Oct. 2024"), page furniture.
  const stamp = (day: string) => (/^0\d/.test(day) ? { skip: true } : {});
  if (w in MONTH_NUMBERS && toks[i + 1] && /^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[i + 1].w) && /^[.\s]*$/.test(toks[i + 1].gap)) {
    const day = parseInt(toks[i + 1].w, 10);
    if (day >= 1 && day <= 31 && (w.length > 3 || text[toks[i].end] === '.' || w === 'may' ? /^[A-Z]/.test(text[toks[i].start]) : true)) {
      const last = yearAt(i + 2) ? i + 2 : i + 1;
      return { first: i, last, value: day, unit: 'date', noun: [], month: MONTH_NUMBERS[w] };
    }
  }
  // "5 May 2024": a three-letter month after a day only with a year, so "5 may" is no date.
  const yearAfter = /^\d{4}$/.test(toks[i + 2]?.w ?? '');
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w) && toks[i + 1]?.w in MONTH_NUMBERS && (toks[i + 1].w.length > 3 || yearAfter) && /^\s+$/.test(toks[i + 1].gap)) {
    const day = parseInt(w, 10);
    if (day >= 1 && day <= 31) {
      const last = yearAt(i + 2) ? i + 2 : i + 1;
      return { first: i, last, value: day, unit: 'date', noun: [], month: MONTH_NUMBERS[toks[i + 1].w], ...stamp(w) };
    }
  }
  if (/^\d{4}$/.test(w) && toks[i + 2] && toks[i + 1].gap === '-' && toks[i + 2].gap === '-' && /^\d{2}$/.test(toks[i + 1].w) && /^\d{2}$/.test(toks[i + 2].w)) {
    return { first: i, last: i + 2, value: Number(toks[i + 2].w), unit: 'date', noun: [], month: Number(toks[i + 1].w) };
  }
  return null;
}

/** The first full date (day, month and year) a line of text prints: "Sunday 14 June 2026",
 * "Published Sept. 10, 2026" (ms since 1970, UTC), or null. */
export function statedDate(text: string): number | null {
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const d = readDate(toks, i, text);
    const year = d && /^\d{4}$/.test(toks[d.last].w) && d.last > d.first ? Number(toks[d.last].w) : 0;
    if (d?.month && year) return Date.UTC(year, d.month - 1, d.value);
  }
  return null;
}
