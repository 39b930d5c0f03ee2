import { useEffect, useRef, useState } from 'preact/hooks';
import { countVerdicts, VERDICTS, type ClaimCardView } from '../../lib/cards';
import type { Verdict } from '../../lib/match';
import type { Placement } from '../../lib/settings';
import { ClaimCard } from './ClaimCard';
import { trusted } from './trusted';
import { VERDICT_LABEL, VERDICT_MARK } from './VerdictBadge';

export type KindFilter = 'all' | 'quote' | 'figure';
export type VerdictFilter = 'all' | Verdict;

export interface LookupView {
  id: string;
  /** What the reader selected (cut when too long). */
  text: string;
  /** A plain message instead of a card: empty selection, a failure. */
  message: string | null;
  /** Shown above the card, e.g. that the selection was cut. */
  notice: string | null;
  card: ClaimCardView | null;
}

export interface SidebarProps {
  status: 'checking' | 'ready' | 'failed';
  /** Only look-ups: the page is not coverage. */
  lookupOnly: boolean;
  cards: ClaimCardView[];
  lookups: LookupView[];
  /** The corpus source this page is, if it is one. */
  selfLabel: string | null;
  /** The story the page was checked against, and how many sources it has. */
  story: { title: string; sources: number } | null;
  truncated: boolean;
  collapsed: boolean;
  placement: Placement;
  theme: 'system' | 'light' | 'dark';
  /** A short status line after an action ("Report copied"). */
  notice: string | null;
  onSelect(id: string): void;
  onCollapse(collapsed: boolean): void;
  onPlacement(placement: Placement): void;
  onCopyReport(): void;
  onDownloadReport(): void;
  onDismissLookup(id: string): void;
  onOpenSource(source: string, passage: string): void;
}

