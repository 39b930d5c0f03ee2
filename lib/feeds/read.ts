// Reading a fetched page (or a page the reader opened) as an article, where a DOM is at hand:
// the offscreen document in Chrome, the background page in Firefox. Only what the page states
// about itself is kept: its title, site name, date, address and canonical address.
import { articleFromDocument, asPageSource, type ReadabilityClass } from '../article';
import type { PageSource } from '../article';
import { absoluteUrl } from './url';

export interface PageRead {
  page: PageSource;
  /** Every address the page names for itself: the one it was read at, and its canonical one. */
  urls: string[];
}

/** The article of an HTML document read at `url`, or null when Readability finds none. */
export function readHtml(html: string, url: string, parse: (html: string) => Document, Readability: ReadabilityClass): PageRead | null {
  const doc = parse(html);
  // Relative links and images resolve against the page's own address, not the extension's.
  const base = doc.createElement('base');
  base.href = url;
  doc.head?.prepend(base);
  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '', url);
  const article = articleFromDocument(doc, Readability);
  if (!article) return null;
  return { page: asPageSource(article, url), urls: [...new Set([url, canonical].filter(Boolean))] };
}

/** Runs in a tab the reader opened (scripting.executeScript, so it must use nothing from outside
 * itself): the page's HTML when it marks itself as an article (an <article>, or a published date
 * in its metadata) and is not too large; null otherwise, at the cost of two selector look-ups. */
export function articleProbe(maxChars: number): { html: string; url: string } | null {
  const marked =
    document.querySelector('meta[property="article:published_time"],[itemprop="datePublished"],meta[property="og:type"][content="article"]') ??
    document.querySelector('article');
  if (!marked || !/^https?:$/.test(location.protocol)) return null;
  const html = document.documentElement.outerHTML;
  return html.length <= maxChars ? { html, url: location.href } : null;
}
