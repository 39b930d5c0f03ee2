// Where the sidebar stands, from the window's width and the reader's choice: out of the way by
// default. Wide windows have room beside the article; narrower ones get a slim tab that opens
// over the page; phones get a bottom sheet with the article still readable above it.
import type { Placement } from '../settings';

export type Layout = 'side' | 'overlay' | 'sheet';

/** At and above this width the sidebar first opens beside the page. */
export const BESIDE_MIN_WIDTH = 1100;
/** Below this width it is a bottom sheet. */
export const SHEET_MAX_WIDTH = 700;
/** Width of the panel beside or over the page, in CSS pixels. */
export const SIDE_WIDTH = 360;

/** The layout for a window `width` wide; `chosen` is a placement the reader picked, if any. */
export function layoutFor(width: number, chosen: Placement | null): Layout {
  if (width < SHEET_MAX_WIDTH) return 'sheet';
  if (width < BESIDE_MIN_WIDTH) return 'overlay';
  return chosen ?? 'side';
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

/** Storage key of the placement the reader picked in the sidebar (settings hold a default). */
export const CHOSEN_PLACEMENT_KEY = 'sidebarPlacementChosen';

export function chosenPlacement(stored: unknown): Placement | null {
  return stored === 'side' || stored === 'overlay' ? stored : null;
}
