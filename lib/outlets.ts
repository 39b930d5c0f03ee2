// What a reader calls a source in a chip: its outlet, or, for an article that names none, a
// short label made from what it does state (its title, else its opening words), cut at a word
// boundary. Never an invented outlet.
import { MONTHS, WEEKDAYS } from './text/lexicon';

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

/** The chip's words for one source. */
export function chipLabel(source: SourceNaming): string {
  if (source.outlet) return source.outlet;
  return shortenAtWord(source.title || withoutDateline(source.label));
}

/** "AP · Reuters · Bloomberg +2": distinct names, the first few shown. */
export function chipsLine(names: string[], shown = CHIPS_SHOWN): { chips: string[]; more: number } {
  const distinct = [...new Set(names)];
  return { chips: distinct.slice(0, shown), more: Math.max(0, distinct.length - shown) };
}
