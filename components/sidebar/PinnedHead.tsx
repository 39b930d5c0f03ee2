import type { ComponentChildren, RefObject } from 'preact';
import { countVerdicts, VERDICTS, type ClaimCardView } from '../../lib/cards';
import type { Placement } from '../../lib/settings';
import type { Layout } from '../../lib/sidebar/placement';
import { trusted } from './trusted';

export interface PinnedHeadProps {
  status: 'checking' | 'ready' | 'failed';
  lookupOnly: boolean;
  cards: ClaimCardView[];
  placement: Placement;
  layout: Layout;
  summary: string;
  heading: RefObject<HTMLHeadingElement>;
  view: 'claims' | 'compare';
  /** The filter chips, shown in the claims view. */
  filters: ComponentChildren;
  onView(view: 'claims' | 'compare'): void;
  onPlacement(placement: Placement): void;
  onCollapse(collapsed: boolean): void;
}

/** What stays in place while the cards scroll: the title and its buttons, the counts, the
 * Claims · Compare switch and the filters. */
export function PinnedHead({ status, lookupOnly, cards, placement, layout, summary, heading, view, filters, onView, onPlacement, onCollapse }: PinnedHeadProps) {
  const ready = status === 'ready' && !lookupOnly;
  const counts = countVerdicts(cards);
  return (
    <div class="pinned">
      <header class="head">
        <h2 ref={heading} tabIndex={-1}>
          Triangulate
        </h2>
        <div class="head-actions">
          {/* Only where the window has room for both: elsewhere the choice could not act. */}
          {(layout === 'side' || (layout === 'overlay' && placement === 'overlay')) && (
            <button
              type="button"
              class="icon"
              data-action="placement"
              aria-pressed={layout === 'side'}
              title={layout === 'side' ? 'Sidebar beside the page (click to overlay it)' : 'Sidebar over the page (click to put it beside)'}
              onClick={trusted(() => onPlacement(layout === 'side' ? 'overlay' : 'side'))}
            >
              <span aria-hidden="true">{layout === 'side' ? '▥' : '▤'}</span>
              <span class="sr-only">Side by side</span>
            </button>
          )}
          <button type="button" class="icon" aria-expanded="true" title="Collapse (Esc)" onClick={trusted(() => onCollapse(true))}>
            <span aria-hidden="true">⟩</span>
            <span class="sr-only">Collapse</span>
          </button>
        </div>
      </header>
      <p class="summary" role="status" aria-live="polite">
        {summary}
      </p>
      {ready && cards.length > 0 && (
        <>
          <div class="bar" aria-hidden="true">
            {VERDICTS.map((v) => (counts[v] ? <span key={v} class={`bar-${v}`} style={{ flexGrow: counts[v] }} /> : null))}
          </div>
          <div class="views" role="group" aria-label="View">
            <button type="button" data-view="claims" aria-pressed={view === 'claims'} onClick={() => onView('claims')}>
              Claims
            </button>
            <button type="button" data-view="compare" aria-pressed={view === 'compare'} onClick={() => onView('compare')}>
              Compare
            </button>
          </div>
          {view === 'claims' && filters}
        </>
      )}
    </div>
  );
}
