// What an article's lead says: the headline and opening paragraphs carry the event a report is
// about ("reaches the final" on Saturday, "wins the title" on Sunday), while later paragraphs
// recall others. The lead's words and the days it names are the article's event signature.
import { findNumbers } from '../text/numbers';
import { bylineDate } from './article';
import { DAY_MS, dayNamed } from './days';
import { termWords } from './terms';

/** Opening blocks read as the lead, after the headline. */
const LEAD_BLOCKS = 2;
/** A block this short that prints a date is a byline or dateline, not the lead. */
const BYLINE_CHARS = 80;
/** How far before publication a month and day can name the event (a weekly's report). */
const BACK_DAYS = 7;
/** How far ahead they can (an announcement months before). */
const AHEAD_DAYS = 366;

export interface Lead {
  /** The lead's words, as terms.ts makes them. */
  words: Set<string>;
  /** Days (since 1970) the lead names: weekdays, "yesterday", month and day; ascending. */
  days: number[];
}

/** The headline and the first blocks that are not a byline. */
export function leadTexts(title: string, blocks: string[]): string[] {
  return [title, ...blocks.filter((b) => !(b.length < BYLINE_CHARS && bylineDate(b))).slice(0, LEAD_BLOCKS)];
}

/** The days a text names, read from its publication day. */
export function namedDays(text: string, published: number): number[] {
  const out = new Set<number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const day = dayNamed(m[0], published);
    if (day !== null) out.add(day);
  }
  const year = new Date(published * DAY_MS).getUTCFullYear();
  for (const n of findNumbers(text)) {
    if (n.unit !== 'date' || !n.month) continue;
    const days = [year - 1, year, year + 1].map((y) => Math.floor(Date.UTC(y, n.month! - 1, n.value) / DAY_MS));
    const day = days.find((d) => d - published >= -BACK_DAYS && d - published <= AHEAD_DAYS);
    if (day !== undefined) out.add(day);
  }
  return [...out];
}

export function articleLead(title: string, blocks: string[], published: number | null): Lead {
  const texts = leadTexts(title, blocks);
  return {
    words: new Set(texts.flatMap((t) => termWords(t))),
    days: published === null ? [] : [...new Set(texts.flatMap((t) => namedDays(t, published)))].sort((a, b) => a - b),
  };
}
