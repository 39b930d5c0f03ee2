// An article in the reader's pool: only what its page or feed states, nothing filled in.
import { statedDate } from '../text/dates';
import { DAY_MS } from './days';

export interface PoolArticle {
  /** The pool's key: a page's canonical address, or a feed item's id. */
  id: string;
  url: string;
  title: string;
  /** The site's name as the page states it; '' when it does not. */
  outlet: string;
  /** YYYY-MM-DD as the page states it; '' when it does not (or states nonsense). */
  date: string;
  blocks: string[];
}

/** Dates before this or more than a day ahead of `now` are a page's mistake, not its date. */
const EARLIEST = Date.UTC(1990, 0, 1);

/** The day number (days since 1970) of a YYYY-MM-DD date, or null when it is not one. */
export function dayOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || valid(+m[1], +m[2], +m[3]) !== date) return null;
  const ms = Date.parse(date);
  return ms < EARLIEST ? null : Math.floor(ms / DAY_MS);
}

/** The YYYY-MM-DD of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A date as a byline prints it: "13/06/2026", "2026-06-13", or with its month in words
 * ("Friday 21 February 2025", "June 13, 2026": the project's date reader). Day before month in
 * numeric form, as the pages that use it do. */
export function bylineDate(text: string): string {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return valid(+iso[1], +iso[2], +iso[3]);
  const numeric = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (numeric) return valid(+numeric[3], +numeric[2], +numeric[1]);
  const stated = statedDate(text);
  return stated === null ? '' : dateOfDay(Math.floor(stated / DAY_MS));
}

function valid(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.toISOString().slice(0, 10) : '';
}

/** An article as the pool keeps it: text blocks trimmed and empty ones dropped, a date the pool
 * cannot place (malformed, before 1990, after `today`) left out. */
export function cleanArticle(article: PoolArticle, today: number): PoolArticle {
  const day = dayOf(article.date);
  return {
    id: article.id,
    url: article.url,
    title: article.title.trim(),
    outlet: article.outlet.trim(),
    date: day !== null && day <= today + 1 ? article.date : '',
    blocks: article.blocks.map((b) => b.trim()).filter(Boolean),
  };
}
