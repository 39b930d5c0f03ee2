// Wiring: reads the settings, saves each change as it is made (one save at a time, so two quick
// changes cannot overwrite each other), and follows storage so two open options tabs agree.
// The stories section asks the background for the stories and hands it imports and changes; the
// feeds section asks it for the feeds and the pool, and hands it feeds to follow or drop.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FeedsSection, type FeedsSectionProps } from '../../components/FeedsSection';
import { OptionsForm, type OptionsFormProps } from '../../components/OptionsForm';
import { StoriesSection, type StoriesSectionProps } from '../../components/StoriesSection';
import type { FeedRow } from '../../lib/feeds/schedule';
import { FEEDS_CHANGED_KEY, request, STORIES_CHANGED_KEY, type Message } from '../../lib/messages';
import type { Outcome } from '../../lib/outcome';
import { MAX_PACK_BYTES } from '../../lib/pack';
import { importedNote } from '../../lib/recognition';
import { loadSettings, saveSettings, SETTINGS_KEY, validateSettings, type Settings } from '../../lib/settings';
import { plural } from '../../lib/text/plural';
import '../../assets/pages.css';
import './style.css';

const root = document.getElementById('app')!;
const store = browser.storage.local;
const send = (message: Message) => browser.runtime.sendMessage(message);

let props: OptionsFormProps = { settings: null, status: null, width: innerWidth, onChange };
let stories: StoriesSectionProps = {
  stories: { status: 'loading' },
  status: null,
  onImport: (file) => void importPack(file),
  onExport: (story) => void exportPack(story),
  onEnable: (story, on) => void change(story, request(send, { type: 'setStoryEnabled', story, on }).then(() => (on ? 'Switched on.' : 'Switched off: pages are no longer checked against it.'))),
  onRemoveSource: (story, source) =>
    void change(story, request(send, { type: 'removeSource', source }).then((r) => (r.ok ? 'Source removed.' : r.error))),
  onRename: (story, title) => void change(story, request(send, { type: 'renameStory', story, title }).then((r) => (r.ok ? 'Renamed.' : r.error))),
  onKeep: (story, keep) =>
    void change(story, request(send, { type: 'keepStory', story, keep }).then((r) => (r.ok ? (keep ? 'Kept: it never expires.' : 'No longer kept: it goes with its articles.') : r.error))),
  onDelete: (story) => void change(story, request(send, { type: 'deleteStory', story }).then((r) => (r.ok ? 'Deleted.' : r.error))),
};
let feeds: FeedsSectionProps = {
  feeds: { status: 'loading' },
  pool: null,
  settings: null,
  status: null,
  busy: false,
  onAdd: (url) => void feedAction('Reading the feed…', request(send, { type: 'addFeed', url }).then(addedNote)),
  onRemove: (url) => void feedAction('', request(send, { type: 'removeFeed', url }).then(() => 'Feed removed; its articles stay in the pool.')),
  onRefresh: () => void feedAction('Reading the feeds…', request(send, { type: 'refreshFeeds' }).then(() => 'Feeds read (each at most once a minute).')),
  onForget: () => void feedAction('', request(send, { type: 'forgetPool' }).then(() => 'The pool is empty.')),
  onChange,
};
function show(patch: Partial<OptionsFormProps> = {}, storiesPatch: Partial<StoriesSectionProps> = {}, feedsPatch: Partial<FeedsSectionProps> = {}) {
  props = { ...props, ...patch };
  stories = { ...stories, ...storiesPatch };
  feeds = { ...feeds, ...feedsPatch, settings: props.settings };
  if (props.settings) document.documentElement.dataset.theme = props.settings.theme;
  render(
    <>
      <OptionsForm {...props} />
      <StoriesSection {...stories} />
      <FeedsSection {...feeds} />
    </>,
    root,
  );
}

