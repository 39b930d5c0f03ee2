import { useEffect, useRef, useState } from 'preact/hooks';
import { countVerdicts, type ClaimCardView } from '../../lib/cards';
import type { Placement } from '../../lib/settings';
import type { LookupView } from '../../lib/sidebar/lookups';
import { SHEET_SHARE, type Layout } from '../../lib/sidebar/placement';
import { AddPage, type AddPageView } from './AddPage';
import { ClaimCard } from './ClaimCard';
import { CompareGrid, type CompareSource } from './CompareGrid';
import { PageNotes, ReportActions } from './PageNotes';
import { PinnedHead } from './PinnedHead';
import { Filters, matchesFilter, type KindFilter, type VerdictFilter } from './Filters';
import { Lookups } from './Lookups';
import type { NoticeView } from './Notice';
import { EdgeTab } from './EdgeTab';

export type { AddPageView, KindFilter, LookupView, NoticeView, VerdictFilter };

export interface SidebarProps {
  status: 'checking' | 'ready' | 'failed';
  /** Only look-ups: the page is not coverage. */
  lookupOnly: boolean;
  cards: ClaimCardView[];
  lookups: LookupView[];
  /** The story's sources, the compare view's columns. */
  sources?: CompareSource[];
  /** The corpus source this page is, if it is one. */
  selfLabel: string | null;
  /** The story the page was checked against, and how many sources it has; a found story also
   * how many outlets they come from. */
  story: { title: string; sources: number; outlets?: number } | null;
  /** Whether this page can be kept as a source of its story, and how that went. */
  addPage?: AddPageView | null;
  onAddPage?(): void;
  truncated: boolean;
  collapsed: boolean;
  /** The reader's placement on wide windows; `layout` is where the sidebar actually stands. */
  placement: Placement;
  layout?: Layout;
  /** Where the slim tab sits along the edge, 0 (highest) to 1 (lowest). */
  tabPosition?: number;
  theme: 'system' | 'light' | 'dark';
  /** A short confirmation after an action, shown next to the control that was used. */
  notice: NoticeView | null;
  /** A card to bring into view and focus (from a click on its mark in the page). */
  focus?: string | null;
  /** Counts the reader's calls for the sidebar (a key): each one puts the keyboard in it. */
  summoned?: number;
  onSelect(id: string): void;
  onCollapse(collapsed: boolean): void;
  onPlacement(placement: Placement): void;
  onMoveTab?(position: number): void;
  onCopyReport(): void;
  onDownloadReport(): void;
  onDismissLookup(id: string): void;
  onOpenSource(source: string, passage: string, words?: string): void;
}

function summaryOf(props: SidebarProps): string {
  const counts = countVerdicts(props.cards);
  if (props.status === 'checking') return 'Checking the claims on this page…';
  if (props.status === 'failed') return 'Triangulate could not check this page.';
  if (props.lookupOnly) return 'Look-ups';
  const n = props.cards.length;
  return `${n} claim${n === 1 ? '' : 's'}: ${counts.corroborated} corroborated, ${counts.varying} varying, ${counts.unique} unique`;
}

export function Sidebar(props: SidebarProps) {
  const { status, cards, collapsed, placement, theme } = props;
  const layout = props.layout ?? placement;
  const [verdict, setVerdict] = useState<VerdictFilter>('all');
  const [kind, setKind] = useState<KindFilter>('all');
  const [view, setView] = useState<'claims' | 'compare'>('claims');
  // Cards whose evidence the reader opened or closed; varying cards start open.
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const summary = summaryOf(props);
  const shown = cards.filter((c) => matchesFilter(c, verdict, kind));
  const rootClass = `tg theme-${theme} placement-${layout === 'side' ? 'side' : 'overlay'} layout-${layout}`;
  // Keyboard users keep their place: focus follows the sidebar as it collapses and opens.
  const edgeTab = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const wasCollapsed = useRef(collapsed);
  useEffect(() => {
    if (wasCollapsed.current !== collapsed) (collapsed ? edgeTab.current : heading.current)?.focus();
    wasCollapsed.current = collapsed;
  }, [collapsed]);
  useEffect(() => {
    if (props.summoned) heading.current?.focus();
  }, [props.summoned]);
  // A card asked for from the page: every filter off, the claims view, the card in view and focused.
  useEffect(() => {
    if (!props.focus) return;
    setVerdict('all');
    setKind('all');
    setView('claims');
  }, [props.focus]);
  useEffect(() => {
    const card = props.focus ? list.current?.querySelector<HTMLElement>(`[data-claim="${props.focus}"]`) : null;
    card?.scrollIntoView({ block: 'nearest' });
    card?.focus();
  }, [props.focus, verdict, kind, view]);

  if (collapsed) {
    return (
      <div class={rootClass} onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}>
        <EdgeTab
          tabRef={edgeTab}
          summary={summary}
          count={status === 'ready' && !props.lookupOnly ? cards.length : null}
          position={props.tabPosition ?? 0.5}
          onOpen={() => props.onCollapse(false)}
          onMove={(p) => props.onMoveTab?.(p)}
        />
      </div>
    );
  }

  const ready = status === 'ready' && !props.lookupOnly;
  // What the reader should know about the check. A sheet is short: the cards come first there.
  const about = (
    <>
      {props.story && !props.lookupOnly && (
        <p class="story" data-story>
          Checked against: {props.story.title} · {props.story.sources}{' '}
          {props.story.outlets === undefined
            ? props.story.sources === 1 ? 'source' : 'sources'
            : `articles from ${props.story.outlets} ${props.story.outlets === 1 ? 'outlet' : 'outlets'}`}
        </p>
      )}
      {props.addPage && !props.lookupOnly && status === 'ready' && <AddPage view={props.addPage} onAdd={props.onAddPage} />}
      <PageNotes selfLabel={props.selfLabel} truncated={props.truncated} notice={props.notice} legend={ready} />
    </>
  );
  const sheet = layout === 'sheet';
  return (
    <aside
      class={rootClass}
      style={sheet ? { height: `${SHEET_SHARE * 100}vh` } : undefined}
      role="complementary"
      aria-label="Triangulate: claims on this page"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.isTrusted) {
          e.stopPropagation();
          props.onCollapse(true);
        }
      }}
    >
      <PinnedHead
        {...props}
        layout={layout}
        summary={summary}
        heading={heading}
        view={view}
        onView={setView}
        filters={<Filters cards={cards} verdict={verdict} kind={kind} onVerdict={setVerdict} onKind={setKind} />}
      />

      {!sheet && about}
      <Lookups lookups={props.lookups} onDismiss={props.onDismissLookup} onOpenSource={props.onOpenSource} />

      {ready && view === 'compare' && <CompareGrid cards={cards} sources={props.sources ?? []} onOpenSource={props.onOpenSource} />}
      {ready && view === 'claims' && (
        <>
          {cards.length === 0 ? (
            <p class="empty">No quotes or figures found in this article.</p>
          ) : shown.length === 0 ? (
            <p class="empty">No claims match this filter.</p>
          ) : (
            <ul ref={list} class="cards" aria-label="Claims">
              {shown.map((c) => (
                <ClaimCard
                  key={c.id}
                  card={c}
                  focused={c.id === props.focus}
                  expanded={toggled.has(c.id) !== (c.verdict === 'varying')}
                  onToggle={toggle}
                  onSelect={props.onSelect}
                  onOpenSource={props.onOpenSource}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {sheet && about}
      {ready && <ReportActions disabled={!cards.length} notice={props.notice} onCopy={props.onCopyReport} onDownload={props.onDownloadReport} />}
    </aside>
  );
}
