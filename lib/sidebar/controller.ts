// The sidebar's state and what changes it: reading and checking the page, the cards, look-ups,
// placement and the reader's actions. Everything the browser provides comes in through `env`,
// so this runs the same in a unit test as in a tab; the content script only wires it up.
import type { SidebarProps } from '../../components/sidebar/Sidebar';
import { asPageSource, type Article } from '../article';
import { toCards } from '../cards';
import type { DetectIndex } from '../detect';
import type { ClaimResult } from '../match/verdicts';
import { request, type Message } from '../messages';
import type { Outcome } from '../outcome';
import type { PendingLookup } from '../limits';
import type { SourceSummary, StorySources } from '../stories';
import { DEFAULT_SETTINGS, siteListed, type Settings } from '../settings';
import { addLookup, claimsInSelection, dismissLookup, lookupAnswer, settleLookup, type LookupView } from './lookups';
import { clearHighlights, keepClaimAbove, locateClaims, paintHighlights, revealClaim, type ClaimRanges, type PageWindow } from './page';
import { layoutFor, pageMargin, SHEET_SHARE, startsCollapsed } from './placement';
import { checkedProps, coverageOf, pageReport } from './reading';

export interface SidebarEnv {
  doc: Document;
  win: Window & PageWindow;
  /** Every story the reader has on (bundled and their own), as the detector reads them. */
  index(): Promise<DetectIndex>;
  send(message: Message): Promise<unknown>;
  /** The page's article from a clone of the document (Readability), or null. */
  readArticle(): Article | null;
  /** Shows (or, with null, removes) the sidebar. */
  render(props: SidebarProps | null): void;
  /** The page's own extra style: highlight colours, and a margin while the sidebar is beside it. */
  pageStyle(css: string): void;
  setTimeout(fn: () => void, ms: number): void;
  saveCollapsed(collapsed: boolean): void;
  /** Keeps a choice made in the sidebar itself (placement, the tab's place along the edge). */
  saveSettings(patch: Pick<Partial<Settings>, 'placement' | 'tabPosition'>): void;
  copy(text: string): Promise<void>;
  download(text: string, name: string): void;
  isInvalid(): boolean;
  /** The page was checked: its claims stand where `ranges` says. */
  checked(): void;
  /** Marks a step of the page's path to its first card, with the background's times (lib/timings). */
  mark?(name: string, timings?: unknown): void;
}

export type Sidebar = ReturnType<typeof createSidebarState>;

const NO_SOURCES: StorySources = { story: null, sources: [], names: [] };

