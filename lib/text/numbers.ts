// Numbers in running text: digits and words, with the unit they carry and the nouns they count.
// "32 nations", "2 percent", "half a million troops", "three-and-a-half years", "57-year-old",
// "14th", "November 5", "1 October 2024", "in 2014", "a decade", "nearly a decade", "£65m",
// "50 basis points", "half a percentage point".
import {
  COUNTED_PARTICIPLES, CURRENCY_CODES, DATA_SIZE_UNITS, FRACTION_WORDS, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIXES, MEASURE_ABBREVIATIONS, MONTH_NUMBERS,
  NUMBER_LABEL_WORDS, NUMBER_NOUN_STOP as NOUN_STOP, NUMBER_QUALIFIERS as QUALIFIERS, NUMBER_WORDS as UNITS, ORDINAL_WORDS, POSITION_NOUNS,
  SCALE_SUFFIXES, SCALE_WORDS as SCALES, TENS_WORDS as TENS, TIME_ZONES, UNMARKED_PLURALS as PLURALS, WEEKDAYS, WEIGHT_WORDS, type Currency,
} from './lexicon';
import { readDate } from './dates';
import { digitValue, isDigits, joined, readWords, tokens, type NumberUnit, type Read, type Tok } from './number-reading';
import { bareAge, bareDecimal, elided, sizeOf } from './bare-numbers';
import { readDurationParts, readScore } from './number-parts';


export interface NumberMention {
  start: number;
  end: number;
  value: number;
  unit: NumberUnit;
  /** "nearly", "more than", …: the figure is approximate or a bound. */
  qualifier: string | null;
  /** The words the number counts or orders ("member countries", "secretary general"). */
  noun: string[];
  /** For dates: the month, 1-12. */
  month?: number;
  /** True when the number is hyphenated to its noun as a modifier ("32-member alliance"). */
  compound?: boolean;
  /** A count whose noun is left out, to be read from an earlier count: "Eleven expected no change". */
  elided?: boolean;
}

function qualifierBefore(toks: Tok[], i: number): { text: string; index: number } | null {
  for (const q of QUALIFIERS) {
    const parts = q.split(' ');
    const k = i - parts.length;
    if (k < 0) continue;
    if (parts.every((p, n) => toks[k + n].w === p && (n === 0 || joined(toks[k + n]))) && (joined(toks[i]) || signBefore(toks[i]))) {
      return { text: q, index: k };
    }
  }
  return null;
}

/** The noun phrase a number counts: up to `max` words, ending at the first plural noun
 * ("32 member countries", not "23 countries meet NATO's"). */
