import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { draggedTabPosition, TAB_STEP, tabTop } from '../../lib/sidebar/placement';

export interface EdgeTabProps {
  tabRef: RefObject<HTMLButtonElement>;
  /** What the sidebar would say: read out with the tab's name. */
  summary: string;
  count: number | null;
  /** 0 (highest) to 1 (lowest) along the window's edge. */
  position: number;
  onOpen(): void;
  onMove(position: number): void;
}

/** A drag of fewer pixels than this is a tap. */
const DRAG_PX = 6;

/** The collapsed sidebar: a slim tab at the window's edge that opens it, and that the reader can
 * drag (or move with the arrow keys) along the edge, off whatever the page shows there. */
export function EdgeTab({ tabRef, summary, count, position, onOpen, onMove }: EdgeTabProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const drag = useRef<{ startY: number; start: number; moved: boolean } | null>(null);
  const shown = dragged ?? position;
  return (
    <button
      ref={tabRef}
      type="button"
      class="edge-tab"
      data-action="open-sidebar"
      aria-expanded="false"
      aria-label={`Open Triangulate: ${summary}`}
      aria-keyshortcuts="ArrowUp ArrowDown"
      title="Open Triangulate (drag, or use the arrow keys, to move this tab)"
      style={{ top: tabTop(shown) }}
      onPointerDown={(e) => {
        if (!e.isTrusted || e.button !== 0) return;
        drag.current = { startY: e.clientY, start: position, moved: false };
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d || (!d.moved && Math.abs(e.clientY - d.startY) < DRAG_PX)) return;
        d.moved = true;
        setDragged(draggedTabPosition(d.start, e.clientY - d.startY, e.view?.innerHeight ?? 0));
      }}
      onPointerUp={() => {
        if (drag.current?.moved && dragged !== null) onMove(dragged);
        setDragged(null);
      }}
      onPointerCancel={() => {
        drag.current = null;
        setDragged(null);
      }}
      onClick={(e) => {
        const moved = drag.current?.moved;
        drag.current = null;
        if (e.isTrusted && !moved) onOpen();
      }}
      onKeyDown={(e) => {
        if (!e.isTrusted || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        onMove(Math.min(1, Math.max(0, position + (e.key === 'ArrowUp' ? -TAB_STEP : TAB_STEP))));
      }}
    >
      <span aria-hidden="true">◭</span>
      <span class="edge-count">{count ?? ''}</span>
    </button>
  );
}
