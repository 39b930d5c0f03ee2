import { SPELLING_PATTERNS, STOPWORDS } from './lexicon';
import { normalizeChars } from './normalize';
import { memoByWord } from './word-memo';

export interface Token {
  /** Lower-case comparison form: punctuation gone, apostrophes straight. */
  norm: string;
  start: number;
  end: number;
}

// A word: letters or digits, with inner apostrophes (I'm, Ukraine's), inner hyphens kept apart
// below, and inner separators in numbers (1,000 and 2.5).
const WORD = /[\p{L}\p{N}]+(?:[.,](?=\p{N})\p{N}+)*(?:'[\p{L}]+)*/gu;

/** Word tokens of a text with their offsets into it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of normalizeChars(text).matchAll(WORD)) {
    // NFKC only changes characters outside ASCII; most words have none.
    const norm = (/[^\x00-\x7f]/.test(m[0]) ? m[0].normalize('NFKC') : m[0]).toLowerCase().replace(/,/g, '');
    out.push({ norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The comparison form of one word, as tokenize gives it ("Ukraine’s" -> "ukraine's"). */
export const wordForm = memoByWord((raw) => tokenize(raw)[0]?.norm ?? '', 50_000);

// Every way the code reads words lives here, each for what it reads:
// - WORD (tokenize): comparison forms, numbers with their separators (matching);
// - PLAIN (plainWords, plainSpans): lower-case words, possessives dropped (detection, context);
// - NAME_WORD: words as names are written, a title's full stop kept ("Mr.", "Secretary-General");
// - SPEECH_WORD: an attribution's words, inner full stops too ("U.S.");
// - NUMBER_TOKEN: digits with their separators and suffixes, words and "%" (reading figures).
export const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;
export const SPEECH_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
export const NUMBER_TOKEN = /\d+(?:[.,]\d+)*\p{L}*|\p{L}+|%/gu;

// The plain tokenizer, light enough for the always-on detector: words with inner apostrophes,
// a possessive 's dropped ("NATO's" -> "nato"), in lower case.
const PLAIN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const plain = (word: string) => word.toLowerCase().replace(/['’]s$/, '');

/** Plain words of a text, lower case, possessives dropped. */
export function plainWords(text: string): string[] {
  return (text.match(PLAIN) ?? []).map(plain);
}

/** Plain words with their offsets, and as written. */
export function plainSpans(text: string): { w: string; raw: string; start: number }[] {
  return Array.from(text.matchAll(PLAIN), (m) => ({ w: plain(m[0]), raw: m[0], start: m.index }));
}

/** Just the comparison forms. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}


export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A light stemmer: enough to equate pushing/pushed/push and election/elections for gist. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w;
}

/** The form British and American spellings of a word share ("defence", "defense" -> "defense"). */
export function spellingForm(norm: string): string {
  for (const [pattern, to] of SPELLING_PATTERNS) if (pattern.test(norm)) return norm.replace(pattern, to);
  return norm;
}