function nounAfter(toks: Tok[], j: number, max = 3): { noun: string[]; next: number } {
  const noun: string[] = [];
  while (j < toks.length && noun.length < max) {
    const t = toks[j];
    if (/[.,;:!?()"“”]/.test(t.gap) || /\n/.test(t.gap)) break;
    // "1,000 killed or wounded": a participle stands for the people it describes.
    if (!noun.length && COUNTED_PARTICIPLES.has(t.w)) {
      const both = /^(?:or|and)$/.test(toks[j + 1]?.w ?? '') && COUNTED_PARTICIPLES.has(toks[j + 2]?.w ?? '');
      return { noun: both ? [t.w, toks[j + 1].w, toks[j + 2].w] : [t.w], next: both ? j + 3 : j + 1 };
    }
    // "11 other people" counts people.
    if (!noun.length && t.w === 'other' && !NOUN_STOP.has(toks[j + 1]?.w ?? 'other')) {
      j++;
      continue;
    }
    if (NOUN_STOP.has(t.w) || isDigits(t.w) || /(?:ed|ing|ly)$/.test(t.w) && noun.length) break;
    if (/(?:ed|ly)$/.test(t.w) && t.w.length > 4) break;
    noun.push(t.w);
    j++;
    if (isPlural(t.w)) break;
  }
  return { noun, next: j };
}

const isPlural = (w: string) => PLURALS.has(w) || (/[^s]s$/.test(w) && w.length > 3);

/** A currency sign right before a token, after a space or a bracket: "about $500 million", "($1.6bn)". */
const signBefore = (t: Tok) => /(?:^|[\s([])\S$/.test(t.gap) && t.gap.slice(-1) in CURRENCY_SIGNS;

// The words any reading below can begin with: number, month and ordinal words, and those that
// open a phrase of quantity ("a decade", "an hour and a half", "half a million", "quarter-point",
// "the month-long trial").
// Any other word starts none, so the readers are not asked (most words of a text).
const NUMBER_STARTS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(MONTH_NUMBERS), ...Object.keys(ORDINAL_WORDS),
  'a', 'an', 'decade', 'half', 'quarter', 'year', 'month',
]);

/** Every number mention in a text, left to right. */
export function findNumbers(text: string): NumberMention[] {
  const toks = tokens(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isDigits(toks[i].w) && !NUMBER_STARTS.has(toks[i].w)) {
      i++;
      continue;
    }
    // A score is read first: its pairs may follow a name ("beat Roque 6-4 3-6 7-5").
    const found = readScore(toks, i, text) ?? (notFigure(toks, i, text) ? null : readAt(toks, i, text));
    if (!found || found.skip) {
      i = found ? found.last + 1 : i + 1;
      continue;
    }
    const q = qualifierBefore(toks, found.first);
    // A currency sign belongs to its number: "$500 million".
    const sign = !q && signBefore(toks[found.first]) ? 1 : 0;
    out.push({
      start: toks[q ? q.index : found.first].start - sign,
      end: toks[found.last].end,
      value: found.value,
      unit: found.unit,
      qualifier: q?.text ?? null,
      noun: found.noun,
      ...(found.month ? { month: found.month } : {}),
      ...(found.compound ? { compound: true } : {}),
      ...(found.elided ? { elided: true } : {}),
    });
    i = found.last + 1;
  }
  return out;
}

/** Numbers that label or time rather than count: "12:48 PM", "10 am", "[1]", "2)", "Article 5",
 * "Kongsgate 12", "© 2024". */
function notFigure(toks: Tok[], i: number, text: string): boolean {
  const t = toks[i];
  if (!isDigits(t.w)) return false;
  const next = toks[i + 1];
  if (/:$/.test(t.gap) && isDigits(toks[i - 1]?.w ?? '') || (next?.gap === ':' && isDigits(next.w))) return true;
  if (next && /^(?:am|pm|a|p)$/.test(next.w) && /^\s*$/.test(next.gap) && (next.w.length === 2 || text[next.end] === '.')) return true;
  if (next && TIME_ZONES.has(next.w) && /^ $/.test(next.gap) && /^\p{Lu}+$/u.test(text.slice(next.start, next.end))) return true;
  if (/[[(]$/.test(t.gap) && /^[\])]/.test(next?.gap ?? '')) return true;
  if ((i === 0 || /\n/.test(t.gap)) && /^[.)\]]/.test(next?.gap ?? '')) return true;
  if (/[©]/.test(t.gap) || toks[i - 1]?.w === 'copyright') return true;
  if (next && DATA_SIZE_UNITS.has(next.w) && /^\s*\)/.test(toks[i + 2]?.gap ?? text.slice(next.end))) return true;
  const prev = toks[i - 1];
  // Digits run on from a capitalised name are part of it: "G7", "F-16", "COVID-19", "A320".
  if (prev && (t.gap === '' || (t.gap === '-' && /^\p{Lu}[\p{Lu}\d]*$/u.test(text.slice(prev.start, prev.end)))) && /^\p{Lu}/u.test(text[prev.start])) {
    return true;
  }
  if (!prev || !/^ +$/.test(t.gap)) return false;
  if (NUMBER_LABEL_WORDS.has(prev.w)) return true;
  // A capitalised word right before a number names a thing (a street, a model, a law), unless it
  // opens the sentence ("Nearly 85,000 people").
  const opens = i === 1 || /[.!?\n]/.test(prev.gap);
  const capital = /^\p{Lu}/u.test(text[prev.start]) && !(CURRENCY_CODES as readonly string[]).includes(text.slice(prev.start, prev.end));
  return !opens && capital && !(prev.w in MONTH_NUMBERS) && !WEEKDAYS.has(prev.w) && !isWordNumber(prev.w) && !NOUN_STOP.has(prev.w);
}

const isWordNumber = (w: string) => w in UNITS || w in TENS || w in SCALES;

function readAt(toks: Tok[], i: number, text: string): Read | null {
  return readDate(toks, i, text) ?? readOrdinal(toks, i) ?? readDurationParts(toks, i) ?? readPhrase(toks, i) ?? readValue(toks, i, text);
}

const TIME_NOUN = /^(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))$/;

