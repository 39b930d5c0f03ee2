// Injected by the background on coverage pages (and for look-ups): reads the article from a
// clone of the document, extracts its claims, asks the background to match them, then shows the
// sidebar and marks the claims in the page with the CSS Custom Highlight API.
import { Readability } from '@mozilla/readability';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SelectionButton } from '../../components/sidebar/SelectionButton';
import { Sidebar, type LookupView, type SidebarProps } from '../../components/sidebar/Sidebar';
import indexJson from '../../data/detect-index.json';
import { articleCoverage, capArticle, extractClaims } from '../../lib/analyze';
import { articleChanged, articleFromDocument, type Article } from '../../lib/article';
import { toCards, VERDICTS } from '../../lib/cards';
import type { DetectIndex } from '../../lib/detect';
import { buildTextMap, claimSpans, groupByVerdict, toRange } from '../../lib/highlight';
import { toLookup } from '../../lib/limits';
import type { ClaimResult } from '../../lib/match';
import { isTabMessage, request, type Message, type PendingLookup, type StorySources } from '../../lib/messages';
import { toReport } from '../../lib/report';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_KEY, siteListed, toggleSite } from '../../lib/settings';
import pageCss from './page.css?inline';
import selectionCss from './selection.css?inline';
import css from './style.css?inline';

const index = indexJson as unknown as DetectIndex;
const SIDE_WIDTH = 360;
const send = (message: Message) => browser.runtime.sendMessage(message);

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    // Listeners first, synchronously: the background may ask as soon as the script has run.
    const sidebar = createSidebar(ctx);
    // A page we cannot read gets no sidebar and no error in its console.
    sidebar.start().catch(() => {});
  },
});

