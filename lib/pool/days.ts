// When an event happened, as far as the pool can tell: the days its articles were published and
// the days their leads look ahead to ("will unveil the car on March 24", "will meet on April 16
// and 17"). Reports of one event are published within days of each other; an announcement months
// ahead names the day. A date never joins two articles alone: their words must agree, if less
// when their leads name the same day (cluster.ts).
import { RELATIVE_DAYS, WEEKDAYS } from '../text/lexicon';

/** Days around an event in which its reports appear, before the first and after the last. */
export const WINDOW_DAYS = 4;
/** A day in milliseconds: the pool counts dates in whole days since 1970. */
export const DAY_MS = 86_400_000;
const WEEK = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface DaySpan {
  /** First and last publication day (days since 1970), null when no article states a date. */
  from: number | null;
  to: number | null;
  /** Days the articles look ahead to. */
  ahead: number[];
}

/** Of the days a lead names (lead.ts), those after `published` beyond the window: the event
 * an announcement looks ahead to. */
export function aheadDays(named: number[], published: number): number[] {
  return named.filter((d) => d - published > WINDOW_DAYS);
}

/** Whether two spans can be one event: a day of one within the window of the other's
 * publication days. A span with no dates fits any. */
export function datesCompatible(a: DaySpan, b: DaySpan): boolean {
  if (a.from === null || b.from === null) return true;
  const near = (days: number[], span: DaySpan) => days.some((d) => d >= span.from! - WINDOW_DAYS && d <= span.to! + WINDOW_DAYS);
  return near([a.from, a.to!, ...a.ahead], b) || near([b.from, b.to!, ...b.ahead], a);
}

/** The day a word names in a text published on `published` (days since 1970): a weekday is the
 * last such day on or before it ("on Sunday" in Monday's paper), "yesterday" the day before. */
export function dayNamed(word: string, published: number): number | null {
  if (word in RELATIVE_DAYS) return published + RELATIVE_DAYS[word];
  if (!WEEKDAYS.has(word)) return null;
  const index = WEEK.findIndex((d) => d.startsWith(word.slice(0, 3)));
  return published - ((new Date(published * DAY_MS).getUTCDay() - index + 7) % 7);
}