/** Ordinals that count: "14th secretary general", "her third league title", "in its third year",
 * "the title is the 11th of her career" (the noun the clause gives it). Not "1st" nor "first", nor an
 * ordinal that only sequences ("a second term", "my second priority") or names a place in a
 * sequence ("the second set", "the fourth round", "fourth-quarter revenue"). */
function readOrdinal(toks: Tok[], i: number): Read | null {
  const w = toks[i].w;
  const ord = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (!(ord && Number(ord[1]) > 1) && !(w in ORDINAL_WORDS)) return null;
  const value = ord ? Number(ord[1]) : ORDINAL_WORDS[w];
  const { noun, next } = nounAfter(toks, i + 1, 3);
  if (!noun.length) return countedOf(toks, i, value);
  // "in the 83rd minute" is when in a contest something happened: 83 minutes in, as "on 83 minutes".
  if (noun[0] === 'minute') return { first: i, last: i + 1, value, unit: 'count', noun: ['minutes'] };
  // "a second term", "my third point" sequence; "a fifth title", "a 16th time" count (from three on).
  const before = toks[i - 1]?.w ?? '';
  if ((/^(?:my|our|your)$/.test(before) || (/^an?$/.test(before) && value < 3)) && !TIME_NOUN.test(noun[0])) return null;
  // "the ninth straight quarter" counts a run of them; "the ninth game" is one place in it.
  if (noun.some((n) => POSITION_NOUNS.has(n)) && !/^(?:straight|consecutive|successive)$/.test(noun[0])) return null;
  return { first: i, last: next - 1, value, unit: 'ordinal', noun };
}

/** "The title is the 11th of Arkwell's career": an ordinal before "of" counts the noun its clause
 * is about, the one before "is the". */
function countedOf(toks: Tok[], i: number, value: number): Read | null {
  if (toks[i + 1]?.w !== 'of' || toks[i - 1]?.w !== 'the' || !/^(?:is|was)$/.test(toks[i - 2]?.w ?? '')) return null;
  const noun = toks[i - 3]?.w ?? '';
  if (!noun || NOUN_STOP.has(noun) || POSITION_NOUNS.has(noun)) return null;
  const of = nounAfter(toks, toks[i + 3]?.w === 's' ? i + 4 : i + 3, 1);
  return { first: i, last: Math.max(i, of.next - 1), value, unit: 'ordinal', noun: [noun] };
}

/** Fixed phrases of quantity: "a decade", "a year and a half", "half a million", "a dozen",
 * "half a percentage point", "a quarter-point". */
function readPhrase(toks: Tok[], i: number): Read | null {
  const w = toks[i].w;
  const at = (k: number) => toks[i + k]?.w ?? '';
  // A bare singular decade after a determiner is ten years, whatever it is a decade of:
  // "a decade", "a turbulent decade", "whose decade at the helm".
  if (w === 'a' && at(1) === 'decade') return { first: i, last: i + 1, value: 10, unit: 'years', noun: ['decade'] };
  if (w === 'a' && at(2) === 'decade' && /^\p{L}+$/u.test(at(1)) && !NOUN_STOP.has(at(1))) {
    return { first: i, last: i + 2, value: 10, unit: 'years', noun: ['decade'] };
  }
  if (w === 'decade' && !isDigits(toks[i - 1]?.w ?? '') && !isWordNumber(toks[i - 1]?.w ?? '')) {
    return { first: i, last: i, value: 10, unit: 'years', noun: ['decade'] };
  }
  if (/^an?$/.test(w) && /^(?:year|month)$/.test(at(1)) && at(2) === 'and' && at(3) === 'a' && at(4) === 'half') {
    return { first: i, last: i + 4, value: 1.5, unit: at(1) === 'year' ? 'years' : 'months', noun: [at(1)] };
  }
  // "a month-long trial", "a decade-long rivalry": one unit of time, as long as what it describes.
  if (/^(?:year|month|decade)$/.test(w) && at(1) === 'long' && toks[i + 1].gap === '-' && /^(?:an?|the|its|his|her|their)$/.test(toks[i - 1]?.w ?? '')) {
    return { first: i, last: i + 1, value: w === 'decade' ? 10 : 1, unit: w === 'month' ? 'months' : 'years', noun: [w] };
  }
  // "nearly a year", "more than a month": a year or a month with a qualifier is a span of time.
  if (/^an?$/.test(w) && /^(?:year|month)$/.test(at(1)) && qualifierBefore(toks, i)) {
    return { first: i, last: i + 1, value: 1, unit: at(1) === 'year' ? 'years' : 'months', noun: [at(1)] };
  }
  const points = pointsAt(toks, i);
  if (points) return points;
  if (w === 'a' && at(1) === 'quarter' && at(2) === 'of' && at(3) === 'a' && at(4) in SCALES) return withUnit(toks, i, i + 4, 0.25 * SCALES[at(4)]);
  // A share said as a fraction: "fell by almost a fifth", "a third of its stores", "half of the points".
  const part = w === 'a' ? FRACTION_WORDS[`${at(1)}s`] : w === 'half' && at(1) === 'of' ? 2 : 0;
  if (part && part > 2 === (w === 'a') && (at(2) === 'of' || w === 'half' || !nounAfter(toks, i + 2, 1).noun.length)) {
    return { first: i, last: w === 'a' ? i + 1 : i, value: Math.round(1000 / part) / 10, unit: 'percent', noun: ['percent'] };
  }
  if (w === 'half' && at(1) === 'a' && (at(2) in SCALES || at(2) === 'dozen')) return withUnit(toks, i, i + 2, at(2) === 'dozen' ? 6 : 0.5 * SCALES[at(2)]);
  if (w === 'a' && ['million', 'billion', 'trillion', 'thousand', 'dozen', 'hundred'].includes(at(1))) {
    return withUnit(toks, i, i + 1, at(1) === 'dozen' ? 12 : SCALES[at(1)]);
  }
  return null;
}