let saving = Promise.resolve();
function onChange(patch: Partial<Settings>) {
  // Shown at once; storage.onChanged then confirms it with what was stored.
  if (props.settings) show({ settings: validateSettings({ ...props.settings, ...patch }), status: null });
  saving = saving
    .then(() => saveSettings(store, patch))
    .then(
      () => show({ status: { ok: true, text: 'Saved' } }),
      () => show({ status: { ok: false, text: 'Could not save this change. Reload the page and try again.' } }),
    );
}

const loadStories = () =>
  request(send, { type: 'listStories' }).then(
    (value) => show({}, { stories: Array.isArray(value) ? { status: 'ready', value } : { status: 'failed' } }),
    () => show({}, { stories: { status: 'failed' } }),
  );

async function change(story: string, done: Promise<string>) {
  const text = await done.catch(() => 'That did not work. Reload this page and try again.');
  await loadStories();
  show({}, { status: { story, ok: true, text } });
}

async function importPack(file: File) {
  const failed = (text: string) => show({}, { status: { story: null, ok: false, text } });
  if (file.size > MAX_PACK_BYTES) return failed('The file is over 50 MB.');
  show({}, { status: { story: null, ok: true, text: `Reading ${file.name}…` } });
  const text = await file.text().catch(() => null);
  if (text === null) return failed('The file could not be read.');
  const reply = await request(send, { type: 'importPack', text }).catch(() => ({ ok: false as const, error: 'The import failed; nothing was changed.' }));
  await loadStories();
  if (!reply.ok) return failed(reply.error);
  const title = stories.stories.status === 'ready' ? stories.stories.value.find((r) => r.story.id === reply.story)?.story.title : '';
  // One sentence: a story that cannot recognise its pages says so instead of the count.
  const note = reply.recognition
    ? importedNote(reply.recognition)
    : `Added ${plural(reply.added, 'source')} to “${title ?? reply.story}”${reply.skipped ? `; skipped ${reply.skipped} already there` : ''}.`;
  show({}, { status: { story: null, ok: true, text: note } });
}

async function exportPack(story: string) {
  const reply = await request(send, { type: 'exportPack', story }).catch(() => null);
  if (!reply?.ok) return show({}, { status: { story, ok: false, text: reply?.error ?? 'The export failed.' } });
  const url = URL.createObjectURL(new Blob([JSON.stringify(reply.pack, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${story}.triangulate-pack.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  show({}, { status: { story, ok: true, text: `Exported ${plural(reply.pack.sources.length, 'source')}.` } });
}

const loadFeeds = () =>
  Promise.all([request(send, { type: 'listFeeds' }), request(send, { type: 'poolStats' })]).then(
    ([value, pool]) => show({}, {}, { feeds: { status: 'ready', value }, pool }),
    () => show({}, {}, { feeds: { status: 'failed' } }),
  );

function addedNote(reply: Outcome<{ feed: FeedRow }>): string {
  if (!reply.ok) return reply.error;
  const name = reply.feed.title || reply.feed.url;
  return reply.feed.status === 'ok' ? `Following ${name}.` : `Following ${name}, but it could not be read: ${reply.feed.line}`;
}

async function feedAction(working: string, done: Promise<string>) {
  if (working) show({}, {}, { busy: true, status: { ok: true, text: working } });
  const text = await done.catch(() => null);
  await loadFeeds();
  show({}, {}, { busy: false, status: text === null ? { ok: false, text: 'That did not work. Reload this page and try again.' } : { ok: true, text } });
}

show();
void loadFeeds();
loadSettings(store).then((settings) => show({ settings }));
void loadStories();
addEventListener('resize', () => show({ width: innerWidth }));
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (SETTINGS_KEY in changes) show({ settings: validateSettings(changes[SETTINGS_KEY].newValue) });
  // A page added from the sidebar, or a change in another options tab.
  if (STORIES_CHANGED_KEY in changes) void loadStories();
  // A feed read on schedule, a page learnt from, or a change in another options tab.
  if (FEEDS_CHANGED_KEY in changes) void loadFeeds();
});