export function Sidebar(props: SidebarProps) {
  const { status, cards, lookups, collapsed, placement, theme } = props;
  const [verdict, setVerdict] = useState<VerdictFilter>('all');
  const [kind, setKind] = useState<KindFilter>('all');
  // Cards whose evidence the reader opened or closed; varying cards start open.
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const counts = countVerdicts(cards);
  const ofKind = cards.filter((c) => kind === 'all' || c.kind === kind);
  const kindCounts = countVerdicts(ofKind);
  const shown = ofKind.filter((c) => verdict === 'all' || c.verdict === verdict);
  const summary =
    status === 'checking'
      ? 'Checking the claims on this page…'
      : status === 'failed'
        ? 'Triangulate could not check this page.'
        : props.lookupOnly
          ? 'Look-ups'
          : `${cards.length} claim${cards.length === 1 ? '' : 's'}: ${counts.corroborated} corroborated, ${counts.varying} varying, ${counts.unique} unique`;
  const rootClass = `tg theme-${theme} placement-${placement}`;
  // Keyboard users keep their place: focus follows the sidebar as it collapses and opens.
  const edgeTab = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasCollapsed = useRef(collapsed);
  useEffect(() => {
    if (wasCollapsed.current !== collapsed) (collapsed ? edgeTab.current : heading.current)?.focus();
    wasCollapsed.current = collapsed;
  }, [collapsed]);

  if (collapsed) {
    return (
      <div class={rootClass} onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}>
        <button ref={edgeTab} type="button" class="edge-tab" aria-expanded="false" aria-label={`Open Triangulate: ${summary}`} onClick={trusted(() => props.onCollapse(false))}>
          <span aria-hidden="true">◭</span>
          <span class="edge-count">{status === 'ready' && !props.lookupOnly ? cards.length : ''}</span>
        </button>
      </div>
    );
  }

  return (
    <aside
      class={rootClass}
      role="complementary"
      aria-label="Triangulate: claims on this page"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.isTrusted) {
          e.stopPropagation();
          props.onCollapse(true);
        }
      }}
    >
      <header class="head">
        <h2 ref={heading} tabIndex={-1}>
          Triangulate
        </h2>
        <div class="head-actions">
          <button
            type="button"
            class="icon"
            aria-pressed={placement === 'side'}
            title={placement === 'side' ? 'Sidebar beside the page (click to overlay it)' : 'Sidebar over the page (click to put it beside)'}
            onClick={trusted(() => props.onPlacement(placement === 'side' ? 'overlay' : 'side'))}
          >
            <span aria-hidden="true">{placement === 'side' ? '▥' : '▤'}</span>
            <span class="sr-only">Side by side</span>
          </button>
          <button type="button" class="icon" aria-expanded="true" title="Collapse (Esc)" onClick={trusted(() => props.onCollapse(true))}>
            <span aria-hidden="true">⟩</span>
            <span class="sr-only">Collapse</span>
          </button>
        </div>
      </header>

      <p class="summary" role="status" aria-live="polite">
        {summary}
      </p>
      {status === 'ready' && !props.lookupOnly && cards.length > 0 && (
        <div class="bar" aria-hidden="true">
          {VERDICTS.map((v) => (counts[v] ? <span key={v} class={`bar-${v}`} style={{ flexGrow: counts[v] }} /> : null))}
        </div>
      )}
      {props.story && !props.lookupOnly && (
        <p class="story" data-story>
          Checked against: {props.story.title} · {props.story.sources} {props.story.sources === 1 ? 'source' : 'sources'}
        </p>
      )}
      {props.selfLabel && <p class="note">This page is one of the sources ({props.selfLabel}); it is not counted as its own evidence.</p>}
      {props.truncated && <p class="note">This article is very long: only its first part was checked.</p>}
      {props.notice && (
        <p class="note" role="status">
          {props.notice}
        </p>
      )}

      {lookups.length > 0 && (
        <section class="lookups" aria-label="Look-ups">
          <ul class="cards">
            {lookups.map((l) => (
              <li key={l.id} class="lookup">
                <div class="lookup-head">
                  <span>Look-up</span>
                  <button type="button" class="icon" onClick={trusted(() => props.onDismissLookup(l.id))} aria-label="Dismiss this look-up">
                    ×
                  </button>
                </div>
                {l.notice && <p class="note">{l.notice}</p>}
                {l.message && <p class="lookup-message">{l.message}</p>}
                {l.card && (
                  <ul class="cards">
                    <ClaimCard card={l.card} lookup onOpenSource={props.onOpenSource} />
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {status === 'ready' && !props.lookupOnly && (
        <>
          <div class="filters" role="group" aria-label="Filter claims">
            {(['all', ...VERDICTS] as VerdictFilter[]).map((v) => (
              <button key={v} type="button" class={`filter filter-${v}`} aria-pressed={verdict === v} onClick={() => setVerdict(v)}>
                {v === 'all' ? (
                  'All'
                ) : (
                  <>
                    <span aria-hidden="true">{VERDICT_MARK[v]} </span>
                    {VERDICT_LABEL[v]} {kindCounts[v]}
                  </>
                )}
              </button>
            ))}
            <label class="kind-filter">
              <span class="sr-only">Kind</span>
              <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as KindFilter)}>
                <option value="all">Quotes and figures</option>
                <option value="quote">Quotes</option>
                <option value="figure">Figures</option>
              </select>
            </label>
          </div>
          {cards.length === 0 ? (
            <p class="empty">No quotes or figures found in this article.</p>
          ) : shown.length === 0 ? (
            <p class="empty">No claims match this filter.</p>
          ) : (
            <ul class="cards" aria-label="Claims">
              {shown.map((c) => (
                <ClaimCard key={c.id} card={c} expanded={toggled.has(c.id) !== (c.verdict === 'varying')} onToggle={toggle} onSelect={props.onSelect} onOpenSource={props.onOpenSource} />
              ))}
            </ul>
          )}
          <footer class="foot">
            <button type="button" onClick={trusted(props.onCopyReport)} disabled={!cards.length}>
              Copy report
            </button>
            <button type="button" onClick={trusted(props.onDownloadReport)} disabled={!cards.length}>
              Download .md
            </button>
          </footer>
        </>
      )}
    </aside>
  );
}