function createSidebar(ctx: ContentScriptContext) {
  const host = location.hostname;
  let settings = DEFAULT_SETTINGS;
  // The sources of the story the page covers (or of every story, for look-ups elsewhere).
  let known: StorySources = { story: null, sources: [], names: [] };
  const sourcesOf = async (story: string | null) => {
    if (known.story?.id !== story || !known.sources.length) known = await request(send, { type: 'listSources', story });
    return known;
  };
  let article: Article | null = null;
  let self: string | null = null;
  let results: ClaimResult[] = [];
  let ranges: (Range[] | null)[] = [];
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mountPoint: HTMLElement | null = null;
  let lookupCount = 0;
  let generation = 0;
  let ready: Promise<void> = Promise.resolve();
  const off = () => siteListed(settings.disabledSites, host);

  let props: SidebarProps = {
    status: 'checking', lookupOnly: false, cards: [], lookups: [], selfLabel: null, truncated: false, story: null,
    collapsed: false, placement: settings.placement, theme: settings.theme, notice: null,
    onSelect: (id) => reveal(Number(id.split('-').pop())),
    onCollapse: (collapsed) => {
      show({ collapsed });
      applyPageStyle();
      void saveSettings(browser.storage.local, (s) => ({ collapsedSites: toggleSite(s.collapsedSites, host, collapsed) }));
    },
    onPlacement: (placement) => void saveSettings(browser.storage.local, { placement }),
    onCopyReport: () => void copyReport(),
    onDownloadReport: () => downloadReport(),
    onDismissLookup: (id) => {
      show({ lookups: props.lookups.filter((l) => l.id !== id) });
      if (!article && !props.lookups.length) close();
    },
    onOpenSource: (source, passage) => void send({ type: 'openSource', source, passage }),
  };

  // The page's own style sheets get our highlight colours and, side by side, a narrower page.
  const pageSheet = adoptSheet(ctx);
  function applyPageStyle() {
    const side = ui && !props.collapsed && props.placement === 'side';
    pageSheet?.replaceSync(pageCss + (side ? `\nhtml { margin-right: ${SIDE_WIDTH}px !important; }` : ''));
  }

  function show(patch: Partial<SidebarProps>) {
    props = { ...props, ...patch };
    if (mountPoint) render(<Sidebar {...props} />, mountPoint);
  }

  async function mount() {
    if (ui || ctx.isInvalid) return;
    const created = await createShadowRootUi(ctx, {
      name: 'triangulate-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      isolateEvents: true,
      css,
      onMount(container) {
        mountPoint = document.createElement('div');
        container.append(mountPoint);
        render(<Sidebar {...props} />, mountPoint);
      },
      onRemove() {
        if (mountPoint) render(null, mountPoint);
        mountPoint = null;
      },
    });
    // Another call mounted while this one waited, or the script was replaced: keep one.
    if (ui || ctx.isInvalid) return;
    ui = created;
    ui.mount();
    applyPageStyle();
  }

  function clearHighlights() {
    for (const v of [...VERDICTS, 'flash']) CSS.highlights?.delete(`triangulate-${v}`);
  }

  /** The page is not (or no longer) one to check: nothing of ours stays but look-ups asked for. */
  function close() {
    generation++;
    observer?.disconnect();
    article = null;
    self = null;
    results = [];
    ranges = [];
    clearHighlights();
    hidePicker();
    if (props.lookups.length) show({ status: 'ready', lookupOnly: true, cards: [] });
    else {
      ui?.remove();
      ui = null;
      applyPageStyle();
    }
  }

  function paintHighlights() {
    clearHighlights();
    if (!settings.highlights || !article || typeof Highlight === 'undefined') return;
    for (const [verdict, list] of groupByVerdict(results.map((r) => r.verdict), ranges)) {
      if (list.length) CSS.highlights.set(`triangulate-${verdict}`, new Highlight(...list));
    }
  }

  function reveal(index: number) {
    const range = ranges[index]?.[0];
    if (!range) {
      show({ notice: 'This claim is no longer in the page.' });
      return;
    }
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    if (typeof Highlight !== 'undefined') {
      CSS.highlights.set('triangulate-flash', new Highlight(...(ranges[index] ?? [])));
      ctx.setTimeout(() => CSS.highlights.delete('triangulate-flash'), 1600);
    }
  }

  function reportText(): string {
    return toReport(
      { coverage: { detected: true, score: 1, story: known.story?.id ?? null }, self, results, truncated: props.truncated },
      known.sources,
      { title: article?.title || document.title, url: location.href, format: 'markdown', story: known.story?.title },
    ).replace(/\n\n+$/, '\n');
  }

  async function copyReport() {
    try {
      await navigator.clipboard.writeText(reportText());
      show({ notice: 'Report copied to the clipboard.' });
    } catch {
      show({ notice: 'Could not copy: the browser refused clipboard access. Use Download instead.' });
    }
  }

  function downloadReport() {
    const url = URL.createObjectURL(new Blob([reportText()], { type: 'text/markdown' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `triangulate-${host || 'page'}.md`;
    // Clicked while detached: nothing is added to the page.
    a.click();
    ctx.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    show({ notice: 'Report downloaded.' });
  }

  /** Reads and checks the page; a newer call supersedes one still under way. */
  async function check(openUi: boolean) {
    const mine = ++generation;
    clearHighlights();
    if (off()) return close();
    const read = articleFromDocument(document.cloneNode(true) as Document, Readability);
    const capped = read ? capArticle(read) : null;
    const coverage = capped ? articleCoverage(capped.article, index, settings.strictness) : { detected: false, score: 0, story: null };
    if (!capped || !coverage.story) {
      close();
      // The toolbar should agree with what the sidebar now sees.
      void send({ type: 'pageChecked', ...coverage }).catch(() => {});
      return;
    }
    article = capped.article;
    const story = coverage.story;
    show({ status: 'checking', lookupOnly: false, truncated: capped.truncated, notice: null });
    if (openUi) await mount();
    try {
      const { sources, names } = await sourcesOf(story);
      const extracted = extractClaims(article.blocks, names);
      const matched = await request(send, { type: 'matchClaims', story, blocks: article.blocks, claims: extracted.claims });
      if (mine !== generation || ctx.isInvalid) return;
      results = matched.results;
      self = matched.self;
      const spans = claimSpans(buildTextMap(document, document.body), article.blocks, results.map((r) => r.claim));
      ranges = spans.map((list) => list?.map((span) => toRange(document, span)) ?? null);
      show({
        status: 'ready',
        // Ids new with each reading, so a re-checked page's cards start closed or open afresh.
        cards: toCards(results, sources, `claim-${mine}`),
        selfLabel: self ? (sources.find((s) => s.id === self)?.label ?? self) : null,
        story: known.story && { title: known.story.title, sources: sources.length },
        truncated: capped.truncated || extracted.truncated,
      });
      paintHighlights();
      watchArticle();
    } catch {
      if (mine === generation) show({ status: 'failed' });
    }
  }

  async function lookup({ text, cut }: PendingLookup) {
    const id = `lookup-${++lookupCount}`;
    const notice = cut ? 'Your selection was long: only its first part was looked up.' : null;
    show({ collapsed: false, lookups: [{ id, text, message: null, card: null, notice }, ...props.lookups], ...(article ? {} : { status: 'ready', lookupOnly: true }) });
    await mount();
    applyPageStyle();
    const done = (patch: Partial<LookupView>) => show({ lookups: props.lookups.map((l) => (l.id === id ? { ...l, ...patch } : l)) });
    if (!text) return done({ message: 'Select some text first, then look it up.' });
    try {
      const story = article ? known.story?.id ?? null : null;
      const { sources } = await sourcesOf(story);
      const result = await request(send, { type: 'lookup', text, exclude: self, story });
      done({ card: { ...toCards([result], sources, id)[0], id } });
    } catch {
      done({ message: 'The look-up failed. Try again.' });
    }
  }

  // Single-page sites: a history navigation or a replaced article body re-checks the page.
  let observer: MutationObserver | null = null;
  let recheckTimer: number | undefined;
  const recheck = () => {
    clearTimeout(recheckTimer);
    recheckTimer = ctx.setTimeout(() => void check(ui !== null || settings.autoOpen), 600);
  };
  function watchArticle() {
    observer?.disconnect();
    const first = ranges.find((r) => r?.length)?.[0]?.startContainer.parentElement;
    const container = first?.closest('article, main, [role="main"]') ?? first?.parentElement;
    // Never the whole document: history navigations cover pages without an article element.
    if (!container || container === document.body || container === document.documentElement) return;
    const before = container.textContent ?? '';
    let settle: number | undefined;
    // Mutations only restart a timer; the container is read once things settle.
    observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = ctx.setTimeout(() => {
        if (!container.isConnected || articleChanged(before, container.textContent ?? '')) recheck();
      }, 500);
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  }
  // Only a new path or query is a navigation; a new #fragment is the same page.
  const address = () => location.href.replace(/#.*$/, '');
  let lastAddress = address();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (address() === lastAddress) return;
    lastAddress = address();
    recheck();
  });

  // A small button beside a fresh selection, on coverage pages only, in its own shadow root.
  let picker: ShadowRootContentScriptUi<void> | null = null;
  let pickerPoint: HTMLElement | null = null;
  let pickerTurn = 0;
  function hidePicker() {
    pickerTurn++;
    picker?.remove();
    picker = null;
  }
  async function showPicker(text: string, x: number, y: number) {
    hidePicker();
    const turn = pickerTurn;
    const created = await createShadowRootUi(ctx, {
      name: 'triangulate-selection',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      isolateEvents: true,
      css: selectionCss,
      onMount(container) {
        pickerPoint = document.createElement('div');
        container.append(pickerPoint);
        const crossCheck = () => {
          hidePicker();
          void lookup(toLookup(text));
        };
        render(<SelectionButton x={x} y={y} onCrossCheck={crossCheck} />, pickerPoint);
      },
      onRemove() {
        if (pickerPoint) render(null, pickerPoint);
        pickerPoint = null;
      },
    });
    // A newer selection (or none) came while this one was being set up.
    if (turn !== pickerTurn || ctx.isInvalid) return;
    picker = created;
    picker.mount();
  }
  let selectionTimer: number | undefined;
  ctx.addEventListener(document, 'selectionchange', () => {
    clearTimeout(selectionTimer);
    selectionTimer = ctx.setTimeout(() => {
      const selection = getSelection();
      const text = selection?.toString().trim() ?? '';
      const node = selection?.anchorNode;
      const inOurs = (node instanceof Element ? node : node?.parentElement)?.closest('triangulate-sidebar, triangulate-selection');
      if (!article || !text || !selection?.rangeCount || inOurs) return hidePicker();
      // Layout is read only here, once per settled selection.
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      void showPicker(text, Math.min(rect.right, innerWidth - 120), Math.min(rect.bottom + 6, innerHeight - 40));
    }, 250);
  });
  ctx.addEventListener(window, 'scroll', hidePicker, { passive: true });
  ctx.addEventListener(document, 'keydown', (e) => (e as KeyboardEvent).key === 'Escape' && hidePicker());

  // Settings apply to this tab as they change, without a reload.
  async function onStorage(changes: Record<string, unknown>, area: string) {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const before = settings;
    settings = await loadSettings(browser.storage.local);
    if (ctx.isInvalid) return;
    show({ theme: settings.theme, placement: settings.placement, collapsed: siteListed(settings.collapsedSites, host) });
    applyPageStyle();
    const wasOff = siteListed(before.disabledSites, host);
    if (off() && !wasOff) close();
    else if ((!off() && wasOff) || before.strictness !== settings.strictness) void check(ui !== null || settings.autoOpen);
    else if (before.highlights !== settings.highlights) paintHighlights();
  }
  browser.storage.onChanged.addListener(onStorage);

  // Not async: a listener that returns a Promise claims the message, so only ours get one.
  const onMessage = (msg: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isTabMessage(msg)) return undefined;
    if (msg.type === 'sidebar:ping') return Promise.resolve(true);
    if (msg.type === 'sidebar:open') void ready.then(open);
    else void ready.then(() => lookup(msg.lookup));
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    observer?.disconnect();
    hidePicker();
    ui?.remove();
    ui = null;
    clearHighlights();
  });

  function open() {
    show({ collapsed: false });
    if (article) void mount().then(applyPageStyle);
    else void check(true);
  }

  return {
    async start() {
      ready = (async () => {
        settings = await loadSettings(browser.storage.local);
        show({ collapsed: siteListed(settings.collapsedSites, host), placement: settings.placement, theme: settings.theme });
      })();
      await ready;
      if (ctx.isInvalid) return;
      const asked = await request(send, { type: 'sidebarReady' });
      if (ctx.isInvalid) return;
      // An "off" site still answers a look-up the reader asked for, in a look-up-only panel.
      if (!off()) await check(asked.open);
      if (asked.lookup && !ctx.isInvalid) await lookup(asked.lookup);
    },
  };
}

/** A style sheet adopted by the page's document: styles without adding an element, dropped
 * again when the script is replaced or the extension updates. Where a content script cannot
 * adopt sheets, a <style> in <head> is the fallback, removed the same way. */
function adoptSheet(ctx: ContentScriptContext): { replaceSync(text: string): void } | null {
  try {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    ctx.onInvalidated(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
    return sheet;
  } catch {
    const style = document.createElement('style');
    (document.head ?? document.documentElement).append(style);
    ctx.onInvalidated(() => style.remove());
    return { replaceSync: (text) => (style.textContent = text) };
  }
}
