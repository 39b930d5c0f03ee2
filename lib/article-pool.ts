// The reader's article pool: articles from feeds and from pages read, one record each, kept in
// IndexedDB (reader-store.ts) for the clustering to find stories in. An article reached at two
// addresses, or printed by two sites word for word, is one record with every address.
import { fnv1a } from './text/hash';
import type { PageSource } from './article';
import { normalizeChars } from './text/normalize';

export type PoolOrigin = 'feed' | 'reading';

export interface PoolRecord {
  id: string;
  /** Every address the article was found at, first one first. */
  urls: string[];
  title: string;
  outlet: string;
  /** YYYY-MM-DD as the page or feed states it, or ''. */
  date: string;
  blocks: string[];
  origin: PoolOrigin;
  /** The feed it came from, when it came from one. */
  feed?: string;
  addedAt: number;
  /** Hash of the normalised text: near-identical copies share it. */
  textKey: string;
}

/** What the reader sees of the pool. */
export interface PoolStats {
  articles: number;
  /** Bytes the records take, counted as UTF-16 text of their fields. */
  bytes: number;
  /** When the oldest article came in, ms; null when the pool is empty. */
  oldest: number | null;
}

export interface PoolLimits {
  maxArticles: number;
  maxDays: number;
}

const DAY_MS = 86_400_000;

/** FNV-1a over the text (lib/text/hash) and a second, differently mixed lane: a 16-hex-digit key,
 * wide enough that two articles' texts do not share one by chance. */
function hash(text: string): string {
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) ^ (b >>> 15);
  return fnv1a(text).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Text the same once case, punctuation, quote marks and spacing are set aside gives the same key. */
export function textKeyOf(blocks: readonly string[]): string {
  const words = normalizeChars(blocks.join(' ')).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return hash(words.join(' '));
}

/** A new pool record from an article read from a feed or a page. */
export function poolRecord(page: PageSource, origin: PoolOrigin, now: number, extra: { urls?: string[]; feed?: string } = {}): PoolRecord {
  const urls = [...new Set([page.url, ...(extra.urls ?? [])].filter(Boolean))];
  const textKey = textKeyOf(page.blocks);
  return {
    id: `pool-${hash(urls[0] ?? '')}-${textKey.slice(0, 8)}`,
    urls,
    title: page.title,
    outlet: page.outlet,
    date: page.date,
    blocks: page.blocks,
    origin,
    ...(extra.feed ? { feed: extra.feed } : {}),
    addedAt: now,
    textKey,
  };
}

/** The record kept when `incoming` is the same article as `existing`: the existing one, with
 * the addresses it lacked; null when it has them all already. */
export function mergeAddresses(existing: PoolRecord, incoming: PoolRecord): PoolRecord | null {
  const more = incoming.urls.filter((u) => !existing.urls.includes(u));
  return more.length ? { ...existing, urls: [...existing.urls, ...more] } : null;
}

/** The oldest moment an article may have come in and still stay. */
export const keptSince = (limits: PoolLimits, now: number) => now - limits.maxDays * DAY_MS;

/** How many of the oldest records leave: the `old` ones (came in before keptSince), then as
 * many more as the pool holds beyond maxArticles. */
export function leaving(total: number, old: number, limits: PoolLimits): number {
  return old + Math.max(0, total - old - limits.maxArticles);
}

/** Bytes a record takes, as the pool's limits count them. */
export function recordBytes(r: PoolRecord): number {
  let n = r.title.length + r.outlet.length + r.date.length + r.id.length + r.textKey.length + (r.feed?.length ?? 0) + 16;
  for (const u of r.urls) n += u.length;
  for (const b of r.blocks) n += b.length;
  return n * 2;
}
