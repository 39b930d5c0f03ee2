// Wiring: reads ?source=, ?passage= and ?words=, renders every source (the bundled stories' from
// the extension's own files, the reader's from IndexedDB), brings the marked passage into view,
// and takes the reader's theme. The texts are read here rather than asked of the background: the
// message protocol never carries them.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import headsJson from '../../data/stories.json';
import { SourcesPage } from '../../components/SourcesPage';
import { readStoredSource, sourceLabel, type CorpusSource, type StoredSources } from '../../lib/corpus';
import { openReaderStore } from '../../lib/reader-store';
import { loadSettings } from '../../lib/settings';
import type { StoryHead } from '../../lib/stories';
import '../../assets/pages.css';
import './style.css';

const params = new URLSearchParams(location.search);
const source = params.get('source');
const passage = params.get('passage');
const words = params.get('words');
const root = document.getElementById('app')!;

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

allSources().then(
  (sources) => {
    render(<SourcesPage sources={sources} source={source} passage={passage} words={words} />, root);
    const article = sources.find((s) => s.id === source);
    if (article) document.title = `${sourceLabel(article)} · Triangulate sources`;
    document.querySelector('mark')?.scrollIntoView({ block: 'center' });
  },
  () => render(<p class="note error">Could not read the sources. Reload this page.</p>, root),
);

loadSettings(browser.storage.local).then((s) => (document.documentElement.dataset.theme = s.theme));
