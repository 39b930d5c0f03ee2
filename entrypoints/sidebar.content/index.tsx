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
import vocabJson from '../../data/detect-vocab.json';
import { articleCoverage, capArticle, extractClaims } from '../../lib/analyze';
import { articleFromDocument, type Article } from '../../lib/article';
import { toCards, VERDICTS, type ClaimCardView } from '../../lib/cards';
import type { Claim } from '../../lib/claims/types';
import type { DetectVocab } from '../../lib/detect';
import { buildTextMap, claimSpans, toRange } from '../../lib/highlight';
import type { ClaimResult } from '../../lib/match';
import { isTabMessage, MAX_LOOKUP_CHARS, request, type Message, type SourceSummary } from '../../lib/messages';
import { toReport } from '../../lib/report';
import { loadSettings, saveSettings, SETTINGS_KEY, siteListed, toggleSite } from '../../lib/settings';
import pageCss from './page.css?inline';
import selectionCss from './selection.css?inline';
import css from './style.css?inline';

const vocab = vocabJson as DetectVocab;
const SIDE_WIDTH = 360;
const send = (message: Message) => browser.runtime.sendMessage(message);

interface Instance {
  open(): void;
  /** Asks the background whether to open and whether a look-up is waiting, and does it. */
  resume(): Promise<void>;
}
const INSTANCE = Symbol.for('triangulate.sidebar');

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Injected again into a page that has us (a restarted background forgets): reuse.
    const holder = window as unknown as Record<symbol, Instance | undefined>;
    try {
      if (holder[INSTANCE]) return await holder[INSTANCE].resume();
      holder[INSTANCE] = await start(ctx);
      ctx.onInvalidated(() => {
        holder[INSTANCE] = undefined;
      });
    } catch {
      // A page we cannot read gets no sidebar and no error in its console.
    }
  },
});

