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

// Marked pure: a call at a module's top level is otherwise kept by the bundler, with all it reaches,
// in every script that imports the module (the detector does, and must stay within 2.5 KB).
/** The comparison form of one word, as tokenize gives it ("Ukraine’s" -> "ukraine's"). */
export const wordForm = /* @__PURE__ */ memoByWord((raw) => tokenize(raw)[0]?.norm ?? '', 50_000);

// Every way the code reads words lives here, each for what it reads:
// - WORD (tokenize): comparison forms, numbers with their separators (matching);
// - PLAIN (plainWords, plainSpans): lower-case words, possessives dropped (detection, context);
// - SPEECH_WORD (speechWords): an attribution's words, inner full stops too ("U.S."), read once
//   per block by the reading (lib/text/reading.ts);
// - NAME_WORD: words as names are written, a title's full stop kept ("Mr.", "Secretary-General");
//   nameWords cuts the same words from a block's speech words;
// - NUMBER_TOKEN: digits with their separators and suffixes, words and "%" (reading figures).
export const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;
const SPEECH_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
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

/** Where a word stands in its text: [start, end). */
export interface WordSpan {
  start: number;
  end: number;
}

/** The speech words of a text: letters and marks with inner apostrophes, hyphens and full stops. */
export function speechWords(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  SPEECH_WORD.lastIndex = 0;
  for (let m = SPEECH_WORD.exec(text); m; m = SPEECH_WORD.exec(text)) out.push({ start: m.index, end: SPEECH_WORD.lastIndex });
  return out;
}

// What a speech word holds besides letters and marks.
const INNER = "'’.-";

/** The name words of a text from its speech words: each cut after its full stops, every piece
 * from its first letter or mark ("U.S.-led" -> "U.", "S.", "led"): the words NAME_WORD reads. */
export function nameWords(text: string, words: WordSpan[]): WordSpan[] {
  const out: WordSpan[] = [];
  for (const w of words) {
    // Most words hold no full stop but perhaps a last one ("said."): they are name words whole.
    let dot = w.start;
    while (dot < w.end && text.charCodeAt(dot) !== FULL_STOP) dot++;
    if (dot >= w.end - 1) {
      out.push(w);
      continue;
    }
    for (let i = w.start; i < w.end; ) {
      while (i < w.end && INNER.includes(text[i])) i++;
      if (i >= w.end) break;
      let end = i;
      while (end < w.end && text.charCodeAt(end) !== FULL_STOP) end++;
      if (end < w.end) end++;
      out.push({ start: i, end });
      i = end;
    }
  }
  return out;
}
const FULL_STOP = 46;

/** The speech words of text.slice(from, to), placed in the whole text, from the whole text's
 * speech words: those the slice cuts start at their first letter or mark inside it. */
export function speechWordsIn(text: string, words: WordSpan[], from: number, to: number): WordSpan[] {
  const out: WordSpan[] = [];
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < words.length && words[k].start < to; k++) {
    let start = Math.max(words[k].start, from);
    let end = Math.min(words[k].end, to);
    // A cut through a character's surrogate pair leaves half a character, which is no letter.
    if (start > words[k].start && isLowSurrogate(text, start)) start++;
    while (start < end && INNER.includes(text[start])) start++;
    if (end < words[k].end && end > start && isHighSurrogate(text, end - 1)) end--;
    if (start < end) out.push(start === words[k].start && end === words[k].end ? words[k] : { start, end });
  }
  return out;
}

const isLowSurrogate = (text: string, i: number) => (text.charCodeAt(i) & 0xfc00) === 0xdc00;
const isHighSurrogate = (text: string, i: number) => (text.charCodeAt(i) & 0xfc00) === 0xd800;

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
