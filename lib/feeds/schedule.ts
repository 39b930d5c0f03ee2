// The decisions about a feed that need no browser: which feeds are due, which items are new,
// what the reader is told on the feed's row.
import type { Fetched, Validators } from './fetch';
import type { FeedItem } from './parse';

/** At most one scheduled fetch per feed in this time. */
export const FEED_PERIOD_MS = 30 * 60_000;
/** "Refresh now" may fetch sooner, but never more often than this. */
export const MANUAL_GAP_MS = 60_000;
/** How often the alarm wakes the background to look for feeds that are due. */
export const ALARM_PERIOD_MINUTES = 10;
export const ALARM_NAME = 'feeds';
/** New items taken from one fetch of one feed; the rest are left. */
export const MAX_NEW_ITEMS = 50;
/** Item keys remembered per feed, so an item seen once is not read again. */
export const MAX_SEEN = 2000;

/** A subscribed feed as stored. */
export interface FeedRecord {
  url: string;
  /** The feed's own title, once read. */
  title: string;
  addedAt: number;
  /** When it was last fetched (or tried), ms; null before the first try. */
  fetchedAt: number | null;
  status: 'ok' | 'error';
  /** One line for the reader: what the last fetch did, or why it failed. */
  line: string;
  /** Items the feed listed at its last successful read. */
  items: number;
  validators: Validators;
  /** Keys of the items already taken (or left), newest last. */
  seen: string[];
}

/** A feed as the options page shows it. */
export type FeedRow = Omit<FeedRecord, 'validators' | 'seen'>;

export const toRow = ({ validators: _v, seen: _s, ...row }: FeedRecord): FeedRow => row;

export function newFeed(url: string, now: number): FeedRecord {
  return { url, title: '', addedAt: now, fetchedAt: null, status: 'ok', line: 'Not read yet.', items: 0, validators: {}, seen: [] };
}

/** Whether a feed may be fetched now: on the schedule every FEED_PERIOD_MS, on request every MANUAL_GAP_MS. */
export function isDue(feed: Pick<FeedRecord, 'fetchedAt'>, now: number, manual: boolean): boolean {
  if (feed.fetchedAt === null) return true;
  return now - feed.fetchedAt >= (manual ? MANUAL_GAP_MS : FEED_PERIOD_MS);
}

/** The items not taken before, at most MAX_NEW_ITEMS, in the feed's order. */
export function newItems(items: FeedItem[], seen: readonly string[]): FeedItem[] {
  const known = new Set(seen);
  return items.filter((i) => !known.has(i.key)).slice(0, MAX_NEW_ITEMS);
}

/** The keys to remember after a read: the items taken now after the older ones, at most
 * MAX_SEEN. Items left over stay unseen and are taken by a later read. */
export function nextSeen(taken: FeedItem[], seen: readonly string[]): string[] {
  const keys = new Set(taken.map((i) => i.key));
  return [...new Set([...seen.filter((k) => !keys.has(k)), ...keys])].slice(-MAX_SEEN);
}

/** How a fetch of a feed ended. */
export type FeedOutcome =
  | Exclude<Fetched, { kind: 'body' }>
  | { kind: 'not-a-feed' }
  | { kind: 'malformed' }
  | { kind: 'read'; listed: number; added: number; unreadable: number; left: number };

const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The row's status and its one line. */
export function statusOf(o: FeedOutcome): { status: 'ok' | 'error'; line: string } {
  const error = (line: string) => ({ status: 'error' as const, line });
  switch (o.kind) {
    case 'not-modified':
      return { status: 'ok', line: 'No change since the last read.' };
    case 'http':
      return error(o.status === 404 || o.status === 410 ? `Not found (HTTP ${o.status}): check the address.` : `The site answered HTTP ${o.status}.`);
    case 'timeout':
      return error('The site did not answer within 15 seconds.');
    case 'too-big':
      return error('The feed is over 5 MB: not read.');
    case 'network':
      return error('Could not reach the site.');
    case 'not-a-feed':
      return error('This address is not an RSS or Atom feed.');
    case 'malformed':
      return error('The feed is broken (its XML could not be read).');
    case 'read': {
      const parts = [`${s(o.added, 'new article')} added`];
      if (o.unreadable) parts.push(`${o.unreadable} linked ${o.unreadable === 1 ? 'page has' : 'pages have'} no readable article`);
      if (o.left) parts.push(`${o.left} more left for later reads`);
      return { status: 'ok', line: parts.join('; ') + '.' };
    }
  }
}

/** A feed address as the reader typed it -> an absolute http(s) URL, or null. */
export function feedAddress(input: string): string | null {
  const text = input.trim();
  if (!text || text.length > 2000) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