/** A fraction of a percentage point said in words: "half a percentage point", "a quarter-point",
 * "half a point", "a quarter of a percentage point". */
function pointsAt(toks: Tok[], i: number): Read | null {
  let k = i;
  if (toks[k]?.w === 'a') k++;
  const part = toks[k]?.w === 'half' ? 0.5 : toks[k]?.w === 'quarter' ? 0.25 : 0;
  if (!part) return null;
  k++;
  if (toks[k]?.w === 'of') k++;
  if (toks[k]?.w === 'a') k++;
  if (toks[k]?.w === 'percentage') k++;
  if (!/^points?$/.test(toks[k]?.w ?? '') || k === i + 1) return null;
  return { first: i, last: k, value: part, unit: 'percentage points', noun: ['points'] };
}

/** Digits with letters run on: "£65m", "21bp", "10km", "1.93m-tall"; null for anything else
 * ("5G", "the 1990s", "10.15am"). */
function suffixed(toks: Tok[], i: number, currency: Currency | null): Read | null {
  const m = /^(\d[\d.,]*)(\p{L}+)$/u.exec(toks[i].w);
  if (!m) return null;
  const value = digitValue(m[1]);
  const [, , suffix] = m;
  const next = toks[i + 1];
  if (currency && suffix in SCALE_SUFFIXES) return { first: i, last: i, value: value * SCALE_SUFFIXES[suffix], unit: currency, noun: [] };
  if (/^bps?$/.test(suffix)) return { first: i, last: i, value, unit: 'basis points', noun: ['points'] };
  // "38m people" is millions; "1.93m-tall" and "100m" are metres.
  if (suffix in SCALE_SUFFIXES && next && /^ +$/.test(next.gap) && nounAfter(toks, i + 1, 1).noun.length) {
    return withUnit(toks, i, i, value * SCALE_SUFFIXES[suffix]);
  }
  if (!(suffix in MEASURE_ABBREVIATIONS)) return null;
  const noun = [MEASURE_ABBREVIATIONS[suffix]];
  const hyphened = next?.gap === '-' && /^\p{L}+$/u.test(next.w);
  if (hyphened) noun.push(next.w);
  return { first: i, last: hyphened ? i + 1 : i, value, unit: 'count', noun, ...(hyphened ? { compound: true } : {}) };
}

/** The currency written before toks[i]: a sign ("£65m"), a prefixed dollar ("US$2bn") or a code
 * ("USD 5m"); `first` is where the figure then starts. */
function currencyBefore(toks: Tok[], i: number, text: string): { currency: Currency; first: number } | null {
  const t = toks[i];
  const prev = toks[i - 1];
  if (signBefore(t)) {
    const sign = t.gap.slice(-1);
    const prefixed = sign === '$' && t.gap === '$' && prev && prev.w in DOLLAR_PREFIXES && text[prev.end] === '$';
    return prefixed ? { currency: DOLLAR_PREFIXES[prev.w], first: i - 1 } : { currency: CURRENCY_SIGNS[sign], first: i };
  }
  const code = prev && /^ $/.test(t.gap) ? text.slice(prev.start, prev.end) : '';
  return (CURRENCY_CODES as readonly string[]).includes(code) ? { currency: code as Currency, first: i - 1 } : null;
}

