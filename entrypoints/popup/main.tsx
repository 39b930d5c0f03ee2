// Wiring: asks the background for this tab's state and the sources, searches as the reader
// types (debounced; a reply to an older query is dropped), and keeps the per-site switch in
// the settings. Renders as answers come.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '../../components/Popup';
import { MAX_QUERY_CHARS } from '../../lib/limits';
import { request, type Message } from '../../lib/messages';
import type { SearchResult } from '../../lib/search';
import { loadSettings, normalizeHost, saveSettings, siteListed, toggleSite } from '../../lib/settings';
import '../../assets/pages.css';
import './style.css';

const SEARCH_DELAY_MS = 150;

const root = document.getElementById('app')!;
const store = browser.storage.local;
const send = (message: Message) => browser.runtime.sendMessage(message);
let tabId: number | undefined;
// The story of the page in this tab: search looks there, or in every story when it covers none.
let story: string | null = null;

let latestQuery = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
function onQuery(query: string) {
  show({ query });
  clearTimeout(searchTimer);
  const asked = ++latestQuery;
  if (query.trim().length < 2) return show({ search: { status: 'idle' } });
  searchTimer = setTimeout(() => {
    request(send, { type: 'search', query: query.slice(0, MAX_QUERY_CHARS), story }).then(
      (results) => asked === latestQuery && show({ search: Array.isArray(results) ? { status: 'ready', query, results } : { status: 'failed' } }),
      () => asked === latestQuery && show({ search: { status: 'failed' } }),
    );
  }, SEARCH_DELAY_MS);
}

// The new tab takes the focus, which closes the popup by itself.
const onOpenResult = (result: SearchResult) => void request(send, { type: 'openSource', source: result.source, passage: result.text });

function onOpenSidebar() {
  if (tabId === undefined) return;
  request(send, { type: 'openSidebar', tabId }).then(() => window.close(), () => {});
}

// The tab's sidebar keeps its page as a source of the story (it holds the article's text).
function onAddPage() {
  if (tabId === undefined) return;
  request(send, { type: 'addPageInTab', tabId }).then(
    (r) => show({ added: r.ok ? { ok: true, text: 'Added: this page is now a source of the story.' } : { ok: false, text: r.error } }),
    () => show({ added: { ok: false, text: 'The page could not be added. Reload it and try again.' } }),
  );
}

// The same look-up as the context menu and the keyboard command, for what is selected there.
function onCrossCheck() {
  if (tabId === undefined) return;
  request(send, { type: 'crossCheckSelection', tabId }).then(() => window.close(), () => {});
}

async function onSiteOff(off: boolean) {
  const site = props.site;
  if (!site) return;
  show({ site: { ...site, off } });
  try {
    await saveSettings(store, (s) => ({ disabledSites: toggleSite(s.disabledSites, site.host, off) }));
  } catch {
    show({ site });
  }
}

let props: PopupProps = {
  tab: { status: 'loading' },
  site: null,
  sources: { status: 'loading' },
  query: '',
  search: { status: 'idle' },
  onQuery,
  onOpenResult,
  onOpenSidebar,
  onCrossCheck,
  onAddPage,
  onSiteOff: (off) => void onSiteOff(off),
  onOptions: () => void browser.runtime.openOptionsPage(),
};
function show(patch: Partial<PopupProps>) {
  props = { ...props, ...patch };
  render(<Popup {...props} />, root);
}
show({});

const settings = loadSettings(store);
settings.then((s) => (document.documentElement.dataset.theme = s.theme));

browser.tabs
  .query({ active: true, currentWindow: true })
  .then(async ([tab]) => {
    tabId = tab?.id;
    const url = tab?.url ?? '';
    const host = /^https?:/.test(url) ? normalizeHost(new URL(url).hostname) : '';
    if (host) show({ site: { host, off: siteListed((await settings).disabledSites, host) } });
    return tabId === undefined ? null : request(send, { type: 'getTabState', tabId });
  })
  .then(
    (value) => {
      story = value?.story ?? null;
      show({ tab: { status: 'ready', value } });
    },
    () => show({ tab: { status: 'failed' } }),
  )
  .then(() => request(send, { type: 'listSources', story }))
  .then(
    (value) => show({ sources: { status: 'ready', value } }),
    () => show({ sources: { status: 'failed' } }),
  );
