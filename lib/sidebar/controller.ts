// The sidebar's state and what changes it: the view state (view.ts), the check (check.ts),
// look-ups (ask-lookup.ts), placement and adding the page (add-page.ts), composed here over one
// plain view object. Everything the browser provides comes in through `env` (env.ts), so this
// runs the same in a unit test as in a tab; the content script only wires it up.
import type { PendingLookup } from '../limits';
import { siteListed, type Settings } from '../settings';
import type { StorySources } from '../stories';
import { addPage } from './add-page';
import { askLookup } from './ask-lookup';
import { check, repaint } from './check';
import type { SidebarEnv } from './env';
import { dismissLookup } from './lookups';
import { keepClaimAbove } from './page';
import { SHEET_SHARE, startsCollapsed } from './placement';
import { close, createView, isOff, layoutOf, mount, reportText, reveal, show, type SidebarHandlers, type SidebarView } from './view';

export type Sidebar = ReturnType<typeof createSidebarState>;

export function createSidebarState(env: SidebarEnv, pageCss: string) {
  const v: SidebarView = createView(env, pageCss, handlersOf(() => v));
  return {
    get props() {
      return v.props;
    },
    get article() {
      return v.article;
    },
    get ranges() {
      return v.ranges;
    },
    get shown() {
      return v.shown;
    },
    check: (open: boolean, detected: StorySources | null = null) => check(v, open, detected),
    /** The page changed under us (a navigation, a new article): check it again. */
    recheck: () => check(v, v.shown || v.settings.autoOpen),
    lookup: (pending: PendingLookup) => askLookup(v, pending),
    close: () => close(v),
    reveal: (index: number) => reveal(v, index),
    focusCard: (index: number) => focusCard(v, index),
    /** Keeps this page's article as a source of its story (sidebar button, popup). */
    addPage: () => addPage(v),
    /** Opens the sidebar (popup, command), checking the page first if it has not been. */
    open() {
      show(v, { collapsed: false, summoned: (v.props.summoned ?? 0) + 1 });
      if (v.article) mount(v);
      else void check(v, true);
    },
    applySettings: (next: Settings, initial: boolean, asked = false) => applySettings(v, next, initial, asked),
    /** The window changed size: the layout follows. */
    relayout: () => show(v, { layout: layoutOf(v) }),
    isOff: () => isOff(v),
  };
}

/** The reader's actions in the sidebar. */
function handlersOf(view: () => SidebarView): SidebarHandlers {
  return {
    onSelect: (id) => reveal(view(), Number(id.split('-').pop())),
    onCollapse: (collapsed) => {
      show(view(), { collapsed });
      view().env.saveCollapsed(collapsed);
    },
    onPlacement: (placement) => {
      const v = view();
      v.settings = { ...v.settings, placement };
      show(v, { placement, layout: layoutOf(v) });
      v.env.saveSettings({ placement });
    },
    onMoveTab: (tabPosition) => {
      const v = view();
      v.settings = { ...v.settings, tabPosition };
      show(v, { tabPosition });
      v.env.saveSettings({ tabPosition });
    },
    onCopyReport: () => void copyReport(view()),
    onAddPage: () => void addPage(view()),
    onDownloadReport: () => {
      const v = view();
      v.env.download(reportText(v), `triangulate-${v.hostName || 'page'}.md`);
      show(v, { notice: { text: 'Report downloaded.', at: 'download' } });
    },
    onDismissLookup: (id) => {
      const v = view();
      show(v, { lookups: dismissLookup(v.props.lookups, id) });
      if (!v.article && !v.props.lookups.length) close(v);
    },
    // The source's own words that matched (its figure, the quoted run): marked instead of the
    // whole passage.
    onOpenSource: (source, passage, words) => void view().env.send({ type: 'openSource', source, passage, ...(words ? { words: words.slice(0, 500) } : {}) }),
  };
}

async function copyReport(v: SidebarView) {
  try {
    await v.env.copy(reportText(v));
    show(v, { notice: { text: 'Report copied to the clipboard.', at: 'copy' } });
  } catch {
    show(v, { notice: { text: 'Could not copy: the browser refused clipboard access. Use Download instead.', at: 'copy' } });
  }
}

/** Brings a claim's card into view and focus, from a click on its mark in the page; over a
 * sheet, the passage moves up above it. */
function focusCard(v: SidebarView, index: number) {
  const card = v.props.cards[index];
  if (!card) return;
  show(v, { collapsed: false, focus: card.id });
  if (layoutOf(v) === 'sheet') keepClaimAbove(v.env.win, v.ranges, index, v.env.win.innerHeight * (1 - SHEET_SHARE));
}

/** New settings; re-checks what they change. */
function applySettings(v: SidebarView, next: Settings, initial: boolean, asked: boolean) {
  const before = v.settings;
  v.settings = next;
  const collapsedHere = siteListed(next.collapsedSites, v.hostName);
  show(v, {
    theme: next.theme,
    placement: next.placement,
    tabPosition: next.tabPosition,
    layout: layoutOf(v),
    ...(initial ? { collapsed: startsCollapsed(v.env.win.innerWidth, collapsedHere, asked) } : {}),
  });
  if (initial) return;
  const wasOff = siteListed(before.disabledSites, v.hostName);
  if (isOff(v) && !wasOff) close(v);
  else if ((!isOff(v) && wasOff) || before.strictness !== next.strictness) void check(v, v.shown || next.autoOpen);
  else if (before.highlights !== next.highlights) repaint(v);
}
