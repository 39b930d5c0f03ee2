// Injected by the background on coverage pages (and for look-ups). Wiring only: the sidebar's
// state lives in lib/sidebar/controller, its protected place in the page in lib/sidebar/host.
import { Readability } from '@mozilla/readability';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { articleFromDocument } from '../../lib/article';
import { isTabMessage, request, type Message } from '../../lib/messages';
import { loadSettings, saveSettings, SETTINGS_KEY, toggleSite } from '../../lib/settings';
import { createSidebarState } from '../../lib/sidebar/controller';
import { createHost, type Host } from '../../lib/sidebar/host';
import { createMarker } from '../../lib/timings';
import { adoptSheet, download, watchArticle } from './hooks';
import { watchPage } from './overlays';
import pageCss from './page.css?inline';
import css from './style.css?inline';

// The test build opens the roots so that drivers can read the cards (README, "Test").
const MODE: ShadowRootMode = import.meta.env.MODE === 'test' ? 'open' : 'closed';
const GUARD_MS = 1000;
const send = (message: Message) => browser.runtime.sendMessage(message);

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    const marker = createMarker(performance);
    marker.mark('injection:end');
    // Listeners first, synchronously: the background may ask as soon as the script has run.
    // A page we cannot read gets no sidebar and no error in its console.
    start(ctx, marker).catch(() => {});
  },
});

async function start(ctx: ContentScriptContext, marker: ReturnType<typeof createMarker>) {
  const storage = browser.storage.local;
  const pageSheet = adoptSheet(ctx);
  let host: Host | null = null;
  const sidebar = createSidebarState(
    {
      doc: document,
      win: window,
      index: () => request(send, { type: 'detectIndex' }),
      send,
      readArticle() {
        marker.mark('reading:start');
        const article = articleFromDocument(document.cloneNode(true) as Document, Readability);
        marker.mark('reading:end');
        return article;
      },
      mark: (name, timings) => (marker.mark(name), marker.background(timings)),
      render(props) {
        if (!props) return void (host && (render(null, host.container), host.remove(), (host = null)));
        host ??= createHost(document, { name: 'triangulate-sidebar', css, mode: MODE });
        render(<Sidebar {...props} />, host.container);
      },
      pageStyle: (text) => pageSheet.replaceSync(text),
      setTimeout: (fn, ms) => void ctx.setTimeout(fn, ms),
      saveCollapsed: (collapsed) => void saveSettings(storage, (s) => ({ collapsedSites: toggleSite(s.collapsedSites, location.hostname, collapsed) })),
      saveSettings: (patch) => void saveSettings(storage, patch),
      copy: (text) => navigator.clipboard.writeText(text),
      download: (text, name) => download(ctx, text, name),
      isInvalid: () => ctx.isInvalid,
      checked: () => articleWatch.rewatch(),
    },
    pageCss,
  );
  const articleWatch = watchArticle(ctx, () => sidebar.ranges, () => void sidebar.recheck());
  const page = watchPage(ctx, sidebar, () => host, MODE);
  // The page may remove or cover the sidebar: put it back, on top.
  // A hidden tab has no reader to mislead, and its layout is not worth reading.
  ctx.setInterval(() => {
    if (document.hidden) return;
    host?.guard();
    page.guard();
  }, GUARD_MS);
  ctx.addEventListener(window, 'resize', () => sidebar.relayout());

  // Settings apply to this tab as they change, without a reload.
  const onStorage = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const settings = await loadSettings(storage);
    if (!ctx.isInvalid) sidebar.applySettings(settings, false);
  };
  browser.storage.onChanged.addListener(onStorage);
  const ready = loadSettings(storage).then((settings) => sidebar.applySettings(settings, true));
  // Asked at once, beside the settings: the background's answer carries the detected story.
  const asking = request(send, { type: 'sidebarReady' }).catch(() => null);
  // Not async: a listener that returns a Promise claims the message, so only ours get one.
  const onMessage = (msg: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isTabMessage(msg)) return undefined;
    if (msg.type === 'sidebar:ping') return Promise.resolve(true);
    if (msg.type === 'sidebar:addPage') return ready.then(() => sidebar.addPage());
    if (msg.type === 'sidebar:open') void ready.then(() => sidebar.open());
    else void ready.then(() => sidebar.lookup(msg.lookup));
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    page.hide();
    sidebar.close();
  });
  await ready;
  if (ctx.isInvalid) return;
  const asked = await asking;
  if (ctx.isInvalid || !asked) return;
  // An "off" site still answers a look-up the reader asked for, in a look-up-only panel.
  if (!sidebar.isOff()) await sidebar.check(asked.open, asked.known);
  if (asked.lookup && !ctx.isInvalid) await sidebar.lookup(asked.lookup);
}
