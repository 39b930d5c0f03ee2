// The sidebar's hold on the page it checks: where each claim stands in the live page (ranges),
// the verdict highlights, bringing a claim into view, and which claim a point in the page is.
// The page's DOM is only read: marks are CSS Custom Highlights.
import { VERDICTS } from '../cards';
import type { Article } from '../article';
import { buildTextMap, claimSpans, groupByVerdict, toRange } from '../highlight';
import type { ClaimResult } from '../match/verdicts';
import { scrollToClear } from './placement';

export type ClaimRanges = (Range[] | null)[];

/** The window's highlight registry and constructor, where the browser has them. */
export type PageWindow = Pick<Window, 'matchMedia'> & { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight };

/** The Range(s) of each claim in the live document; null for a claim no longer there. */
export function locateClaims(doc: Document, article: Article, results: ClaimResult[]): ClaimRanges {
  const spans = claimSpans(buildTextMap(doc, doc.body), article.blocks, results.map((r) => r.claim));
  return spans.map((list) => list?.map((span) => toRange(doc, span)) ?? null);
}

const NAMES = [...VERDICTS, 'flash'].map((v) => `triangulate-${v}`);

export function clearHighlights(win: PageWindow) {
  for (const name of NAMES) win.CSS?.highlights?.delete(name);
}

/** One highlight per verdict over the claims' ranges. */
export function paintHighlights(win: PageWindow, results: ClaimResult[], ranges: ClaimRanges) {
  clearHighlights(win);
  const registry = win.CSS?.highlights;
  if (!win.Highlight || !registry) return;
  for (const [verdict, list] of groupByVerdict(results.map((r) => r.verdict), ranges)) {
    if (list.length) registry.set(`triangulate-${verdict}`, new win.Highlight(...list));
  }
}

/** Scrolls claim `index` into view and flashes it; false when it is no longer in the page. */
export function revealClaim(win: PageWindow, ranges: ClaimRanges, index: number, later: (fn: () => void, ms: number) => void): boolean {
  const list = ranges[index];
  const element = list?.[0]?.startContainer.parentElement;
  if (!list || !element) return false;
  const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  const registry = win.CSS?.highlights;
  if (win.Highlight && registry) {
    registry.set('triangulate-flash', new win.Highlight(...list));
    later(() => registry.delete('triangulate-flash'), 1600);
  }
  return true;
}

/** Scrolls the page so that claim `index` stands above `bottom` (the top of a sheet over the
 * page), where the reader who tapped it can still read it. */
export function keepClaimAbove(win: Pick<Window, 'scrollBy' | 'matchMedia'>, ranges: ClaimRanges, index: number, bottom: number) {
  const box = ranges[index]?.[0]?.getBoundingClientRect();
  const by = box ? scrollToClear(box, bottom) : 0;
  if (!by) return;
  const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: by, behavior: still ? 'auto' : 'smooth' });
}

/** The claim whose marked text holds the caret at (x, y), if any: for links from the page. */
export function claimAtPoint(ranges: ClaimRanges, x: number, y: number): number | null {
  for (let i = 0; i < ranges.length; i++) {
    for (const range of ranges[i] ?? []) {
      for (const box of Array.from(range.getClientRects())) {
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return i;
      }
    }
  }
  return null;
}

/** The nearest article-like container of the claims, to watch for a swapped article; never the
 * whole document (history navigations cover pages without an article element). */
export function articleContainer(doc: Document, ranges: ClaimRanges): Element | null {
  const first = ranges.find((r) => r?.length)?.[0]?.startContainer.parentElement;
  const container = first?.closest('article, main, [role="main"]') ?? first?.parentElement ?? null;
  return container === doc.body || container === doc.documentElement ? null : container;
}

/** The claim whose marked text holds the caret (node, offset), if any: Enter on a mark. */
export function claimAtCaret(ranges: ClaimRanges, node: Node, offset: number): number | null {
  for (let i = 0; i < ranges.length; i++) {
    for (const range of ranges[i] ?? []) {
      try {
        if (range.isPointInRange(node, offset)) return i;
      } catch {
        // A node in another document or a doctype: not in any claim.
      }
    }
  }
  return null;
}
