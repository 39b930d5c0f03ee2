// Numbers in running text: digits and words, with the unit they carry and the nouns they count.
// "32 nations", "2 percent", "half a million troops", "three-and-a-half years", "57-year-old",
// "14th", "November 5", "1 October 2024", "in 2014", "a decade", "nearly a decade".
import { normalizeChars } from './normalize';

export type NumberUnit = 'count' | 'percent' | 'years' | 'months' | 'age' | 'ordinal' | 'date' | 'year';

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
}

interface Tok {
  w: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one. */
  gap: string;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, hundredth: 100,
};
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'at least', 'up to', 'close to', 'just over', 'just under',
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'only',
];
// Words that end the noun after a number: function words, verbs of the clause.
const NOUN_STOP = new Set(
  ('a an the and or but of to in on at by for with from into as than that this these those which who whom ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'not no it its he she they we i his her their our my your more most other such so also since after before ' +
    'during until over under about against between through per via among despite within without across behind ' +
    'beyond toward towards upon amid').split(' '),
);

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let last = 0;
  for (const m of normalizeChars(text).matchAll(/\d+(?:[.,]\d+)*\p{L}*|\p{L}+|%/gu)) {
    out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

const isDigits = (w: string) => /^\d/.test(w);
const digitValue = (w: string) => Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(w) ? w.replace(/,/g, '') : w.replace(/,/g, '.'));
const joined = (t: Tok) => /^[\s-]*$/.test(t.gap) && !/\n/.test(t.gap);

/** Reads a number written in words from toks[i]: "twenty-three", "one hundred and five",
 * "half a million", "three-and-a-half", "a decade" is handled by the caller. */
function readWords(toks: Tok[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < toks.length) {
    const w = toks[j].w;
    if (j > i && !joined(toks[j])) break;
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
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

function qualifierBefore(toks: Tok[], i: number): { text: string; index: number } | null {
  for (const q of QUALIFIERS) {
    const parts = q.split(' ');
    const k = i - parts.length;
    if (k < 0) continue;
    if (parts.every((p, n) => toks[k + n].w === p && (n === 0 || joined(toks[k + n]))) && (joined(toks[i]) || /^\s+[$€£¥]$/.test(toks[i].gap))) {
      return { text: q, index: k };
    }
  }
  return null;
}

// Plurals without an s: the noun a count ends on.
const PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'feet', 'mice']);

/** The noun phrase a number counts: up to `max` words, ending at the first plural noun
 * ("32 member countries", not "23 countries meet NATO's"). */
