// The article a page holds, as plain blocks of text (paragraphs, quotes, list items) with
// the site's furniture left out: bylines, datelines, captions, credits, ads, share links.
import { pageDate } from './detect';
import { statedDate } from './text/dates';
import { collapseSpaces } from './text/normalize';

/** A page's article as a source: what the page states of itself, and its text. */
export interface PageSource {
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or empty. */
  date: string;
  url: string;
  blocks: string[];
}

export interface Article {
  title: string;
  blocks: string[];
  /** The date the page states for itself (ms since 1970), when it states one. */
  date?: number | null;
  /** The site's name as the page states it (its og:site_name), when it does. */
  outlet?: string;
}

const FURNITURE_START = /^(?:©|\(c\)|copyright\b|advertisement\b|sponsored\b|read more\b|related\b|share\b|subscribe\b|sign up\b|--\s*with assistance|with reporting by)/iu;
// A byline: "By Jane Doe", "By Jane Doe, Europe editor": names in capitals, so case matters
// ("By contrast, the alliance…" is a sentence).
const BYLINE = /^By \p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)*\s*(?:$|[,|·])/u;
const CAPTION = /\b(?:Photographer|Photograph|Photo|Image|Credit|Picture)s?:|\((?:Photo|Image|Credit)\b|\bGetty Images\b|,\s*(?:left|right|centre|center),\s/i;

// A note about the article, not a claim of it: "Correction: …", "Update, June 16: …", "This
// article was amended on …".
const NOTE = /^(?:(?:correction|clarification|update|editor['’]s note)\b[^.:]{0,40}[:—–]|this (?:article|story|report) (?:was|has been) (?:amended|updated|corrected)\b)/i;

/** True for a block that is page furniture rather than article text. */
export function isFurniture(block: string): boolean {
  const text = block.trim();
  if (!text) return true;
  if (FURNITURE_START.test(text) || BYLINE.test(text) || CAPTION.test(text) || NOTE.test(text)) return true;
  // A market ticker: prices with their arrows ("CSX 4,318.2 ▲0.4% · Brent $73.85 ▼1.3%").
  if ((text.match(/[▲▼]/g) ?? []).length >= 2) return true;
  // Leftovers of a byline or a meta line: "· 4 min read · 148 comments", "Updated 16:42 BST".
  if (/^[,;·|•]/.test(text) || /\b\d+\s*min(?:ute)?s? read\b/i.test(text) || /^(?:published|updated|posted)\b/i.test(text)) return true;
  if ((text.match(/\s[·|•]\s/g) ?? []).length >= 2 && !/[.!?]["”’]?$/.test(text)) return true;
  const words = text.split(/\s+/).length;
  // Section labels, datelines, social links: a few words and no sentence punctuation.
  return words < 6 && !/[.!?"”’»:]$/.test(text);
}

/** A plain-text article: the first non-empty line is the title, each further line a block.
 * A first line as long as a paragraph is the article's first paragraph as well. */
export function articleFromText(text: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return { title: '', blocks: [] };
  const title = lines[first];
  const rest = lines.slice(title.split(/\s+/).length > 25 ? first : first + 1);
  return { title, blocks: rest.filter((l) => !isFurniture(l)) };
}

/** The blocks of a Readability `content` element: one per paragraph-like element, so
 * paragraphs are not run together the way the whole element's textContent runs them. */
export function blocksOf(root: Element): string[] {
  const out: string[] = [];
  const BLOCK = /^(?:P|H[1-6]|LI|BLOCKQUOTE|PRE|DD|DT|TD|TH|FIGCAPTION)$/;
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child.tagName === 'FIGCAPTION' || isEmbeddedPost(child)) continue;
      const hasBlockChild = Array.from(child.children).some((c) => BLOCK.test(c.tagName) || c.tagName === 'DIV');
      if (BLOCK.test(child.tagName) && !hasBlockChild) {
        const text = collapseSpaces(child.textContent ?? '');
        if (text && !isFurniture(text)) out.push(text);
      } else walk(child);
    }
    // Text directly inside a container (no <p>) still counts.
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 40) out.push(collapseSpaces(node.textContent ?? ''));
    }
  };
  walk(root);
  return out;
}

// A social account's handle standing alone on a short line: "Osprel · @osprel", "— Merrowport
// Open (@MerrowportOpen) June 14, 2026".
const HANDLE_LINE = /(?:^|[\s(·])@\w{2,}\b/;

/** An embedded post (a tweet and the like): a block of several lines, one of them its account's
 * handle. What it says is the post's, not the article's. */
export function isEmbeddedPost(el: Element): boolean {
  if (el.tagName === 'P' || el.children.length < 2) return false;
  return Array.from(el.children).some((c) => {
    const text = textOf(c);
    return HANDLE_LINE.test(text) && text.split(' ').length <= 12;
  });
}

/** Minimal shape of @mozilla/readability's class, so this module needs no DOM globals. */
export type ReadabilityClass = new (
  doc: Document,
  options: { charThreshold?: number; serializer?: (el: Node) => unknown },
) => { parse(): { title?: string | null; content?: unknown; publishedTime?: string | null; siteName?: string | null } | null };

const textOf = (el: Element) => collapseSpaces(el.textContent ?? '');

/** The article of a document via Readability. `doc` must be a disposable clone: parse()
 * rewrites it. The serializer hands back Readability's element itself, so no markup is parsed.
 * Readability can drop an article's lead paragraph or its blockquotes: both are put back. */
export function articleFromDocument(doc: Document, Readability: ReadabilityClass): Article | null {
  const title = textOf(doc.querySelector('h1') ?? doc.createElement('i')) || (doc.title ?? '').trim();
  const container = doc.querySelector('article, [itemprop="articleBody"], main') ?? doc.body;
  if (!container) return null;
  const lead = Array.from(container.querySelectorAll('p')).map(textOf).find((t) => t.split(' ').length >= 8 && !isFurniture(t));
  const quotes = Array.from(container.querySelectorAll('blockquote')).filter((q) => !isEmbeddedPost(q)).map(textOf).filter((t) => t && !isFurniture(t));
  const date = pageDate(doc) ?? bylineDate(container, lead);
  const result = new Readability(doc, { charThreshold: 300, serializer: (el) => el }).parse();
  const content = result?.content as Element | undefined;
  if (!content || typeof content !== 'object' || !('children' in content)) return null;
  const blocks = blocksOf(content);
  const has = (t: string) => blocks.some((b) => b.includes(t) || t.includes(b));
  if (lead && blocks.length && !has(lead)) blocks.unshift(lead);
  for (const q of quotes) if (!has(q)) blocks.push(q);
  const published = Date.parse(result?.publishedTime ?? '');
  if (!blocks.length) return null;
  return { title: result?.title?.trim() || title, blocks, date: date ?? (Number.isNaN(published) ? null : published), outlet: result?.siteName?.trim() ?? '' };
}

/** The date a page prints in its byline or dateline, where a reader sees it: the first full date
 * in a furniture line among the article's opening paragraphs ("By Jane Doe · Sunday 14 June
 * 2026"), or in the lead's own opening dateline ("LINDENPORT, Sept 9, 2026 (Wire) -"). */
export function bylineDate(container: Element, lead: string | undefined): number | null {
  const opening = Array.from(container.querySelectorAll('p')).slice(0, 6).map(textOf);
  for (const line of opening) {
    const date = isFurniture(line) ? statedDate(line) : null;
    if (date) return date;
  }
  return statedDate(/^[^-–—]{0,60}[-–—]\s/.exec(lead ?? '')?.[0] ?? '');
}

/** Whether an article container's text changed enough to read the page again: a different
 * opening (another story swapped in) or a large change in length (a body replaced). */
export function articleChanged(before: string, after: string): boolean {
  const start = (t: string) => collapseSpaces(t.slice(0, 600)).slice(0, 200);
  return start(before) !== start(after) || Math.abs(after.length - before.length) > Math.max(200, before.length * 0.2);
}

/** A page's article as a source of a story: only what the page states of itself. */
export function asPageSource(article: Article, url: string): PageSource {
  return {
    title: article.title,
    outlet: article.outlet ?? '',
    date: article.date ? new Date(article.date).toISOString().slice(0, 10) : '',
    url,
    blocks: article.blocks,
  };
}