export function createSidebarState(env: SidebarEnv, pageCss: string) {
  const hostName = env.win.location.hostname;
  let settings: Settings = DEFAULT_SETTINGS;
  let known = NO_SOURCES;
  let article: Article | null = null;
  let self: string | null = null;
  let results: ClaimResult[] = [];
  let ranges: ClaimRanges = [];
  let shown = false;
  let lookupCount = 0;
  let generation = 0;
  const off = () => siteListed(settings.disabledSites, hostName);
  const layout = () => layoutFor(env.win.innerWidth, settings.placement);

  let props: SidebarProps = {
    status: 'checking', lookupOnly: false, cards: [], lookups: [], selfLabel: null, truncated: false, story: null,
    collapsed: false, placement: 'side', layout: 'side', theme: settings.theme, notice: null, tabPosition: settings.tabPosition,
    onSelect: (id) => reveal(Number(id.split('-').pop())),
    onCollapse: (collapsed) => {
      show({ collapsed });
      env.saveCollapsed(collapsed);
    },
    onPlacement: (placement) => {
      settings = { ...settings, placement };
      show({ placement, layout: layout() });
      env.saveSettings({ placement });
    },
    onMoveTab: (tabPosition) => {
      settings = { ...settings, tabPosition };
      show({ tabPosition });
      env.saveSettings({ tabPosition });
    },
    onCopyReport: () => void copyReport(),
    onAddPage: () => void api.addPage(),
    onDownloadReport: () => {
      env.download(reportText(), `triangulate-${hostName || 'page'}.md`);
      show({ notice: { text: 'Report downloaded.', at: 'download' } });
    },
    onDismissLookup: (id) => {
      show({ lookups: dismissLookup(props.lookups, id) });
      if (!article && !props.lookups.length) close();
    },
    // The source's own words that matched (its figure, the quoted run): marked instead of the
    // whole passage.
    onOpenSource: (source, passage, words) => void env.send({ type: 'openSource', source, passage, ...(words ? { words: words.slice(0, 500) } : {}) }),
  };

  function show(patch: Partial<SidebarProps>) {
    props = { ...props, ...patch };
    if (shown) env.render(props);
    env.pageStyle(pageCss + pageMargin(props.layout ?? 'side', shown && !props.collapsed));
  }

  function mount() {
    if (shown || env.isInvalid()) return;
    shown = true;
    show({});
  }

  const sourcesOf = async (story: string | null) => {
    if (known.story?.id !== story || !known.sources.length) known = (await request(env.send, { type: 'listSources', story })) ?? NO_SOURCES;
    return known;
  };

  /** The page is not (or no longer) one to check: nothing of ours stays but look-ups asked for. */
  function close() {
    generation++;
    article = null;
    self = null;
    results = [];
    ranges = [];
    clearHighlights(env.win);
    if (props.lookups.length) show({ status: 'ready', lookupOnly: true, cards: [] });
    else {
      shown = false;
      env.render(null);
      show({});
    }
  }

  function reveal(index: number) {
    if (!revealClaim(env.win, ranges, index, env.setTimeout)) show({ notice: { text: 'This claim is no longer in the page.', at: 'cards' } });
  }

  const reportText = () =>
    pageReport({ results, self, known, truncated: props.truncated, url: env.win.location.href }, article?.title || env.doc.title);

  async function copyReport() {
    try {
      await env.copy(reportText());
      show({ notice: { text: 'Report copied to the clipboard.', at: 'copy' } });
    } catch {
      show({ notice: { text: 'Could not copy: the browser refused clipboard access. Use Download instead.', at: 'copy' } });
    }
  }

  /** Reads and checks the page; a newer call supersedes one still under way. `detected` is the
   * story the detector found this page to cover, with its sources: the first check takes it
   * rather than scoring the page again. */
  async function check(open: boolean, detected: StorySources | null = null) {
    const mine = ++generation;
    clearHighlights(env.win);
    if (off()) return close();
    const read = env.readArticle();
    if (detected?.story) known = detected;
    const index = read && !detected?.story ? await env.index().catch(() => null) : null;
    if (mine !== generation) return;
    const { capped, coverage } = coverageOf(read, index, settings.strictness, detected?.story?.id ?? null);
    if (!capped || !coverage.story) {
      close();
      // The toolbar should agree with what the sidebar now sees.
      void env.send({ type: 'pageChecked', ...coverage }).catch(() => {});
      return;
    }
    article = capped.article;
    const story = coverage.story;
    show({ status: 'checking', lookupOnly: false, truncated: capped.truncated, notice: null });
    if (open) mount();
    try {
      await sourcesOf(story);
      env.mark?.('request:start');
      const matched = await request(env.send, { type: 'matchClaims', story, blocks: article.blocks });
      env.mark?.('request:end', matched.timings);
      if (mine !== generation || env.isInvalid()) return;
      results = matched.results;
      self = matched.self;
      ranges = locateClaims(env.doc, article, results);
      const truncated = capped.truncated || matched.truncated;
      show(checkedProps({ results, self, known, idPrefix: `claim-${mine}`, truncated, url: env.win.location.href }));
      repaint();
      env.mark?.('render:end');
      env.checked();
    } catch {
      if (mine === generation) show({ status: 'failed' });
    }
  }

  function repaint() {
    if (settings.highlights && article) paintHighlights(env.win, results, ranges);
    else clearHighlights(env.win);
  }

  async function lookup({ text, cut }: PendingLookup) {
    const id = `lookup-${++lookupCount}`;
    show({ collapsed: false, lookups: addLookup(props.lookups, id, text, cut), ...(article ? {} : { status: 'ready', lookupOnly: true }) });
    mount();
    const done = (patch: Partial<LookupView>) => show({ lookups: settleLookup(props.lookups, id, patch) });
    if (!text) return done({ message: 'Select some text first, then look it up.' });
    try {
      const story = article ? (known.story?.id ?? null) : null;
      const { sources } = await sourcesOf(story);
      const result = await request(env.send, { type: 'lookup', text, exclude: self, story });
      // The page's claims inside the selection answer with their own cards' verdicts (§6).
      const claims = toCards(claimsInSelection(results, text), sources, `${id}-claim`);
      done(lookupAnswer({ ...toCards([result], sources, id)[0], id }, claims));
    } catch {
      done({ message: 'The look-up failed. Try again.' });
    }
  }

  const api = {
    get props() {
      return props;
    },
    get article() {
      return article;
    },
    get ranges() {
      return ranges;
    },
    get shown() {
      return shown;
    },
    check,
    /** The page changed under us (a navigation, a new article): check it again. */
    recheck: () => check(shown || settings.autoOpen),
    lookup,
    close,
    reveal,
    /** Brings a claim's card into view and focus, from a click on its mark in the page; over a
     * sheet, the passage moves up above it. */
    focusCard(index: number) {
      const card = props.cards[index];
      if (!card) return;
      show({ collapsed: false, focus: card.id });
      if (layout() === 'sheet') keepClaimAbove(env.win, ranges, index, env.win.innerHeight * (1 - SHEET_SHARE));
    },
    /** Keeps this page's article as a source of its story (sidebar button, popup). */
    async addPage(): Promise<Outcome<{ source: SourceSummary }>> {
      const story = known.story;
      if (!article || !story) return { ok: false, error: 'This page is not checked against a story.' };
      if (props.addPage?.state === 'already' || props.addPage?.state === 'added') return { ok: false, error: 'This page is already a source.' };
      show({ addPage: { story: story.title, state: 'adding', message: null } });
      const reply = await request(env.send, { type: 'addPage', story: story.id, page: asPageSource(article, env.win.location.href) }).catch(() => null);
      if (!reply?.ok) {
        const error = reply?.error ?? 'The page could not be added. Try again.';
        show({ addPage: { story: story.title, state: 'ready', message: error } });
        return { ok: false, error };
      }
      known = NO_SOURCES;
      const count = props.story ? { story: { ...props.story, sources: props.story.sources + 1 } } : {};
      show({ ...count, addPage: { story: story.title, state: 'added', message: null } });
      return reply;
    },
    /** Opens the sidebar (popup, command), checking the page first if it has not been. */
    open() {
      show({ collapsed: false, summoned: (props.summoned ?? 0) + 1 });
      if (article) mount();
      else void check(true);
    },
    /** New settings; re-checks what they change. */
    applySettings(next: Settings, initial: boolean, asked = false) {
      const before = settings;
      settings = next;
      const collapsedHere = siteListed(next.collapsedSites, hostName);
      show({
        theme: next.theme,
        placement: next.placement,
        tabPosition: next.tabPosition,
        layout: layout(),
        ...(initial ? { collapsed: startsCollapsed(env.win.innerWidth, collapsedHere, asked) } : {}),
      });
      if (initial) return;
      const wasOff = siteListed(before.disabledSites, hostName);
      if (off() && !wasOff) close();
      else if ((!off() && wasOff) || before.strictness !== next.strictness) void check(shown || next.autoOpen);
      else if (before.highlights !== next.highlights) repaint();
    },
    /** The window changed size: the layout follows. */
    relayout() {
      show({ layout: layout() });
    },
    isOff: off,
  };
  return api;
}
