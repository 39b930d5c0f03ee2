import { ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './lexicon';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;

/** True when the text before a break ends in an abbreviation or an initialism (U.S., E.U.). */
function endsInAbbreviation(before: string): boolean {
  const m = /(?:^|[\s("'\u201c\u2018])((?:\p{L}\.)+|\p{L}+\.)\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1];
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return true;
  if (/^\p{Lu}\.$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

/** Sentences with offsets, from Intl.Segmenter, with breaks after abbreviations repaired.
 * A break after an initialism is kept when the next word starts a new sentence
 * ("...the U.S. The next day"): only a lower-case word or a name after "Mr." joins. */
export function splitSentences(text: string): Sentence[] {
  let out = split.get(text);
  if (!out) {
    if (split.size >= MAX_SPLIT) split.clear();
    split.set(text, (out = segmentSentences(text)));
  }
  return out;
}
// A page's blocks are split by the quotes, the figures and the self-check alike: each once.
// Callers only read what they get.
const split = new Map<string, Sentence[]>();
const MAX_SPLIT = 2_000;

function segmentSentences(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces: { start: number; end: number }[] = [];
  for (const seg of segments(segmenter, text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    const prev = pieces[pieces.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), seg.segment)) prev.end = end;
    else pieces.push({ start, end });
  }
  const out: Sentence[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

// Intl.Segmenter slows down more than linearly on very long strings (seconds at 1 MB in Node
// 20): long text is cut at clear sentence ends into pieces of about this size first.
const PIECE = 8_000;

function* segments(seg: Intl.Segmenter, text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > PIECE * 2) {
      const window = text.slice(from + PIECE, from + PIECE * 2);
      const cut = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/u.exec(window);
      to = cut ? from + PIECE + cut.index + cut[0].length : from + PIECE * 2;
    }
    for (const s of seg.segment(text.slice(from, to))) yield { index: s.index + from, segment: s.segment };
    from = to;
  }
}

function shouldJoin(before: string, after: string): boolean {
  const next = after.trimStart();
  // A quoted question or exclamation inside a sentence: ‘People ask me, “Can you?” and I…’.
  if (/[?!]["”’»]\s*$/u.test(before) && /^\p{Ll}/u.test(next)) return true;
  if (!endsInAbbreviation(before)) return false;
  if (!next) return false;
  const word = /^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? '';
  const abbr = /([\p{L}.]+)\.\s*$/u.exec(before)?.[1].toLowerCase() ?? '';
  // Titles always bind to the following name; initialisms and months bind unless the next
  // word looks like a sentence start (a capitalised function word).
  if (TITLE_ABBREVIATIONS.has(abbr)) return true;
  if (/^\p{N}/u.test(word) || /^\p{Ll}/u.test(word)) return true;
  return !SENTENCE_STARTERS.has(word.toLowerCase());
}