/** A number in digits or words with what follows it. */
function readValue(toks: Tok[], i: number, text: string): Read | null {
  const w = toks[i].w;
  const money = isDigits(w) ? currencyBefore(toks, i, text) : null;
  if (/^\d[\d.,]*\p{L}/u.test(w)) {
    const r = suffixed(toks, i, money?.currency ?? null);
    return r && money ? { ...r, first: money.first } : r;
  }
  let value: number;
  let last: number;
  if (isDigits(w)) {
    // Version numbers and the tail of "10 000" are not numbers of their own.
    if (/^\d+\.\d+\.\d+/.test(w) || /^0\d/.test(w)) return null;
    value = digitValue(w);
    last = i;
    const scale = toks[i + 1]?.w;
    if (scale && scale in SCALES && scale !== 'hundred' && /^\s+$/.test(toks[i + 1].gap)) {
      value *= SCALES[scale];
      last = i + 1;
    }
    const year = money ? null : readYear(toks, i, last, value, text);
    if (year) return year;
  } else {
    const r = readWords(toks, i);
    if (!r) return null;
    value = r.value;
    last = r.next - 1;
    if (toks[last + 1]?.w === 'and' && toks[last + 2]?.w === 'a' && toks[last + 3]?.w === 'half' && joined(toks[last + 1])) {
      value += 0.5;
      last += 3;
    }
  }
  if (money) return { first: money.first, last, value, unit: money.currency, noun: [] };
  // "aged 57": an age without the hyphens.
  if (toks[i - 1]?.w === 'aged' && value >= 1 && value <= 120) return { first: i, last, value, unit: 'age', noun: [] };
  // "day 1,000 of the war": the number orders the days; not in "this year 23 of the 32 allies".
  const part = partOf(toks, i, last, value);
  if (toks[i - 1] && TIME_NOUN.test(toks[i - 1].w) && /^ +$/.test(toks[i].gap) && toks[last + 1]?.w === 'of' && !part?.whole) {
    return { first: i - 1, last, value, unit: 'ordinal', noun: [toks[i - 1].w] };
  }
  return withUnit(toks, i, last, value) ?? part ?? sizeOf(toks, i, last, value) ?? bareAge(toks, i, last, value, text) ?? bareDecimal(toks, i, last, value) ?? elided(toks, i, last, value);
}

/** An age set off by commas after a name ("Rutte, 57, said"), or a year as the time of an event
 * ("in 2014"); null when the number is neither. */
function readYear(toks: Tok[], i: number, last: number, value: number, text: string): Read | null {
  const w = toks[i].w;
  if (/^\d{2,3}$/.test(w) && i > 0 && /^,\s+$/.test(toks[i].gap) && /^,/.test(toks[i + 1]?.gap ?? ',') && /^\p{Lu}/u.test(text[toks[i - 1].start])) {
    if (value >= 16 && value <= 110) return { first: i, last: i, value, unit: 'age', noun: [] };
  }
  if (!/^(?:19|20)\d\d$/.test(w) || last !== i || /^-/.test(toks[i + 1]?.gap ?? '')) return null;
  const after = nounAfter(toks, i + 1, 1);
  const countable = after.noun.length && /s$/.test(after.noun[0]) && !/^[A-Z]/.test(text[toks[i + 1].start]);
  // A capitalised word before a year names a thing ("Copyright 2025", "Euro 2024").
  const prev = toks[i - 1];
  const named = prev && /^ +$/.test(toks[i].gap) && /^\p{Lu}/u.test(text[prev.start]) && !(prev.w in MONTH_NUMBERS) && !NOUN_STOP.has(prev.w);
  if (named && !countable) return null;
  return countable ? null : { first: i, last: i, value, unit: 'year', noun: [] };
}

/** A part of a counted whole: "23 of its 32 members", "two of his cabinets". With a number for the
 * whole the span stays on the part, so that the whole is a figure of its own. */
