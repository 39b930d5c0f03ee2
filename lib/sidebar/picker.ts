// Where the selection's Cross-check button stands: above the selection, inside the page's text
// column, never over the sidebar.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const BUTTON = { width: 120, height: 32 };
const GAP = 6;

/** `selection` and `sidebar` in viewport pixels; `sidebar` null when it covers nothing. */
export function pickerPosition(selection: Box, viewport: { width: number; height: number }, sidebar: Box | null): { x: number; y: number } {
  // The column ends where the sidebar starts (or at the window's edge).
  const columnRight = Math.min(viewport.width, sidebar && sidebar.left > 0 ? sidebar.left : viewport.width) - GAP;
  const x = Math.max(GAP, Math.min(selection.left, columnRight - BUTTON.width));
  const above = selection.top - BUTTON.height - GAP;
  // No room above (the selection starts at the top): below it instead; always in the window.
  const y = above >= GAP ? above : selection.bottom + GAP;
  return { x, y: Math.max(GAP, Math.min(y, viewport.height - BUTTON.height - GAP)) };
}