async function start(ctx: ContentScriptContext): Promise<Instance> {
  const host = location.hostname;
  let settings = await loadSettings(browser.storage.local);
  let sources: SourceSummary[] = [];
  let article: Article | null = null;
  let claims: Claim[] = [];
  let results: ClaimResult[] = [];
  let ranges: (Range[] | null)[] = [];
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mountPoint: HTMLElement | null = null;
  let lookupCount = 0;
  let self: string | null = null;
  let generation = 0;
  let props: SidebarProps = {
    status: 'checking', lookupOnly: false, cards: [], lookups: [], selfLabel: null, truncated: false,
    collapsed: siteListed(settings.collapsedSites, host), placement: settings.placement, theme: settings.theme, notice: null,
    onSelect: (id) => reveal(Number(id.split('-').pop())),
    onCollapse: (collapsed) => {
      show({ collapsed });
      applyPageStyle();
      void saveSettings(browser.storage.local, { collapsedSites: toggleSite(settings.collapsedSites, host, collapsed) });
    },
    onPlacement: (placement) => void saveSettings(browser.storage.local, { placement }),
    onCopyReport: () => void copyReport(),
    onDownloadReport: () => downloadReport(),
    onDismissLookup: (id) => show({ lookups: props.lookups.filter((l) => l.id !== id) }),
    onOpenSource: (source, passage) => void send({ type: 'openSource', source, passage }),
  };

  // The page's own style sheets get our highlight colours and, side by side, a narrower page.
  const pageSheet = adoptSheet();
  function applyPageStyle() {
    const side = ui && !props.collapsed && props.placement === 'side';
    pageSheet?.replaceSync(pageCss + (side ? `\nhtml { margin-right: ${SIDE_WIDTH}px !important; }` : ''));
  }

  function show(patch: Partial<SidebarProps>) {
    props = { ...props, ...patch };
    if (mountPoint) render(<Sidebar {...props} />, mountPoint);
  }

  async function mount() {
    if (ui) return;
    ui = await createShadowRootUi(ctx, {
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
    ui.mount();
    applyPageStyle();
  }

  function unmount() {
    ui?.remove();
    ui = null;
    clearHighlights();
    applyPageStyle();
  }

  function clearHighlights() {
    for (const v of [...VERDICTS, 'flash']) CSS.highlights?.delete(`triangulate-${v}`);
  }

  function paintHighlights() {
    clearHighlights();
    if (!settings.highlights || !article || typeof Highlight === 'undefined') return;
    const byVerdict = new Map<string, Range[]>();
    results.forEach((r, i) => {
      for (const range of ranges[i] ?? []) byVerdict.set(r.verdict, [...(byVerdict.get(r.verdict) ?? []), range]);
    });
    for (const [verdict, list] of byVerdict) CSS.highlights.set(`triangulate-${verdict}`, new Highlight(...list));
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
      { coverage: { detected: true, score: 1 }, self: null, results, truncated: props.truncated },
      sources,
      { title: article?.title || document.title, url: location.href, format: 'markdown' },
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

  /** Reads and checks the page; a new call supersedes one still under way. */
  async function check(openUi: boolean) {
    const mine = ++generation;
    clearHighlights();
    const read = articleFromDocument(document.cloneNode(true) as Document, Readability);
    const capped = read ? capArticle(read) : null;
    const coverage = capped ? articleCoverage(capped.article, vocab) : { detected: false, score: 0 };
    if (!capped || !coverage.detected) {
      article = null;
      self = null;
      results = [];
      ranges = [];
      if (props.lookups.length) show({ status: 'ready', lookupOnly: true, cards: [] });
      else unmount();
      return;
    }
    article = capped.article;
    claims = extractClaims(article.blocks);
    show({ status: 'checking', lookupOnly: false, truncated: capped.truncated, notice: null });
    if (openUi) await mount();
    try {
      if (!sources.length) sources = await request(send, { type: 'listSources' });
      const matched = await request(send, { type: 'matchClaims', blocks: article.blocks, claims });
      if (mine !== generation) return;
      results = matched.results;
      const cards: ClaimCardView[] = toCards(results, sources);
      const spans = claimSpans(buildTextMap(document, document.body), article.blocks, results.map((r) => r.claim));
      ranges = spans.map((list) => list?.map((span) => toRange(document, span)) ?? null);
      self = matched.self;
      show({ status: 'ready', cards, selfLabel: self ? (sources.find((s) => s.id === self)?.label ?? self) : null });
      paintHighlights();
      watchArticle();
    } catch {
      if (mine === generation) show({ status: 'failed' });
    }
  }

  async function lookup(raw: string) {
    const id = `lookup-${++lookupCount}`;
    const clean = raw.replace(/\s+/g, ' ').trim();
    const cut = clean.length > MAX_LOOKUP_CHARS;
    const text = cut ? clean.slice(0, MAX_LOOKUP_CHARS) : clean;
    const base: LookupView = { id, text, message: null, card: null, notice: cut ? `Your selection was long: only its first ${MAX_LOOKUP_CHARS} characters were looked up.` : null };
    show({ collapsed: false, lookups: [base, ...props.lookups], ...(article ? {} : { status: 'ready', lookupOnly: true }) });
    await mount();
    applyPageStyle();
    const done = (patch: Partial<LookupView>) => show({ lookups: props.lookups.map((l) => (l.id === id ? { ...l, ...patch } : l)) });
    if (!text) return done({ message: 'Select some text first, then look it up.' });
    try {
      if (!sources.length) sources = await request(send, { type: 'listSources' });
      const result = await request(send, { type: 'lookup', text, exclude: self });
      const [card] = toCards([result], sources, id);
      done(result.evidence.length ? { card: { ...card, id } } : { card: { ...card, id }, message: 'No source in the corpus has this.' });
    } catch {
      done({ message: 'The look-up failed. Try again.' });
    }
  }

  // Single-page sites: a history navigation or a replaced article body re-checks the page.
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  const recheck = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void check(ui !== null || settings.autoOpen), 600);
  };
  function watchArticle() {
    observer?.disconnect();
    const first = ranges.find((r) => r?.length)?.[0]?.startContainer.parentElement;
    const container = first?.closest('article, main, [role="main"]') ?? first?.parentElement?.parentElement;
    if (!container) return;
    const length = container.textContent?.length ?? 0;
    // Only the article's container, and only its size is read per batch: cheap on busy pages.
    observer = new MutationObserver(() => {
      const now = container.isConnected ? (container.textContent?.length ?? 0) : 0;
      if (Math.abs(now - length) > Math.max(200, length * 0.2)) {
        observer?.disconnect();
        recheck();
      }
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  }
  ctx.addEventListener(window, 'wxt:locationchange', recheck);
  ctx.onInvalidated(() => {
    observer?.disconnect();
    unmount();
  });

  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  async function onStorage(changes: Record<string, unknown>, area: string) {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const before = settings;
    settings = await loadSettings(browser.storage.local);
    if (siteListed(settings.disabledSites, host)) {
      observer?.disconnect();
      unmount();
      return;
    }
    show({ theme: settings.theme, placement: settings.placement, collapsed: siteListed(settings.collapsedSites, host) });
    applyPageStyle();
    if (before.strictness !== settings.strictness) void check(ui !== null);
    else if (before.highlights !== settings.highlights) paintHighlights();
  }

  // A small button beside a fresh selection, on coverage pages only, in its own shadow root.
  let picker: ShadowRootContentScriptUi<void> | null = null;
  let pickerPoint: HTMLElement | null = null;
  const hidePicker = () => {
    picker?.remove();
    picker = null;
  };
  async function showPicker(text: string, x: number, y: number) {
    hidePicker();
    picker = await createShadowRootUi(ctx, {
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
          void lookup(text);
        };
        render(<SelectionButton x={x} y={y} onCrossCheck={crossCheck} />, pickerPoint);
      },
      onRemove() {
        if (pickerPoint) render(null, pickerPoint);
        pickerPoint = null;
      },
    });
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
  ctx.onInvalidated(hidePicker);

  const onMessage = (msg: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isTabMessage(msg)) return;
    if (msg.type === 'sidebar:open') instance.open();
    else void lookup(msg.text);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const instance: Instance = {
    open() {
      show({ collapsed: false });
      if (article) void mount().then(applyPageStyle);
      else void check(true);
    },
    async resume() {
      const ready = await request(send, { type: 'sidebarReady' });
      if (ready.open) instance.open();
      if (ready.lookup !== null) await lookup(ready.lookup);
    },
  };

  if (siteListed(settings.disabledSites, host)) return instance;
  const ready = await request(send, { type: 'sidebarReady' });
  await check(ready.open);
  if (ready.lookup !== null) await lookup(ready.lookup);
  return instance;
}

/** A style sheet adopted by the page's document: styles without adding an element. Firefox's
 * content scripts cannot always adopt sheets; a <style> in <head> is the fallback there. */
function adoptSheet(): { replaceSync(text: string): void } | null {
  try {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    const style = document.createElement('style');
    (document.head ?? document.documentElement).append(style);
    return { replaceSync: (text) => (style.textContent = text) };
  }
}

