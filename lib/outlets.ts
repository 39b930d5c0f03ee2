// What a source is called by: the outlet its article names (never an invented one), and the
// pieces lib/source-names builds a name from when it names none: a headline without its leading
// date, a label cut at a word boundary, chips in a line.
import { BYLINE_JOB_WORDS, LEGAL_NAME_ENDINGS, MONTHS, WEEKDAYS } from './text/lexicon';

export interface SourceNaming {
  title: string;
  /** The title, else the article's opening words (lib/corpus sourceLabel). */
  label: string;
  outlet: string;
}

const CHIP_CHARS = 24;
/** Chips shown before "+n". */
export const CHIPS_SHOWN = 3;

/** Cuts `text` at the last word boundary within `max` characters, marking the cut with "…". */
export function shortenAtWord(text: string, max = CHIP_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // Opening words that were cut already keep their mark.
  if (clean.length <= max) return clean;
  const words = clean.split(' ');
  let out = words[0].slice(0, max).replace(/…$/, '');
  for (const w of words.slice(1)) {
    if (out.length + 1 + w.length > max || w.endsWith('…')) break;
    out += ' ' + w;
  }
  return out.replace(/[\s,;:.\-–—]+$/, '') + '…';
}

const DATE_WORDS = new Set([...MONTHS.map((m) => m.toLowerCase()), ...[...WEEKDAYS].map((d) => String(d).toLowerCase())]);
/** A leading dateline ("Tuesday, October 01, 2024 - ") says when, not what: it is skipped. */
export function withoutDateline(text: string): string {
  const m = /^([\p{L}\d ,.]+?)\s+[-–—]\s+/u.exec(text);
  if (!m) return text;
  const words = m[1].toLowerCase().split(/[\s,.]+/).filter(Boolean);
  return words.every((w) => DATE_WORDS.has(w) || /^\d+$/.test(w)) ? text.slice(m[0].length) : text;
}

/** "AP · Reuters · Bloomberg +2": distinct names, the first few shown. */
export function chipsLine(names: string[], shown = CHIPS_SHOWN): { chips: string[]; more: number } {
  const distinct = [...new Set(names)];
  return { chips: distinct.slice(0, shown), more: Math.max(0, distinct.length - shown) };
}

// ── The outlet an article names ──────────────────────────────────────────────────────────────

// Capitalised words, as an outlet's name is written ("Meridian Wire", "The Associated Press").
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}`;
/** A dateline's agency: the place in capitals, perhaps a date, the agency in brackets and a
 * dash ("ALDERSUND, March 13 (Meridian Wire) - ", "(Bloomberg) -- ", "BRUSSELS (AP) — "). */
const DATELINE = new RegExp(String.raw`^(?:\p{Lu}[\p{Lu}\s.'-]*(?:,\s*\p{L}+\.?\s+\d{1,2})?\s*)?\((${NAME})\)\s*(?:--?|[–—])\s`, 'u');
/** A byline with its outlet: "By Jane Doe, Some Outlet", "By Jane Doe | Some Outlet". */
const BYLINE = new RegExp(String.raw`^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[,|]\s*(${NAME})\s*$`, 'u');
/** A credit line: "©2024 Bloomberg L.P.", "Copyright 2024 The Associated Press. All rights reserved." */
const CREDIT = new RegExp(String.raw`^(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{4}\s*)?(${NAME})`, 'u');
/** An agency's initials signing off the text: "— AP" on its own line or after the last sentence. */
const SIGN_OFF = /(?:^|[.!?"”]\s+)(?:--?|[–—])\s*(\p{Lu}{2,6})\s*$/u;
/** Lines at the top read for a dateline or byline, and at the end for a credit or sign-off. */
const HEAD_LINES = 20;
const TAIL_LINES = 4;

/** The outlet an article's own text names, in its dateline, byline or credit line; '' when it
 * names none. */
export function outletStated(body: string): string {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(0, HEAD_LINES)) {
    const found = DATELINE.exec(line)?.[1] ?? bylineOutlet(line);
    if (found) return outletName(found);
  }
  for (const line of lines.slice(-TAIL_LINES).reverse()) {
    const found = CREDIT.exec(line)?.[1] ?? SIGN_OFF.exec(line)?.[1];
    if (found) return outletName(found);
  }
  return '';
}

function bylineOutlet(line: string): string | undefined {
  const outlet = BYLINE.exec(line)?.[1];
  return outlet && !outlet.split(/\s+/).some((w) => BYLINE_JOB_WORDS.has(w.toLowerCase())) ? outlet : undefined;
}

/** A name as a chip shows it: up to its first sentence end, a legal ending ("L.P.") left off. */
function outletName(found: string): string {
  const words = found.split(/\.\s/)[0].split(/\s+/);
  while (words.length > 1 && LEGAL_NAME_ENDINGS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ').replace(/[.,]$/, '');
}
