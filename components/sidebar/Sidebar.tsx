import { useEffect, useRef, useState } from 'preact/hooks';
import { countVerdicts, type ClaimCardView } from '../../lib/cards';
import type { Placement } from '../../lib/settings';
import type { LookupView } from '../../lib/sidebar/lookups';
import type { Layout } from '../../lib/sidebar/placement';
import { ClaimCard } from './ClaimCard';
import { CompareGrid, type CompareSource } from './CompareGrid';
import { PageNotes, ReportActions } from './PageNotes';
import { PinnedHead } from './PinnedHead';
import { Filters, matchesFilter, type KindFilter, type VerdictFilter } from './Filters';
import { Lookups } from './Lookups';
import type { NoticeView } from './Notice';
import { trusted } from './trusted';

export type { KindFilter, LookupView, NoticeView, VerdictFilter };

export interface AddPageView {
  /** The story's title. */
  story: string;
  state: 'ready' | 'adding' | 'already';
  message: string | null;
}

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
  /** The story the page was checked against, and how many sources it has. */
  story: { title: string; sources: number } | null;
  /** Whether this page can be kept as a source of its story, and how that went. */
  addPage?: AddPageView | null;
  onAddPage?(): void;
  truncated: boolean;
  collapsed: boolean;
  /** The reader's placement on wide windows; `layout` is where the sidebar actually stands. */
  placement: Placement;
  layout?: Layout;
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
        <button ref={edgeTab} type="button" class="edge-tab" aria-expanded="false" aria-label={`Open Triangulate: ${summary}`} onClick={trusted(() => props.onCollapse(false))}>
          <span aria-hidden="true">◭</span>
          <span class="edge-count">{status === 'ready' && !props.lookupOnly ? cards.length : ''}</span>
        </button>
      </div>
    );
  }

  const ready = status === 'ready' && !props.lookupOnly;
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
      <PinnedHead
        {...props}
        layout={layout}
        summary={summary}
        heading={heading}
        view={view}
        onView={setView}
        filters={<Filters cards={cards} verdict={verdict} kind={kind} onVerdict={setVerdict} onKind={setKind} />}
      />

      {props.story && !props.lookupOnly && (
        <p class="story" data-story>
          Checked against: {props.story.title} · {props.story.sources} {props.story.sources === 1 ? 'source' : 'sources'}
        </p>
      )}
      {props.addPage && !props.lookupOnly && status === 'ready' && (
        <p class="add-page">
          {props.addPage.state === 'already' ? (
            <span class="note">Already a source</span>
          ) : (
            <button type="button" data-action="add-page" disabled={props.addPage.state === 'adding'} onClick={trusted(() => props.onAddPage?.())}>
              Add this page to {props.addPage.story}
            </button>
          )}
          {props.addPage.message && (
            <span class="note" role="status">
              {props.addPage.message}
            </span>
          )}
        </p>
      )}
      <PageNotes selfLabel={props.selfLabel} truncated={props.truncated} notice={props.notice} legend={ready} />

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
      {ready && <ReportActions disabled={!cards.length} notice={props.notice} onCopy={props.onCopyReport} onDownload={props.onDownloadReport} />}
    </aside>
  );
}
