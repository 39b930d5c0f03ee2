// Quotation marks paired into spans (CLAIMS.md §2): which marks open and close a quotation,
// double marks first, single ones outside them, British nesting kept whole.
import { CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS, SINGLE_QUOTE_MARKS } from './lexicon';
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the block's length when the quote runs on. */
  close: number;
}

const ALWAYS_OPEN = OPENING_QUOTE_MARKS;
const ALWAYS_CLOSE = CLOSING_QUOTE_MARKS;
const DOUBLE = DOUBLE_QUOTE_MARKS;
const SINGLE = SINGLE_QUOTE_MARKS;

export const isQuoteMark = (c: string) => DOUBLE.has(c) || SINGLE.has(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function canOpen(text: string, i: number): boolean {
  if (ALWAYS_OPEN.has(text[i])) return true;
  if (ALWAYS_CLOSE.has(text[i])) return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  return (isSpace(prev) || /[([{\u2014\u2013\-/:;,]/.test(prev) || DOUBLE.has(prev) || SINGLE.has(prev)) && !isSpace(next);
}

function canClose(text: string, i: number): boolean {
  if (ALWAYS_CLOSE.has(text[i])) return true;
  if (ALWAYS_OPEN.has(text[i])) return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isSpace(prev)) return false;
  // Paragraphs run together by a page: `…elections."To keep…` closes after the full stop.
  return isSpace(next) || /[.,;:!?)\]}\u2014\u2013\-]/.test(next) || DOUBLE.has(next) || SINGLE.has(next) || (/[.!?]/.test(prev) && /\p{Lu}/u.test(next));
}

// Each family's marks as one character class (all are single UTF-16 units).
const MARKS = new Map([DOUBLE, SINGLE].map((family) => [family, new RegExp(`[${[...family].join('')}]`, 'g')]));

/** Pairs marks of one family left to right; an opener left open at the end runs to the end of
 * the block only when it opened the block (a quote continued in the next paragraph). */
function pairMarks(text: string, family: Set<string>, skip: (i: number) => boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Only the family's marks are visited, found by one search rather than a test per character.
  for (const m of text.matchAll(MARKS.get(family)!)) {
    const i = m.index;
    if (skip(i)) continue;
    if (family === SINGLE && isWordChar(text[i - 1]) && isWordChar(text[i + 1])) continue; // I'm, the city's
    if (open < 0) {
      if (canOpen(text, i)) open = i;
    } else if (canClose(text, i)) {
      spans.push({ open, close: i });
      open = -1;
    } else if (canOpen(text, i)) {
      // A quotation the writer opens again after a full stop, never closing the first, is two:
      // `“And stay calm. “I said to the players…”` (the first ends before the second).
      if (startsSentence(text, i) && startsSentence(text, open)) spans.push({ open, close: text.slice(0, i).trimEnd().length });
      open = i;
    }
  }
  // An opener left open runs to the end of the block when it starts a sentence: a quotation
  // continued in the next paragraph, whose closing mark is there (news style).
  if (open >= 0 && startsSentence(text, open) && text.length - open > 20) spans.push({ open, close: text.length });
  return spans;
}

/** Whether a mark at i opens a sentence: first in the block, or after a sentence's end. */
function startsSentence(text: string, i: number): boolean {
  return !/\S/.test(text.slice(0, i)) || /[.!?…]["'\u201d\u2019]?\s+$/.test(text.slice(Math.max(0, i - 8), i));
}

/** Quotation spans of a block: double marks first; single marks only outside them. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = pairMarks(text, DOUBLE, () => false);
  const inside = (i: number) => doubles.some((s) => i >= s.open && i <= s.close);
  const singles = pairMarks(text, SINGLE, inside).filter((s) => {
    // A single-quoted span must not end on a possessive apostrophe ("members' ... ")
    const inner = text.slice(s.open + 1, s.close);
    return inner.trim().length > 1 && !/^\s/.test(inner);
  });
  // British style nests the other way: ‘… “…” …’. A quote inside another is part of it.
  const all = [...doubles, ...singles];
  return all.filter((s) => !all.some((o) => o !== s && o.open < s.open && o.close > s.close)).sort((a, b) => a.open - b.open);
}

/** Ranges of a block that are inside quotation marks, the marks included. */
export function quotedRanges(spans: QuoteSpan[]): [number, number][] {
  return spans.map((s) => [s.open, s.close + 1]);
}
