// A feed document (RSS 2.0, RSS 1.0/RDF or Atom) as the items it lists, through fast-xml-parser:
// the XML is parsed by the library, this module only reads its fields. Nothing is invented: an
// item keeps the title, date and address the feed states, and its full text only when the feed
// carries a whole article (not a teaser).
import { XMLParser } from 'fast-xml-parser';
import { htmlToBlocks, plainText } from './text';
import { absoluteUrl } from './url';

export interface FeedItem {
  /** What identifies the item within its feed: its guid or Atom id, else its link. */
  key: string;
  /** The item's article address (absolute http(s)), or '' when it gives none. */
  url: string;
  title: string;
  /** YYYY-MM-DD as the feed states it, or ''. */
  date: string;
  /** The article's text when the feed carries it whole; empty: read the linked page. */
  blocks: string[];
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

/** The document is not a feed (an HTML page, another XML format, or not XML at all). */
export class NotAFeed extends Error {}

/** Items read from one document at most, whatever it lists. */
export const MAX_ITEMS_READ = 500;
/** Feed content shorter than this (in characters of text) is a teaser: the page is read instead. */
export const FULL_TEXT_CHARS = 600;

// Entities declared in a DOCTYPE are expanded only within small bounds: an entity bomb stops
// with an error instead of filling memory. The bounds apply to those alone ('external'): the
// built-in &lt; &amp; of escaped HTML, thousands in any long feed, are not counted. (The parser
// reads appliesTo, which its type declarations do not list yet.)
const entityLimits = { maxEntitySize: 2000, maxTotalExpansions: 2000, maxExpandedLength: 100_000, maxEntityCount: 50, appliesTo: 'external' };
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: false,
  processEntities: entityLimits,
});

type Node = unknown;
type Obj = Record<string, unknown>;

const isObj = (v: Node): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: Node): Node[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The text of an element, whatever shape the parser gave it (string, {#text}, nested XHTML). */
function textOf(v: Node, depth = 0): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (depth > 20) return '';
  if (Array.isArray(v)) return v.map((x) => textOf(x, depth + 1)).join(' ');
  if (!isObj(v)) return '';
  return Object.entries(v)
    .filter(([k]) => !k.startsWith('@'))
    .map(([, x]) => textOf(x, depth + 1))
    .join(' ');
}

/** The first of several candidate elements that has text. */
const first = (o: Obj, ...names: string[]) => names.map((n) => textOf(list(o[n])[0]).trim()).find(Boolean) ?? '';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The day a feed date states, YYYY-MM-DD: ISO 8601 and RFC 822 as written (not moved to UTC),
 * else whatever Date.parse makes of it; '' when it is no date. */
export function feedDate(raw: string): string {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return +iso[2] >= 1 && +iso[2] <= 12 && +iso[3] >= 1 && +iso[3] <= 31 ? iso[0] : '';
  const rfc = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(text);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
  if (rfc && month >= 0 && +rfc[1] >= 1 && +rfc[1] <= 31) return `${rfc[3]}-${pad(month + 1)}-${pad(+rfc[1])}`;
  const ms = text.length <= 64 ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2999 ? d.toISOString().slice(0, 10) : '';
}

/** Full text from an item's content, when there is enough of it to be the article. */
function fullText(content: Node): string[] {
  const type = isObj(content) ? String(content['@type'] ?? '') : '';
  const raw = textOf(content);
  const blocks = type === 'text' ? raw.split(/\n\s*\n/).map((b) => plainText(b)).filter(Boolean) : htmlToBlocks(raw);
  return blocks.join(' ').length >= FULL_TEXT_CHARS ? blocks : [];
}

/** An Atom entry's article link: rel="alternate" (or no rel), else the first with an href. */
function atomLink(links: Node): string {
  const all = list(links).filter(isObj);
  const alt = all.find((l) => (l['@rel'] ?? 'alternate') === 'alternate' && l['@href']) ?? all.find((l) => l['@href']);
  return String(alt?.['@href'] ?? textOf(list(links)[0]) ?? '');
}

function item(o: Obj, base: string, atom: boolean): FeedItem | null {
  const link = atom ? atomLink(o.link) : first(o, 'link') || (isObj(o.guid) && o.guid['@isPermaLink'] === 'false' ? '' : first(o, 'guid'));
  const url = absoluteUrl(link, base);
  const key = first(o, atom ? 'id' : 'guid') || url;
  const blocks = fullText(list(o['content:encoded'])[0] ?? list(o.content)[0]);
  if (!key || (!url && !blocks.length)) return null;
  return {
    key: key.slice(0, 2000),
    url,
    title: plainText(first(o, 'title')).slice(0, 500),
    date: feedDate(first(o, 'pubDate', 'published', 'updated', 'dc:date')),
    blocks,
  };
}

/** The items of a feed document, at most MAX_ITEMS_READ, duplicates (same key) once. Throws
 * NotAFeed for anything that is not RSS or Atom, and the parser's error for broken XML. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const doc = parser.parse(xml) as Obj;
  const rss = isObj(doc.rss) ? doc.rss.channel : undefined;
  const rdf = doc['rdf:RDF'];
  const atom = doc.feed;
  const channel = [rss, isObj(rdf) ? rdf.channel : undefined, atom].find(isObj);
  if (!channel) throw new NotAFeed('not a feed');
  const entries = atom === channel ? list(channel.entry) : list(isObj(rdf) ? rdf.item : channel.item);
  const base = absoluteUrl(String((isObj(atom) && atom['@xml:base']) || ''), feedUrl) || feedUrl;
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const entry of entries.slice(0, MAX_ITEMS_READ)) {
    const read = isObj(entry) ? item(entry, base, atom === channel) : null;
    if (!read || seen.has(read.key)) continue;
    seen.add(read.key);
    items.push(read);
  }
  return { title: plainText(first(channel, 'title')).slice(0, 200), items };
}
