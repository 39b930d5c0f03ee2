// The sidebar's view state: what it knows of the page and shows, kept in one plain object that
// the check, the look-ups, placement and adding the page each change through `show`.
import type { SidebarProps } from '../../components/sidebar/Sidebar';
import type { Article } from '../article';
import type { ClaimResult } from '../match/verdicts';
import type { StorySources } from '../stories';
import { DEFAULT_SETTINGS, siteListed, type Settings } from '../settings';
import type { SidebarEnv } from './env';
import { clearHighlights, revealClaim, type ClaimRanges } from './page';
import { layoutFor, pageMargin } from './placement';
import { pageReport } from './reading';

export interface SidebarView {
  env: SidebarEnv;
  pageCss: string;
  hostName: string;
  settings: Settings;
  /** The page's story and its sources, as last asked for. */
  known: StorySources;
  article: Article | null;
  /** The source the page is, if any. */
  self: string | null;
  results: ClaimResult[];
  ranges: ClaimRanges;
  shown: boolean;
  lookupCount: number;
  /** Counts checks and closes: an answer for an older one is dropped. */
  generation: number;
  props: SidebarProps;
}

export type SidebarHandlers = Pick<
  SidebarProps,
  'onSelect' | 'onCollapse' | 'onPlacement' | 'onMoveTab' | 'onCopyReport' | 'onAddPage' | 'onDownloadReport' | 'onDismissLookup' | 'onOpenSource'
>;

export const NO_SOURCES: StorySources = { story: null, sources: [], names: [] };

/** A view with no page read yet, and the reader's actions on it. */
export function createView(env: SidebarEnv, pageCss: string, handlers: SidebarHandlers): SidebarView {
  const settings = DEFAULT_SETTINGS;
  return {
    env, pageCss, hostName: env.win.location.hostname, settings, known: NO_SOURCES,
    article: null, self: null, results: [], ranges: [], shown: false, lookupCount: 0, generation: 0,
    props: {
      status: 'checking', lookupOnly: false, cards: [], lookups: [], selfLabel: null, truncated: false, story: null,
      collapsed: false, placement: 'side', layout: 'side', theme: settings.theme, notice: null, tabPosition: settings.tabPosition,
      ...handlers,
    },
  };
}

/** Whether the reader switched the sidebar off on this site. */
export const isOff = (v: SidebarView) => siteListed(v.settings.disabledSites, v.hostName);
export const layoutOf = (v: SidebarView) => layoutFor(v.env.win.innerWidth, v.settings.placement);

export function show(v: SidebarView, patch: Partial<SidebarProps>) {
  v.props = { ...v.props, ...patch };
  if (v.shown) v.env.render(v.props);
  v.env.pageStyle(v.pageCss + pageMargin(v.props.layout ?? 'side', v.shown && !v.props.collapsed));
}

export function mount(v: SidebarView) {
  if (v.shown || v.env.isInvalid()) return;
  v.shown = true;
  show(v, {});
}

/** The page is not (or no longer) one to check: nothing of ours stays but look-ups asked for. */
export function close(v: SidebarView) {
  v.generation++;
  v.article = null;
  v.self = null;
  v.results = [];
  v.ranges = [];
  clearHighlights(v.env.win);
  if (v.props.lookups.length) show(v, { status: 'ready', lookupOnly: true, cards: [] });
  else {
    v.shown = false;
    v.env.render(null);
    show(v, {});
  }
}

export function reveal(v: SidebarView, index: number) {
  if (!revealClaim(v.env.win, v.ranges, index, v.env.setTimeout)) show(v, { notice: { text: 'This claim is no longer in the page.', at: 'cards' } });
}

/** The page's report, as copied or downloaded. */
export const reportText = (v: SidebarView) =>
  pageReport({ results: v.results, self: v.self, known: v.known, truncated: v.props.truncated, url: v.env.win.location.href }, v.article?.title || v.env.doc.title);
