// Figures told in parts that are one figure: a result or score ("6-4 3-6 7-5", "won 3-1", "a 5-2
// vote") and a duration in parts ("two hours and 15 minutes", "four years and six months").
import { RESULT_WORDS, wordTable } from './lexicon';
import { digitValue, isDigits, readWords, type Read, type Tok } from './number-reading';

/** One pair of a score at toks[k]: "6-4", "7-6 (5)" (the tie-break kept as written). */
function pairAt(toks: Tok[], k: number, text: string): { part: string; last: number } | null {
  const [a, b, tie] = [toks[k], toks[k + 1], toks[k + 2]];
  if (!a || !b || !/^\d{1,2}$/.test(a.w) || !/^\d{1,2}$/.test(b.w) || !/^[-–]$/.test(b.gap)) return null;
  if (tie && /^\d{1,2}$/.test(tie.w) && /^ ?\($/.test(tie.gap)) {
    // "7-6 (5)", and "7-6 (7/2)" with both sides' points.
    const other = toks[k + 3];
    if (text[tie.end] === ')') return { part: `${a.w}-${b.w}(${tie.w})`, last: k + 2 };
    if (other && other.gap === '/' && /^\d{1,2}$/.test(other.w) && text[other.end] === ')') return { part: `${a.w}-${b.w}(${tie.w}/${other.w})`, last: k + 3 };
  }
  return { part: `${a.w}-${b.w}`, last: k + 1 };
}

/** A result or score as one figure, its parts as its noun ("6-4", "3-6", "7-5"): several pairs
 * (sets), or one pair beside a word of winning, losing or voting ("won 3-1", "a 4-3 decision").
 * A lone pair without such a word (a range: "10-15 people") is not a score. */
export function readScore(toks: Tok[], i: number, text: string): Read | null {
  const first = pairAt(toks, i, text) ?? votesTo(toks, i);
  if (!first || /[-–/.]$/.test(toks[i].gap) || /^[-–/.]/.test(toks[first.last + 1]?.gap ?? '')) return null;
  const parts = [first.part];
  let last = first.last;
  for (let next = pairAt(toks, last + 1, text); next && /^\)?,? $/.test(toks[last + 1].gap); next = pairAt(toks, last + 1, text)) {
    parts.push(next.part);
    last = next.last;
  }
  const near = [...toks.slice(Math.max(0, i - 5), i), toks[last + 1]].map((t) => t?.w ?? '');
  // A lone pair that is no result (a range, a lead within a set) is passed over whole: its
  // second number is no figure of its own ("a 2-1 lead" is not "1 lead").
  if (parts.length < 2 && !near.some((w) => RESULT_WORDS.has(w))) return { first: i, last, value: 0, unit: 'count', noun: [], skip: true };
  // The games as one number (base 100) finds the same score in a source; equality is of the parts.
  const value = parts.flatMap((p) => p.replace(/\(.*$/, '').split('-')).slice(0, 7).reduce((v, n) => v * 100 + Number(n), 0);
  return { first: i, last, value, unit: 'score', noun: parts };
}

/** "by five votes to two": a vote told in words is the score "5-2". */
function votesTo(toks: Tok[], i: number): { part: string; last: number } | null {
  const a = numberAt(toks, i);
  if (!a || !/^votes?$/.test(toks[a.last + 1]?.w ?? '') || toks[a.last + 2]?.w !== 'to') return null;
  const b = numberAt(toks, a.last + 3);
  return b ? { part: `${a.value}-${b.value}`, last: b.last } : null;
}

// The parts of a duration and what each is worth in the smaller unit of the pair.
const PART_UNITS = wordTable<[string, number]>({ year: ['months', 12], week: ['days', 7], day: ['hours', 24], hour: ['minutes', 60] });
const SMALLER = wordTable<string>({ months: 'month', days: 'day', hours: 'hour', minutes: 'minute' });

/** A number at toks[k] in digits or words: its value and its last token. */
function numberAt(toks: Tok[], k: number): { value: number; last: number } | null {
  if (isDigits(toks[k]?.w ?? '')) return /^\d+(?:\.\d+)?$/.test(toks[k].w) ? { value: digitValue(toks[k].w), last: k } : null;
  const words = toks[k] ? readWords(toks, k) : null;
  return words ? { value: words.value, last: words.next - 1 } : null;
}

/** A duration in parts as one figure in its smaller unit: "two hours and 15 minutes" is 135
 * minutes, "four years and six months" 54 months, "a day and a half" 36 hours. */
export function readDurationParts(toks: Tok[], i: number): Read | null {
  const whole = /^an?$/.test(toks[i].w) ? { value: 1, last: i } : numberAt(toks, i);
  const unit = whole && toks[whole.last + 1]?.w.replace(/s$/, '');
  if (!whole || !unit || !(unit in PART_UNITS)) return null;
  const [smaller, per] = PART_UNITS[unit];
  // The parts joined by "and", a comma or nothing: "2 hours 38 minutes", "3 hours, 20 minutes".
  const and = toks[whole.last + 2]?.w === 'and';
  const at = whole.last + (and ? 3 : 2);
  if (!and && !/^,? $/.test(toks[at]?.gap ?? '')) return null;
  let value: number;
  let last: number;
  const half = toks[at]?.w === 'a' && toks[at + 1]?.w === 'half';
  // "a year and a half" stays in years, as "four and a half years" is.
  if (half && unit === 'year') return { first: i, last: at + 1, value: whole.value + 0.5, unit: 'years', noun: ['years'] };
  if (half) [value, last] = [whole.value * per + per / 2, at + 1];
  else {
    const part = numberAt(toks, at);
    if (!part || !/^[ -]$/.test(toks[part.last + 1]?.gap ?? '') || toks[part.last + 1].w.replace(/s$/, '') !== SMALLER[smaller]) return null;
    [value, last] = [whole.value * per + part.value, part.last + 1];
  }
  return smaller === 'months' ? { first: i, last, value, unit: 'months', noun: ['months'] } : { first: i, last, value, unit: 'count', noun: [smaller] };
}
