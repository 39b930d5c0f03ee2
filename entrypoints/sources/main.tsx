// Wiring: reads ?source=, ?passage= and ?words=; lists every story's sources as the background
// knows them (again whenever they change), or shows one article (its text read from the
// extension's own files or IndexedDB) and brings the marked passage into view; takes the reader's
// theme. The texts are read here rather than asked of the background: the message protocol never
// carries them.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import headsJson from '../../data/stories.json';
import type { Loaded } from '../../components/Loaded';
import { SourcesPage } from '../../components/SourcesPage';
import { readStoredSource, sourceLabel, type CorpusSource, type StoredSources } from '../../lib/corpus';
import { openReaderStore } from '../../lib/reader-store';
import { request, STORIES_CHANGED_KEY, type Message } from '../../lib/messages';
import { loadSettings } from '../../lib/settings';
import type { StoryHead, StoryRow } from '../../lib/stories';
import '../../assets/pages.css';
import './style.css';

const params = new URLSearchParams(location.search);
const source = params.get('source');
const passage = params.get('passage');
const words = params.get('words');
const root = document.getElementById('app')!;
const send = (message: Message) => browser.runtime.sendMessage(message);

async function allSources(): Promise<CorpusSource[]> {
  const bundled = await Promise.all(
    (headsJson as unknown as StoryHead[]).map(async (h) => {
      const response = await fetch(browser.runtime.getURL(`/stories/${h.story.id}.json` as '/'));
      return response.ok ? ((await response.json()) as StoredSources).sources.map(readStoredSource) : [];
    }),
  );
  const reader = await openReaderStore().sources().catch(() => []);
  return [...bundled.flat(), ...reader.map((r) => r.source)];
}

let stories: Loaded<StoryRow[]> = { status: 'loading' };
let sources: CorpusSource[] | null = [];
const show = () =>
  render(
    sources ? (
      <SourcesPage stories={stories} sources={sources} source={source} passage={passage} words={words} />
    ) : (
      <p class="note error">Could not read the sources. Reload this page.</p>
    ),
    root,
  );

// The list comes from the background: the same stories, sources and origins the options page shows.
const loadStories = () =>
  request(send, { type: 'listStories' }).then(
    (value) => (stories = Array.isArray(value) ? { status: 'ready', value } : { status: 'failed' }),
    () => (stories = { status: 'failed' }),
  );

const loadArticle = () =>
  allSources().then(
    (all) => {
      sources = all;
      const article = all.find((s) => s.id === source);
      if (article) document.title = `${sourceLabel(article)} · Triangulate sources`;
    },
    () => (sources = null),
  );

const load = () => Promise.all([loadStories(), source === null ? null : loadArticle()]).then(show);
if (source === null) show();
load().then(() => document.querySelector('mark')?.scrollIntoView({ block: 'center' }));
// A page added from a sidebar, a source removed or a pack imported elsewhere: the counts follow.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STORIES_CHANGED_KEY in changes) void load();
});

loadSettings(browser.storage.local).then((s) => (document.documentElement.dataset.theme = s.theme));
