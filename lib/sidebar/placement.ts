// Where the sidebar stands, from the window's width and the reader's choice: out of the way by
// default. Windows with room for the article and the panel side by side get it beside the
// article; narrower ones get a slim tab that opens over the page; phones get a bottom sheet with
// the article still readable above it.
import type { Placement } from '../settings';

export type Layout = 'side' | 'overlay' | 'sheet';

/** Width of the panel beside or over the page, in CSS pixels. */
export const SIDE_WIDTH = 360;
/** The narrowest article worth keeping beside the panel. */
export const ARTICLE_MIN_WIDTH = 540;
/** At and above this width the sidebar can stand beside the page. */
export const BESIDE_MIN_WIDTH = SIDE_WIDTH + ARTICLE_MIN_WIDTH;
/** Below this width it is a bottom sheet. */
export const SHEET_MAX_WIDTH = 700;
/** How much of the screen's height the open sheet takes; the article keeps the rest. */
export const SHEET_SHARE = 0.58;

/** The layout for a window `width` wide, where the reader's placement applies when it can. */
export function layoutFor(width: number, placement: Placement): Layout {
  if (width < SHEET_MAX_WIDTH) return 'sheet';
  if (width < BESIDE_MIN_WIDTH) return 'overlay';
  return placement;
}

/** Whether the reader's choice between beside and over the page changes anything at `width`. */
export function placementMatters(width: number): boolean {
  return width >= BESIDE_MIN_WIDTH;
}

/** What the sidebar does at `width`, in a sentence, for the options page. */
export function layoutSentence(width: number, placement: Placement): string {
  const at = `In a window ${Math.round(width)} px wide`;
  switch (layoutFor(width, placement)) {
    case 'side':
      return `${at}, the sidebar opens beside the article and the page narrows, so it covers no text.`;
    case 'overlay':
      return placementMatters(width)
        ? `${at}, the sidebar opens over the right edge of the page, as you chose.`
        : `${at}, the sidebar waits as a slim tab at the edge and opens over the page: beside needs ${BESIDE_MIN_WIDTH} px.`;
    case 'sheet':
      return `${at}, the sidebar waits as a slim tab and opens as a sheet over the lower part of the screen.`;
  }
}

/** Whether the sidebar starts as its slim tab: on a site the reader collapsed it, and on windows
 * too narrow to keep it beside the article, unless the reader asked for it just now. */
export function startsCollapsed(width: number, collapsedHere: boolean, asked: boolean): boolean {
  if (collapsedHere) return true;
  return !asked && width < BESIDE_MIN_WIDTH;
}

/** The page's own style while the sidebar stands beside it: narrower by the panel's width. */
export function pageMargin(layout: Layout, open: boolean): string {
  return open && layout === 'side' ? `\nhtml { margin-right: ${SIDE_WIDTH}px !important; }` : '';
}

/** Where the page's top edge should be for the passage with `box` to sit above a sheet whose
 * top is at `sheetTop` (viewport pixels): how far to scroll, 0 when it is in view already. */
export function scrollToClear(box: { top: number; bottom: number }, sheetTop: number, margin = 16): number {
  if (box.top >= margin && box.bottom <= sheetTop - margin) return 0;
  const room = Math.max(0, sheetTop - (box.bottom - box.top));
  return box.top - Math.max(margin, room / 3);
}

/** The slim tab's place along the edge, 0 (highest) to 1 (lowest). It moves within the middle
 * band of the window so that it never covers the page's corners, where sites put their own
 * buttons (a cookie banner's "Accept all", a chat bubble). */
export const TAB_BAND = { top: 0.15, height: 0.5 } as const;
export const TAB_STEP = 0.1;

export const DEFAULT_TAB_POSITION = 0.5;

export function clampTabPosition(position: number): number {
  return Number.isFinite(position) ? Math.min(1, Math.max(0, position)) : DEFAULT_TAB_POSITION;
}

/** The tab's top as a CSS length for a position along the band. */
export function tabTop(position: number): string {
  const at = TAB_BAND.top + TAB_BAND.height * clampTabPosition(position);
  return `${Math.round(at * 1000) / 10}vh`;
}

/** A drag of `dy` pixels in a window `height` tall, as a new position along the band. */
export function draggedTabPosition(start: number, dy: number, height: number): number {
  return clampTabPosition(start + dy / (TAB_BAND.height * Math.max(1, height)));
}