function partOf(toks: Tok[], i: number, last: number, value: number): (Read & { whole: boolean }) | null {
  let k = last + 1;
  if (toks[k]?.w !== 'of' || !joined(toks[k])) return null;
  k++;
  if (/^(?:the|its|their|our|his|her|all|these|those)$/.test(toks[k]?.w ?? '')) k++;
  // "23 of NATO's 32 allies", "of the union's 27": a possessive stands where a determiner would.
  if (toks[k + 1]?.w === 's' && /^['’]$/.test(toks[k + 1].gap)) k += 2;
  const whole = isDigits(toks[k]?.w ?? '') || isWordNumber(toks[k]?.w ?? '');
  if (whole) k++;
  const { noun, next } = nounAfter(toks, k, 3);
  if (!noun.length || (value === 1 && !isDigits(toks[i].w))) return null;
  // The span takes in a plain noun phrase ("two of his cabinets"), not a cut one ("38 of its larger out-").
  const plain = !whole && isPlural(noun[noun.length - 1]);
  return { first: i, last: plain ? next - 1 : last, value, unit: 'count', noun, whole };
}

/** The unit after a number ending at toks[last]: percent, points, years, age, money, or the counted noun. */
function withUnit(toks: Tok[], first: number, last: number, value: number): Read | null {
  const n1 = toks[last + 1];
  const n2 = toks[last + 2];
  if (n1 && (n1.w === '%' || n1.w === 'percent' || (n1.w === 'per' && n2?.w === 'cent'))) {
    return { first, last: n1.w === 'per' ? last + 2 : last + 1, value, unit: 'percent', noun: ['percent'] };
  }
  if (n1 && /^(?:percentage|basis)$/.test(n1.w) && /^points?$/.test(n2?.w ?? '') && joined(n1)) {
    return { first, last: last + 2, value, unit: n1.w === 'basis' ? 'basis points' : 'percentage points', noun: ['points'] };
  }
  if (n1 && /^bps?$/.test(n1.w) && joined(n1)) return { first, last: last + 1, value, unit: 'basis points', noun: ['points'] };
  if (n1 && n1.w in CURRENCY_WORDS && joined(n1)) return { first, last: last + 1, value, unit: CURRENCY_WORDS[n1.w], noun: [] };
  // "699 pounds" is money unless its sentence weighs something ("weighs 150 pounds").
  if (n1 && /^pounds?$/.test(n1.w) && joined(n1) && !toks.some((t) => WEIGHT_WORDS.has(t.w))) return { first, last: last + 1, value, unit: 'GBP', noun: [] };
  // "two-thirds of" is a share: 66.7 percent.
  if (n1 && n1.w in FRACTION_WORDS && joined(n1) && n2?.w === 'of' && value < FRACTION_WORDS[n1.w]) {
    return { first, last: last + 1, value: Math.round((1000 * value) / FRACTION_WORDS[n1.w]) / 10, unit: 'percent', noun: ['percent'] };
  }
  if (n1 && /^years?$/.test(n1.w) && n2?.w === 'old' && toks[last + 3]?.gap !== '-') {
    if (n1.gap === '-' || /^\s+$/.test(n1.gap)) return { first, last: last + 2, value, unit: 'age', noun: [] };
  }
  if (n1 && /^years?$/.test(n1.w) && n1.gap === '-' && n2?.w === 'old') return { first, last: last + 2, value, unit: 'age', noun: [] };
  if (n1 && /^(?:years?|decades?|months?)$/.test(n1.w) && joined(n1)) {
    const unit: NumberUnit = /^months?$/.test(n1.w) ? 'months' : 'years';
    const v = /^decades?$/.test(n1.w) ? value * 10 : value;
    // "four-year term": the noun after the hyphenated unit is what lasts.
    if (n1.gap === '-') {
      const { noun, next } = nounAfter(toks, last + 2, 1);
      return { first, last: next - 1, value: v, unit, noun: noun.length ? noun : [n1.w] };
    }
    return { first, last: last + 1, value: v, unit, noun: [n1.w] };
  }
  // "a 32-strong alliance" counts the alliance's members.
  if (n1?.w === 'strong' && n1.gap === '-') {
    const { noun, next } = nounAfter(toks, last + 2, 1);
    return { first, last: Math.max(next - 1, last + 1), value, unit: 'count', noun: ['members', ...noun], compound: true };
  }
  const { noun, next } = nounAfter(toks, last + 1);
  if (!noun.length) return null;
  // "one" as a pronoun or article ("one of", "one member") is not a figure.
  if (value === 1 && !/^\d/.test(toks[first].w)) return null;
  return { first, last: next - 1, value, unit: 'count', noun, ...(n1?.gap === '-' && noun.length > 1 ? { compound: true } : {}) };
}