function nounAfter(toks: Tok[], j: number, max = 3): { noun: string[]; next: number } {
  const noun: string[] = [];
  while (j < toks.length && noun.length < max) {
    const t = toks[j];
    if (/[.,;:!?()"“”]/.test(t.gap) || /\n/.test(t.gap)) break;
    if (NOUN_STOP.has(t.w) || isDigits(t.w) || /(?:ed|ing|ly)$/.test(t.w) && noun.length) break;
    if (/(?:ed|ly)$/.test(t.w) && t.w.length > 4) break;
    noun.push(t.w);
    j++;
    if (PLURALS.has(t.w) || (/[^s]s$/.test(t.w) && t.w.length > 3)) break;
  }
  return { noun, next: j };
}

/** Every number mention in a text, left to right. */
export function findNumbers(text: string): NumberMention[] {
  const toks = tokens(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = readAt(toks, i, text);
    if (!found) {
      i++;
      continue;
    }
    const q = qualifierBefore(toks, found.first);
    // A currency sign belongs to its number: "$500 million".
    const sign = !q && toks[found.first].gap.slice(-1) in CURRENCIES ? 1 : 0;
    out.push({
      start: toks[q ? q.index : found.first].start - sign,
      end: toks[found.last].end,
      value: found.value,
      unit: found.unit,
      qualifier: q?.text ?? null,
      noun: found.noun,
      ...(found.month ? { month: found.month } : {}),
      ...(found.compound ? { compound: true } : {}),
    });
    i = found.last + 1;
  }
  return out;
}

interface Read {
  first: number;
  last: number;
  value: number;
  unit: NumberUnit;
  noun: string[];
  month?: number;
  compound?: boolean;
}

function readAt(toks: Tok[], i: number, text: string): Read | null {
  const w = toks[i].w;
  // Dates: "November 5", "Oct. 1", "1 October 2024", "2024-10-01".
  if (w in MONTHS && toks[i + 1] && /^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[i + 1].w) && /^[.\s]*$/.test(toks[i + 1].gap)) {
    const day = parseInt(toks[i + 1].w, 10);
    if (day >= 1 && day <= 31 && (w.length > 3 || text[toks[i].end] === '.' || w === 'may' ? /^[A-Z]/.test(text[toks[i].start]) : true)) {
      let last = i + 1;
      if (toks[last + 1] && /^\d{4}$/.test(toks[last + 1].w) && /^,?\s*$/.test(toks[last + 1].gap)) last++;
      return { first: i, last, value: day, unit: 'date', noun: [], month: MONTHS[w] };
    }
  }
  // "5 May 2024": a three-letter month after a day only with a year, so "5 may" is no date.
  const yearAfter = /^\d{4}$/.test(toks[i + 2]?.w ?? '');
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w) && toks[i + 1]?.w in MONTHS && (toks[i + 1].w.length > 3 || yearAfter) && /^\s+$/.test(toks[i + 1].gap)) {
    const day = parseInt(w, 10);
    if (day >= 1 && day <= 31) {
      let last = i + 1;
      if (toks[last + 1] && /^\d{4}$/.test(toks[last + 1].w) && /^,?\s*$/.test(toks[last + 1].gap)) last++;
      return { first: i, last, value: day, unit: 'date', noun: [], month: MONTHS[toks[i + 1].w] };
    }
  }
  if (/^\d{4}$/.test(w) && toks[i + 2] && toks[i + 1].gap === '-' && toks[i + 2].gap === '-' && /^\d{2}$/.test(toks[i + 1].w) && /^\d{2}$/.test(toks[i + 2].w)) {
    return { first: i, last: i + 2, value: Number(toks[i + 2].w), unit: 'date', noun: [], month: Number(toks[i + 1].w) };
  }

  // Ordinals: "14th", "third" ("1st" and "first" are not figures).
  const ord = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ord && Number(ord[1]) <= 1) return null;
  // Numbers run into letters ("10km", "the 1990s", "5G") are not counts we can compare.
  if (!ord && /^\d[\d.,]*\p{L}/u.test(w)) return null;
  if ((ord && Number(ord[1]) > 1) || w in ORDINAL_WORDS) {
    const value = ord ? Number(ord[1]) : ORDINAL_WORDS[w];
    const { noun, next } = nounAfter(toks, i + 1, 2);
    if (!noun.length) return null;
    return { first: i, last: next - 1, value, unit: 'ordinal', noun };
  }

  // "a decade", "nearly a decade", "a decade at the helm".
  if (w === 'a' && toks[i + 1]?.w === 'decade') return { first: i, last: i + 1, value: 10, unit: 'years', noun: ['decade'] };
  if (w === 'a' && toks[i + 2]?.w === 'decade' && /^\p{L}+$/u.test(toks[i + 1].w) && !NOUN_STOP.has(toks[i + 1].w)) {
    return { first: i, last: i + 2, value: 10, unit: 'years', noun: ['decade'] };
  }
  // "whose decade at the helm": a bare singular decade is ten years.
  if (w === 'decade' && !/^\d/.test(toks[i - 1]?.w ?? '')) return { first: i, last: i, value: 10, unit: 'years', noun: ['decade'] };
  if (w === 'half' && toks[i + 1]?.w === 'a' && toks[i + 2]?.w in SCALES) {
    return withUnit(toks, i, i + 2, 0.5 * SCALES[toks[i + 2].w]);
  }
  if (w === 'a' && toks[i + 1] && ['million', 'billion', 'thousand', 'dozen', 'hundred'].includes(toks[i + 1].w)) {
    return withUnit(toks, i, i + 1, toks[i + 1].w === 'dozen' ? 12 : SCALES[toks[i + 1].w]);
  }

  // An age set off by commas after a name: "Rutte, 57, said".
  if (/^\d{2,3}$/.test(w) && i > 0 && /^,\s+$/.test(toks[i].gap) && /^,/.test(toks[i + 1]?.gap ?? ',') && /^\p{Lu}/u.test(text[toks[i - 1].start])) {
    const age = Number(w);
    if (age >= 16 && age <= 110) return { first: i, last: i, value: age, unit: 'age', noun: [] };
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
    // Years as times of events: "in 2014", "2022".
    if (/^(?:19|20)\d\d$/.test(w) && last === i && !/^-/.test(toks[i + 1]?.gap ?? '')) {
      const after = nounAfter(toks, i + 1, 1);
      const countable = after.noun.length && /s$/.test(after.noun[0]) && !/^[A-Z]/.test(text[toks[i + 1].start]);
      if (!countable) return { first: i, last: i, value, unit: 'year', noun: [] };
    }
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
  // Money: "$500 million", "€1.5 billion", "£20" count currency ("in aid" may follow).
  const currency = CURRENCIES[toks[i].gap.slice(-1)];
  if (currency) {
    const after = nounAfter(toks, last + 1, 1);
    return { first: i, last, value, unit: 'count', noun: [currency, ...after.noun.filter((w) => w === currency)] };
  }
  // "aged 57": an age without the hyphens.
  if (toks[i - 1]?.w === 'aged' && value >= 1 && value <= 120) return { first: i, last, value, unit: 'age', noun: [] };
  return withUnit(toks, i, last, value);
}

const CURRENCIES: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' };

/** The unit after a number ending at toks[last]: percent, years, age, or the counted noun. */
function withUnit(toks: Tok[], first: number, last: number, value: number): Read | null {
  const n1 = toks[last + 1];
  const n2 = toks[last + 2];
  if (n1 && (n1.w === '%' || n1.w === 'percent' || (n1.w === 'per' && n2?.w === 'cent'))) {
    return { first, last: n1.w === 'per' ? last + 2 : last + 1, value, unit: 'percent', noun: ['percent'] };
  }
  if (n1 && /^years?$/.test(n1.w) && n2?.w === 'old' && toks[last + 3]?.gap !== '-' ) {
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
  const { noun, next } = nounAfter(toks, last + 1);
  if (!noun.length) return null;
  // "one" as a pronoun or article ("one of", "one member") is not a figure.
  if (value === 1 && !/^\d/.test(toks[first].w)) return null;
  return { first, last: next - 1, value, unit: 'count', noun, ...(n1?.gap === '-' && noun.length > 1 ? { compound: true } : {}) };
}
